package dev.orderlens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.fixtures.Fakes;
import dev.orderlens.core.fixtures.Fakes.Index;
import dev.orderlens.core.fixtures.Fakes.Warehouse;
import dev.orderlens.core.fixtures.TestModels;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** "Why did X change" questions: the numbers from a query and the reasons from the documents, in one answer. */
class ChangeExplanationPipelineTest {

    private static final String SESSION = "session-0001";
    private static final String WHY = "Why did refunds go up in 2025?";
    private static final Passage RECALL = Fakes.passage("analytics", "incident-recall",
            "A defective battery batch was recalled.");
    private static final Passage NOTE = Fakes.passage("orders", "order-ORD-000001", "Customer asked for a gift wrap.");

    private final List<String> generatorQuestions = new CopyOnWriteArrayList<>();
    private final List<String> streamed = new CopyOnWriteArrayList<>();

    private SqlGenerator generating() {
        return (question, conversation, dialect) -> {
            generatorQuestions.add(question);
            return new GeneratedSql("SELECT month, refunds FROM orders GROUP BY 1", ConversationContext.empty());
        };
    }

    /** Summarises rows by the question it was given; cites the passages whose text says "defective". */
    private static final class CitingWriter implements AnswerWriter {
        @Override
        public String summarizeSql(String question, String sql, SqlResult result) {
            return "Summary of " + question + ".";
        }

        @Override
        public GroundedAnswer writeGrounded(String question, List<Passage> passages, Conversation conversation,
                Consumer<String> onToken) {
            List<Passage> cited = passages.stream().filter(p -> p.text().contains("defective")).toList();
            String text = cited.isEmpty() ? "I could not find this in the documents." : "A battery batch failed [1].";
            onToken.accept(text);
            return new GroundedAnswer(text, cited);
        }
    }

    private Assistant assistant(SqlGenerator generator, Passage... passages) {
        return Assistant.builder()
                .semanticModel(TestModels.orders())
                .sqlWarehouse(Warehouse.returning(Fakes.carrierRows()))
                .vectorIndexes(Index.of("analytics", passages))
                .questionClassifier((question, conversation) -> new Classification(Route.RAG, 0.9, "asks why"))
                .sqlGenerator(generator)
                .answerWriter(new CitingWriter())
                .followUpSuggester(new Fakes.FixedFollowUps())
                .build();
    }

    private Answer ask(Assistant assistant, String question, RoutePreference route) {
        return assistant.ask(new AskCommand(question, SESSION, route, List.of()), new AnswerListener() {
            @Override
            public void onToken(String token) {
                streamed.add(token);
            }
        });
    }

    @Test
    void a_question_why_a_figure_changed_gets_the_numbers_then_the_cited_reasons() {
        Answer answer = ask(assistant(generating(), NOTE, RECALL), WHY, RoutePreference.AUTO);

        assertThat(answer).isInstanceOf(SqlAnswer.class);
        SqlAnswer combined = (SqlAnswer) answer;
        assertThat(generatorQuestions).containsExactly("refunds in 2025 by month");
        assertThat(combined.question()).isEqualTo(WHY);
        assertThat(combined.result().rows()).hasSize(2);
        assertThat(combined.text()).isEqualTo("Summary of refunds in 2025 by month.\n\n**Why:** A battery batch"
                + " failed [1].");
        assertThat(combined.sources()).containsExactly(RECALL);
        assertThat(combined.route().decided()).isEqualTo(Route.SQL);
        assertThat(combined.route().reasoning()).contains(ChangeExplanation.ROUTE_REASON);
        assertThat(streamed).as("one body, not a stream").isEmpty();
    }

    @Test
    void an_answer_with_reasons_cannot_be_saved_as_verified_since_its_query_holds_only_the_numbers() {
        Assistant assistant = assistant(generating(), RECALL);
        SqlAnswer combined = (SqlAnswer) ask(assistant, WHY, RoutePreference.AUTO);

        assertThatThrownBy(() -> assistant.verify(combined.messageId(), "Ana"))
                .isInstanceOf(VerifiedAnswers.UnknownAnswerException.class)
                .hasMessageContaining("answers the question as asked");
    }

    @Test
    void the_reasons_of_a_change_come_from_reports_not_from_single_orders() {
        Passage orderNote = Fakes.passage("orders", "order-ORD-000007", "Refunded: the defective charger was replaced.");
        Assistant assistant = Assistant.builder()
                .semanticModel(TestModels.orders())
                .sqlWarehouse(Warehouse.returning(Fakes.carrierRows()))
                .vectorIndexes(Index.of("orders", orderNote), Index.of("analytics", RECALL))
                .recordIndexes("orders")
                .questionClassifier((question, conversation) -> new Classification(Route.RAG, 0.9, "asks why"))
                .sqlGenerator(generating())
                .answerWriter(new CitingWriter())
                .followUpSuggester(new Fakes.FixedFollowUps())
                .build();

        SqlAnswer answer = (SqlAnswer) ask(assistant, WHY, RoutePreference.AUTO);

        assertThat(answer.sources()).containsExactly(RECALL);
        assertThat(ask(assistant, "What happened to order ORD-000007?", RoutePreference.RAG))
                .as("a question about one order still searches the orders").isInstanceOf(RagAnswer.class)
                .satisfies(rag -> assertThat(((RagAnswer) rag).sources()).contains(orderNote));
    }

    @Test
    void the_numbers_say_plainly_when_the_documents_hold_no_reason() {
        SqlAnswer answer = (SqlAnswer) ask(assistant(generating(), NOTE), WHY, RoutePreference.AUTO);

        assertThat(answer.text()).isEqualTo("Summary of refunds in 2025 by month.\n\n" + ChangeExplanation.NO_REASONS);
        assertThat(answer.sources()).isEmpty();
    }

    @Test
    void when_no_query_shows_the_numbers_the_documents_answer_alone() {
        SqlGenerator notUnderstanding = (question, conversation, dialect) -> {
            throw new QuestionNotUnderstoodException("no metric");
        };

        Answer answer = ask(assistant(notUnderstanding, RECALL), WHY, RoutePreference.AUTO);

        assertThat(answer).isInstanceOf(RagAnswer.class);
        assertThat(answer.text()).isEqualTo("A battery batch failed [1].");
        assertThat(((RagAnswer) answer).sources()).containsExactly(RECALL);
        assertThat(answer.route()).extracting(RouteOutcome::decided, RouteOutcome::fallback)
                .containsExactly(Route.RAG, true);
    }

    @Test
    void a_route_the_reader_forced_is_kept() {
        Answer answer = ask(assistant(generating(), RECALL), WHY, RoutePreference.RAG);

        assertThat(answer).isInstanceOf(RagAnswer.class);
        assertThat(generatorQuestions).isEmpty();
    }

    @Test
    void other_questions_take_their_usual_route() {
        Answer answer = ask(assistant(generating(), RECALL), "Why are customers returning the earbuds?",
                RoutePreference.AUTO);

        assertThat(answer).isInstanceOf(RagAnswer.class);
        assertThat(generatorQuestions).isEmpty();
    }
}
