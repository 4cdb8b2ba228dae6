package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalQuestionClassifierTest {

    private static final double HIGH = 0.75;

    private static JdbcTestWarehouse warehouse;
    private static LocalSqlGenerator generator;
    private static LocalQuestionClassifier classifier;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        generator = SmallOrders.generator(model, SmallOrders.catalog(model, warehouse));
        classifier = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding()).build();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "How many orders did we get in 2025?",
        "Top 3 states by revenue in 2025",
        "late delivery rate by carrier last month",
        "What share of 2025 revenue came from the mobile channel?",
        "average order value for vip customers",
        "How many orders were handled by UPS in 2025?",
        "how much did we pay out in refunds in 2025",
        "My impression is that sales grew steadily rather than fast. To test that, could you give me revenue for each"
            + " year?",
        "Mobile got most of our spend. Before I sign off next year's budget, what share of 2025 revenue came through"
            + " the mobile channel?"
    })
    void routes_analytics_questions_to_sql_with_high_confidence(String question) {
        Classification classification = classifier.classify(question, Conversation.empty("s"));

        assertThat(classification.route()).isEqualTo(Route.SQL);
        assertThat(classification.confidence()).isGreaterThanOrEqualTo(HIGH);
        assertThat(classification.reasoning()).contains("can express it as a query");
        assertThat(classification.suggestedSql()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Why did late deliveries spike in September 2025?",
        "What does the returns policy say about opened electronics?",
        "How should I handle a customer who wants a refund for a damaged item?",
        "Summarise the incident report about the Klarna outage",
        "What did the December 2025 monthly review say?",
        "Has any product been recalled?",
        "what is the policy for late deliveries",
        "how many days does a customer have to send something back",
        "what do we do when a parcel is lost",
        "if a clothing item did not fit, do we refund the shipping fee too?",
        "what was the spring refresh sale, remind me",
        "what perks do VIP customers get",
        "return window -- rule? days from delivery",
        "why so many ups deliverys late in the west in oct 2025",
        "Please how I can change the address of an order that is already shipped?",
        "customer got a different product than ordered, what to do",
        "how to handle a parcel that arrived damaged",
        "customer got a damaged item - do they need to file a claim with the carrier themselves?",
        "orders jumped in the first week of April 2025 - what drove that?",
        "how big does an order need to be before we stop charging for shipping?",
        "nimbus x2 earbuds - what actually went wrong w/ them?",
        "What exactly was the Spring Refresh sale - what discount did it give and on which products?",
        "The Nimbus X2 charging case is not holding charge for a customer. What is the procedure for handling it?",
        "Spring Refresh promotion - what were the terms? Which category, and did it need a code?",
        "Customer received a blender broken in transit and wants a refund. Kindly guide me how to process the same.",
        "The Spring Refresh promotion: what discount was applied, and on which items?",
        "customer return dress because size not fit. shipping fee also we refund or no?",
        "sept 10 why so many fedex order is late? what happen that day",
        "What is the number of days within which a gift may be exchanged, and from when is it counted?",
        "How are VIP customers treated differently from regular shoppers?",
        "When does a shopper's card actually get charged for an order?",
        "how should an agent handle a customer who paid with Klarna twice?"
    })
    void routes_questions_about_documents_and_reasons_to_rag(String question) {
        Classification classification = classifier.classify(question, Conversation.empty("s"));

        assertThat(classification.route()).isEqualTo(Route.RAG);
        assertThat(classification.confidence()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void is_less_sure_when_the_signals_disagree() {
        Classification clear = classifier.classify("revenue by month in 2024", Conversation.empty("s"));
        Classification mixed = classifier.classify("why did revenue by month drop in 2024", Conversation.empty("s"));

        assertThat(mixed.confidence()).isLessThan(clear.confidence());
    }

    @Test
    void routes_a_follow_up_to_sql_through_the_conversation_context() {
        GeneratedSql first = generator.generate("revenue by carrier in 2025", Conversation.empty("s"), SqlDialect.DUCKDB);
        Conversation conversation = Conversation.empty("s").plus(
                new Turn("m", "revenue by carrier in 2025", "", Route.SQL, first.sql(), Instant.EPOCH), first.context(), 10);

        Classification classification = classifier.classify("and just for FedEx?", conversation);

        assertThat(classification.route()).isEqualTo(Route.SQL);
        assertThat(classification.confidence()).isGreaterThanOrEqualTo(HIGH);
    }

    @Test
    void uses_the_labelled_examples_it_is_given() {
        String examples = "{\"question\":\"zorbs per blip\",\"route\":\"sql\"}\n"
                + "{\"question\":\"why glorp\",\"route\":\"rag\"}\n";
        LocalQuestionClassifier custom = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding()).neighbours(1)
                .examples(new ByteArrayInputStream(examples.getBytes(StandardCharsets.UTF_8)), "test").build();

        assertThat(custom.classify("zorbs per blip", Conversation.empty("s")).reasoning())
                .contains("100% of similar examples are SQL");
    }

    @Test
    void a_that_after_an_opening_clause_points_at_what_the_clause_names() {
        Classification classification = classifier.classify("When a courier declares a regional service disruption,"
                + " what happens to new orders going to that area?", Conversation.empty("s"));

        assertThat(classification.clarification()).isNull();
        assertThat(classification.route()).isEqualTo(Route.RAG);
    }

    @Test
    void words_the_data_lacks_only_in_a_sentence_set_aside_do_not_make_a_question_out_of_scope() {
        Classification classification = classifier.classify("umm so we're thinking about which wallets to push lol..."
                + " paypal vs apple pay, how much revenue did each bring in last month?", Conversation.empty("s"));

        assertThat(classification.clarification()).isNull();
        assertThat(classification.route()).isEqualTo(Route.SQL);
    }

    @Test
    void what_a_sentence_set_aside_wants_to_understand_or_plan_does_not_turn_the_question_from_its_figure() {
        assertThat(classifier.classify("I keep seeing old notes about Klarna trouble and I'm trying to understand"
                + " what happened. I think it was the 14th of March 2025? How many orders paid with Klarna got"
                + " cancelled that day?", Conversation.empty("s")).route()).isEqualTo(Route.SQL);
        Classification shifts = classifier.classify("I'm trying to work out which shifts will be busiest. Is there a"
                + " day of the week when we usually get the most orders?", Conversation.empty("s"));
        assertThat(shifts.clarification()).isNull();
        assertThat(shifts.route()).isEqualTo(Route.SQL);
    }

    @Test
    void a_possessive_in_a_clause_set_aside_asks_for_no_one_elses_figure() {
        Classification classification = classifier.classify("For the VIP segment, I'd like to see the mean CSAT for"
                + " each quarter of 2025, so I can track how that cohort's sentiment shifted over the year",
                Conversation.empty("s"));

        assertThat(classification.clarification()).isNull();
        assertThat(classification.route()).isEqualTo(Route.SQL);
    }

    @Test
    void a_score_nothing_here_holds_is_named_whole() {
        Classification classification = classifier.classify("What was the net promoter score among VIP customers"
                + " across 2025?", Conversation.empty("s"));

        assertThat(classification.clarification().reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(classification.clarification().text()).contains("'net promoter score'");
    }

    @Test
    void what_someone_said_is_no_question_of_what_a_document_says() {
        assertThat(classifier.classify("someone said black friday is crazy here, how many orders did we get on black"
                + " friday 2024?", Conversation.empty("s")).route()).isEqualTo(Route.SQL);
    }

    @Test
    void one_persons_case_goes_to_the_documents_however_much_of_it_reads_as_a_figure() {
        assertThat(classifier.classify("sorry, basic one - a customer wants to send back a sweater she bought, how many"
                + " days does she have to do that?", Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("customer got a damaged item um how do I do the refund for that",
                Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("quiz: how many days does a customer have to send something back?",
                Conversation.empty("s")).route()).isEqualTo(Route.RAG);
    }

    @Test
    void a_rate_asked_for_a_customer_is_still_a_figure_over_many_orders() {
        assertThat(classifier.classify("Customer is asking me about Nimbus X2 earbuds. What is return rate for them in"
                + " June 2025?", Conversation.empty("s")).route()).isEqualTo(Route.SQL);
    }

    @Test
    void a_customer_who_paid_with_something_is_no_question_of_staff_pay() {
        Classification classification = classifier.classify("The client paid with Klarna and it was refused. Can the"
                + " agent force the payment to pass?", Conversation.empty("s"));

        assertThat(classification.route()).isEqualTo(Route.RAG);
        assertThat(classification.clarification()).isNull();
    }

    @Test
    void reads_a_carry_on_opening_after_a_question_as_a_follow_up() {
        GeneratedSql first = generator.generate("revenue for FedEx in 2025", Conversation.empty("s"), SqlDialect.DUCKDB);
        Conversation conversation = Conversation.empty("s").plus(
                new Turn("m", "revenue for FedEx in 2025", "", Route.SQL, first.sql(), Instant.EPOCH), first.context(), 10);

        assertThat(classifier.classify("and the other carrier", conversation).clarification()).isNull();
    }

    @Test
    void looks_up_one_order_named_by_its_identifier_without_asking_which() {
        assertThat(classifier.classify("what is the status of the order ORD-012345?", Conversation.empty("s"))
                .clarification()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "pls check the thing with the orders|AMBIGUOUS",
        "whats going on with the region|AMBIGUOUS",
        "and the other carrier|AMBIGUOUS",
        "will it rain in Seattle this weekend? got deliveries going out|OUT_OF_SCOPE",
        "which agent on the night shift closed the most tickets yesterday|OUT_OF_SCOPE",
        "how many reps do we have on the returns desk|OUT_OF_SCOPE",
        "what's FedEx's share price doing today|OUT_OF_SCOPE",
        "what did we spend on google ads in 2025|OUT_OF_SCOPE",
        "should i ask my manager for a raise before or after peak season|OUT_OF_SCOPE",
        "How many days of annual leave have I got left this year?|OUT_OF_SCOPE",
        "A competitor offered me a buyer role with a 10% raise. Should I take it?|OUT_OF_SCOPE",
        "show me the numbers for that region|AMBIGUOUS",
        "what do our support agents get paid|OUT_OF_SCOPE",
        "Pull the usual report, please.|AMBIGUOUS",
        "Is the West doing better?|AMBIGUOUS",
        "is the payments side okay|AMBIGUOUS",
        "Compare those two methods for me.|AMBIGUOUS",
        "How much revenue did Amazon make in the western states last year?|OUT_OF_SCOPE",
        "what discount is Amazon running on wireless earbuds this week?|OUT_OF_SCOPE",
        "Forecast our revenue for next March so I can plan the budget.|OUT_OF_SCOPE",
        "predict revenue by channel|OUT_OF_SCOPE",
        "My Excel VLOOKUP keeps returning #N/A on the refunds sheet - how do I fix the formula?|OUT_OF_SCOPE",
        "any good pizza place open late near me|OUT_OF_SCOPE",
        "honestly I'm wondering if this job is right for me - do you think I should quit?|OUT_OF_SCOPE",
        "what's the average CSAT score over at Zappos?|OUT_OF_SCOPE",
        "stack them up against each other|AMBIGUOUS",
        "sorry, could you pull the numbers for me? my lead wants them before the meeting|AMBIGUOUS",
        "Translate 'your refund is on its way' into Spanish|OUT_OF_SCOPE",
        "List the annual salaries of each member of the customer support team.|OUT_OF_SCOPE",
        "Could you recommend a good textbook on questionnaire design for my own professional reading?|OUT_OF_SCOPE",
        "Which of our competitors has the lowest return rate right now?|OUT_OF_SCOPE",
        "What is FedEx's customer service phone number, so that I may share it with the agents?|OUT_OF_SCOPE",
        "break it down the usual way|AMBIGUOUS",
        "what's UPS charging for residential delivery at the moment|OUT_OF_SCOPE",
        "Can you reset the password on customer CUST-00077's account?|OUT_OF_SCOPE",
        "please cancel order ORD-000123 for the customer|OUT_OF_SCOPE",
        "Delete all the returned orders from the table, we don't need them.|OUT_OF_SCOPE",
        "how many people visited the website last week and how many bounced|OUT_OF_SCOPE",
        "At what price are UPS shares trading today?|OUT_OF_SCOPE",
        "FedEx global headcount?|OUT_OF_SCOPE",
        "like salary-wise, what do our returns agents get paid?|OUT_OF_SCOPE",
        "Is the rate too low?|AMBIGUOUS",
        "What's the population of Ohio, roughly?|OUT_OF_SCOPE",
        "Exercise 4: Show the trend. Expected answer: a chart.|AMBIGUOUS",
        "What does USPS currently charge to send a 2 lb parcel from Ohio to California?|OUT_OF_SCOPE",
        "Under California consumer law, how many days must an online retailer legally allow for returns?|OUT_OF_SCOPE",
        "bash script export refunds to csv nightly|OUT_OF_SCOPE",
        "ups depot denver opening hours sunday|OUT_OF_SCOPE",
        "my teammate keeps interrupting me in calls, how should I tell him without upsetting him?|OUT_OF_SCOPE",
        "how many orders does that one count?|AMBIGUOUS",
        "payment methods?|AMBIGUOUS",
        "how are our shoppers doing?|AMBIGUOUS",
        "Translate the shipping policy into French for our FAQ page.|OUT_OF_SCOPE",
        "What late rate does Shopify see on its deliveries?|OUT_OF_SCOPE",
        "How are Sony and Bose pricing their headphones this month compared with ours?|OUT_OF_SCOPE",
        "What was the total?|AMBIGUOUS",
        "The market share held by the biggest online retailers in 2025 is to be stated.|OUT_OF_SCOPE",
        "Which headphones are the top sellers on Amazon this month, and how do their prices compare?|OUT_OF_SCOPE",
        "my shoulders ache from lifting parcels all week, any exercises you'd recommend?|OUT_OF_SCOPE",
        "A colleague says Wayfair had a better Cyber Monday than we did. How did their sales compare with ours?"
            + "|OUT_OF_SCOPE",
        "the regions|AMBIGUOUS",
        "How many people in the US bought wireless earbuds in 2025, across all stores?|OUT_OF_SCOPE",
        "What's FDX trading at today? Want it next to the carrier KPIs.|OUT_OF_SCOPE",
        "I have offer from other company, should I change my job or stay here?|OUT_OF_SCOPE",
        "How many trucks and drivers does UPS run in the Midwest?|OUT_OF_SCOPE",
        "How do I season the Hearthstone cast-iron skillet before using it the first time?|OUT_OF_SCOPE",
        "A caller wants to know what return rate Zalando reports for apparel - do we know?|OUT_OF_SCOPE",
        "DELETE FROM orders WHERE status = 'cancelled'; -- cleanup for the test env, please run it.|OUT_OF_SCOPE",
        "Give me the numbers for my area.|AMBIGUOUS",
        "Can you check the status of the order for the customer who just called?|AMBIGUOUS",
        "Can you give me the data of the client, please?|AMBIGUOUS",
        "What hourly rate should I pay the weekend stockroom pickers?|OUT_OF_SCOPE",
        "After the hurricane mess, should we buy FedEx shares?|OUT_OF_SCOPE",
        "Are we on track or not?|AMBIGUOUS",
        "What return rate did Wayfair report for the last holiday season?|OUT_OF_SCOPE",
        "What's the industry benchmark return rate for US apparel e-commerce overall?|OUT_OF_SCOPE",
        "How do I write a SUMIFS in Excel that adds up column C when column A falls in March?|OUT_OF_SCOPE",
        "whats the average for FedEx?|AMBIGUOUS",
        "Could you confirm the total for Q3? I want to check it against the report.|AMBIGUOUS",
        "i am nervous in new job, what i should do to make my boss happy?|OUT_OF_SCOPE",
        "my back is killing me from packing boxes all day, any stretches you'd recommend?|OUT_OF_SCOPE"
    })
    void asks_back_about_an_unnamed_subject_and_refuses_what_no_order_records(String question,
            Clarification.Reason reason) {
        Classification classification = classifier.classify(question, Conversation.empty("s"));

        assertThat(classification.clarification()).isNotNull();
        assertThat(classification.clarification().reason()).isEqualTo(reason);
        assertThat(classification.clarification().choices()).isNotEmpty();
    }

    @Test
    void answers_data_named_by_a_doer_or_without_a_judgement() {
        assertThat(classifier.classify("how many orders did FedEx ship in 2025", Conversation.empty("s"))
                .clarification()).isNull();
        assertThat(classifier.classify("tell me about FedEx", Conversation.empty("s")).clarification()).isNull();
        assertThat(classifier.classify("is FedEx running late in the southeast", Conversation.empty("s"))
                .clarification()).isNull();
        assertThat(classifier.classify("We are reviewing carrier contracts next week. Which carrier had the worst late"
                + " rate in Q4 2025?", Conversation.empty("s")).clarification()).isNull();
        assertThat(classifier.classify("what was the forecast in the march 2025 business review", Conversation.empty("s"))
                .clarification()).isNull();
        assertThat(classifier.classify("COUNTIF order_total > 500 across the whole orders table (all statuses, all"
                + " dates)?", Conversation.empty("s")).clarification()).isNull();
        assertThat(classifier.classify("what's the total for Q3 revenue?", Conversation.empty("s"))
                .clarification()).isNull();
    }

    @Test
    void refuses_news_of_something_the_documents_do_not_hold_and_answers_news_they_do() {
        LocalQuestionClassifier reading = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding()).documentWords(word -> !word.equals("strike")).build();

        assertThat(reading.classify("any news on a UPS strike this week?", Conversation.empty("s"))
                .clarification().reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(reading.classify("any news on the nimbus recall?", Conversation.empty("s")).clarification())
                .isNull();
    }

    @Test
    void names_every_word_no_figure_could_use_the_ones_the_documents_know_too() {
        LocalQuestionClassifier reading = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding())
                .documentWords(word -> !word.equals("sync")).build();

        assertThat(reading.classify("which warehouse shipped the most late orders last quarter? need it for the ops"
                + " sync", Conversation.empty("s")).caveats()).singleElement().asString().contains("warehouse", "sync");
    }

    @Test
    void names_words_nothing_here_holds_but_never_the_why_of_a_question() {
        LocalQuestionClassifier reading = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding())
                .documentWords(word -> !word.equals("why") && !word.equals("lipstick")).build();

        assertThat(reading.classify("explain why a customer can't return an opened lipstick", Conversation.empty("s"))
                .caveats()).singleElement().asString().contains("lipstick").doesNotContain("why");
    }

    @Test
    void names_a_phrase_nothing_holds_with_the_kind_of_thing_it_is() {
        LocalQuestionClassifier reading = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding()).documentWords(word -> !word.equals("spring10")).build();

        assertThat(reading.classify("revenue from orders using coupon code SPRING10", Conversation.empty("s"))
                .caveats()).singleElement().asString().contains("'coupon code SPRING10'");
    }

    @Test
    void answers_a_figure_meant_for_a_spreadsheet() {
        assertThat(classifier.classify("revenue by month so I can paste it into Excel", Conversation.empty("s"))
                .route()).isEqualTo(Route.SQL);
    }

    @Test
    void leaves_what_people_asked_support_about_and_what_we_refund_to_the_documents() {
        assertThat(classifier.classify("During the Spring Refresh sale, what were shoppers mostly asking support"
                + " about?", Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("do we refund shipping when a delivery is late?", Conversation.empty("s"))
                .route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("whats the minimum order for free shipping?", Conversation.empty("s"))
                .route()).isEqualTo(Route.RAG);
    }

    @Test
    void leaves_what_an_event_was_to_the_documents_when_asked_inside_a_request() {
        assertThat(classifier.classify("Tell me what the Spring Refresh promo really was: which orders got money off?",
                Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("discounts given during the spring refresh promo", Conversation.empty("s"))
                .route()).isEqualTo(Route.SQL);
    }

    @Test
    void leaves_what_to_do_step_by_step_to_the_documents_however_loud() {
        assertThat(classifier.classify("Client got a CRUSHED box and wants the money back. What should I do, step by "
                + "step?", Conversation.empty("s")).route()).isEqualTo(Route.RAG);
    }

    @Test
    void leaves_one_accounts_case_and_the_cause_of_a_jump_to_the_documents() {
        assertThat(classifier.classify("One of our VIP customers wants to return 3 items from one order. How do we "
                + "handle that?", Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("Klarna cancellations spiked on March 14 2025 - was there an outage behind it, "
                + "and what were its terms?", Conversation.empty("s")).route()).isEqualTo(Route.RAG);
    }

    @Test
    void leaves_what_happened_and_what_an_event_was_to_the_documents_however_framed() {
        assertThat(classifier.classify("what exactly happened on March 14 2025? lots of Klarna orders got cancelled, "
                + "was it a payment thing?", Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("Quiz 3: What was the Spring Refresh sale and how much money off did it give? "
                + "Expected answer: one sentence.", Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("Spring Refresh promo: what exactly was discounted, and by how much?",
                Conversation.empty("s")).route()).isEqualTo(Route.RAG);
        assertThat(classifier.classify("Exercise 2: revenue by channel in 2025. Expected answer: three amounts.",
                Conversation.empty("s")).route()).isEqualTo(Route.SQL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what should an agent say when a parcel is late",
        "what did the october 2025 business review conclude"})
    void leaves_what_an_agent_should_do_and_what_a_review_concluded_to_the_documents(String question) {
        Classification classification = classifier.classify(question, Conversation.empty("s"));

        assertThat(classification.route()).isEqualTo(Route.RAG);
        assertThat(classification.clarification()).isNull();
    }

    @Test
    void when_a_customers_card_is_charged_is_a_question_for_the_policies() {
        Classification classification = classifier.classify("When exactly is the customer's card charged for an"
                + " order - at checkout or later?", Conversation.empty("s"));

        assertThat(classification.route()).isEqualTo(Route.RAG);
        assertThat(classification.clarification()).isNull();
    }

    @Test
    void another_companys_accounts_and_emissions_are_out_of_scope() {
        for (String question : List.of("What were UPS's total company revenues and profit in 2025?",
                "How many tonnes of CO2 does a cargo plane emit per hour of flight?")) {
            assertThat(classifier.classify(question, Conversation.empty("s")).clarification().reason())
                    .isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        }
        for (String question : List.of("What was FedEx's revenue in 2025?", "What's the company revenue for 2025?")) {
            assertThat(classifier.classify(question, Conversation.empty("s")).route()).isEqualTo(Route.SQL);
        }
    }

    @Test
    void a_figure_asked_in_the_future_tense_is_a_forecast() {
        Classification classification = classifier.classify("How many orders will we get in 2026? Need a number for"
                + " next year's plan.", Conversation.empty("s"));

        assertThat(classification.clarification().text()).startsWith("I cannot forecast");
        assertThat(classifier.classify("Which carrier will deliver fastest?", Conversation.empty("s")).clarification())
                .isNull();
    }

    @Test
    void stock_said_as_what_the_figures_are_for_does_not_refuse_the_figures() {
        assertThat(classifier.classify("As a merchandiser I want the top 10 SKUs by units sold during Christmas week"
                + " 2025 so that I can check stock cover.", Conversation.empty("s")).route()).isEqualTo(Route.SQL);
        assertThat(classifier.classify("How many Nimbus X2 earbuds are left in stock?", Conversation.empty("s"))
                .clarification().reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
    }

    @Test
    void recent_days_without_how_many_are_asked_back_with_periods_to_pick() {
        Classification classification = classifier.classify("Please give me the numbers of the last days;",
                Conversation.empty("s"));

        assertThat(classification.clarification().text()).startsWith("How far back do you mean by 'the last days'");
        assertThat(classification.clarification().choices()).contains("Please give me the numbers of the last 7 days?");
        assertThat(classifier.classify("orders in the last 7 days", Conversation.empty("s")).clarification()).isNull();
        assertThat(classifier.classify("orders in the last days of December 2025", Conversation.empty("s"))
                .clarification()).isNull();
    }

    @Test
    void another_shops_promotion_is_out_of_scope() {
        Classification classification = classifier.classify("What discount is Target running on air fryers this"
                + " week? Want to undercut them.", Conversation.empty("s"));

        assertThat(classification.clarification().reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(classification.reasoning()).isEqualTo("it asks what someone else charges: Target");
        assertThat(classifier.classify("what discounts are we running in December 2025?", Conversation.empty("s"))
                .route()).isEqualTo(Route.SQL);
    }

    @Test
    void the_same_cut_as_last_time_with_nothing_before_it_is_asked_back() {
        assertThat(classifier.classify("Compare the two windows for me, same cut as last time",
                Conversation.empty("s")).clarification().reason()).isEqualTo(Clarification.Reason.AMBIGUOUS);
        assertThat(classifier.classify("revenue by channel for 2025, same as last time", Conversation.empty("s"))
                .clarification()).isNull();
    }

    @Test
    void how_something_went_with_no_figure_named_is_asked_back() {
        for (String question : List.of("How did we do over the holidays?", "So how did the promo do? Worth running"
                + " again?")) {
            assertThat(classifier.classify(question, Conversation.empty("s")).clarification().reason())
                    .isEqualTo(Clarification.Reason.AMBIGUOUS);
        }
        assertThat(classifier.classify("how did we do on late deliveries in December 2025?", Conversation.empty("s"))
                .clarification()).isNull();
    }

    @Test
    void the_firms_own_figures_are_ours_not_someone_elses() {
        Classification firm = classifier.classify("What proportion of the firm's 2025 revenue was contributed by each"
                + " product category?", Conversation.empty("s"));

        assertThat(firm.route()).isEqualTo(Route.SQL);
        assertThat(firm.clarification()).isNull();
        assertThat(classifier.classify("What was Amazon's revenue in 2025?", Conversation.empty("s")).clarification()
                .reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
    }

    @Test
    void a_time_named_by_how_it_felt_or_a_few_values_not_named_are_asked_back() {
        for (String question : List.of("Late rate, the big week. Report.", "Compare the two carriers for me on"
                + " claims.")) {
            assertThat(classifier.classify(question, Conversation.empty("s")).clarification().reason())
                    .isEqualTo(Clarification.Reason.AMBIGUOUS);
        }
        assertThat(classifier.classify("late rate for the two carriers FedEx and UPS in 2025",
                Conversation.empty("s")).clarification()).isNull();
    }

    @Test
    void the_figure_for_the_quarter_with_nothing_before_names_no_figure() {
        Classification figure = classifier.classify("What's the figure for the quarter?", Conversation.empty("s"));

        assertThat(figure.clarification().reason()).isEqualTo(Clarification.Reason.AMBIGUOUS);
        assertThat(figure.reasoning()).isEqualTo("it points at something it does not name, and names no value, period"
                + " or figure");
    }

    @Test
    void a_figure_or_event_pointed_at_with_nothing_before_is_asked_back() {
        for (String question : List.of("Is that a good number, would you say?", "Please check that figure again.",
                "Revenue from the orders hit by the incident?")) {
            assertThat(classifier.classify(question, Conversation.empty("s")).reasoning()).as(question)
                    .isEqualTo("it points at a time or at values it does not name");
        }
        assertThat(classifier.classify("Revenue from the orders hit by the Klarna incident?", Conversation.empty("s"))
                .reasoning()).isNotEqualTo("it points at a time or at values it does not name");
    }

    @Test
    void next_christmas_a_hiring_decision_a_labelled_writing_task_and_a_limitation_period_are_not_figures() {
        assertThat(classifier.classify("How many orders will we take next Christmas, roughly?",
                Conversation.empty("s")).reasoning()).isEqualTo("it asks about a period still to come");
        assertThat(classifier.classify("Should we hire three more agents before Black Friday?",
                Conversation.empty("s")).reasoning()).startsWith("it asks whether to take on or let go of people");
        assertThat(classifier.classify("Action item: draft the onboarding plan for the new team.",
                Conversation.empty("s")).reasoning()).startsWith("it asks for something to be written");
        assertThat(classifier.classify("What limitation period applies to a claim against a retailer in Texas?",
                Conversation.empty("s")).reasoning()).startsWith("it asks what the law says");
    }

    @Test
    void a_customer_named_in_a_sentence_set_aside_asks_for_no_document() {
        assertThat(classifier.classify("Please check the late delivery rate for FedEx in June 2025. A customer keeps"
                + " phoning me that everyone is unhappy.", Conversation.empty("s")).reasoning())
                .startsWith("the semantic model can express it as a query").doesNotContain("explanation");
    }

    @Test
    void writing_asked_for_with_help_energy_use_and_booking_a_venue_are_not_figures() {
        assertThat(classifier.classify("Please help me to write a thank-you note to our best customer.",
                Conversation.empty("s")).reasoning()).startsWith("it asks for something to be written");
        assertThat(classifier.classify("Electricity use of the warehouse in kWh last month?", Conversation.empty("s"))
                .reasoning()).startsWith("it asks about energy used");
        assertThat(classifier.classify("Could you book a room in Denver for the team offsite?",
                Conversation.empty("s")).reasoning()).startsWith("it asks for something to be booked");
    }

    @Test
    void a_headcount_of_customers_is_no_figure_about_staff() {
        assertThat(classifier.classify("Headcount for December 2025: how many different customers ordered?",
                Conversation.empty("s")).clarification()).isNull();
        assertThat(classifier.classify("What was the support headcount in December 2025?", Conversation.empty("s"))
                .reasoning()).startsWith("it asks for a figure about the people who work here");
    }
}
