package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.AnswerWriter.GroundedAnswer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalAnswerWriterTest {

    private final LocalAnswerWriter writer = LocalAnswerWriter.builder().model(SemanticModelFile.loadDefault()).build();

    private static SqlResult result(List<Column> columns, List<List<Object>> rows) {
        return SqlResult.of(columns, rows);
    }

    @Test
    void writes_a_single_figure_in_the_metric_format() {
        String revenue = writer.summarizeSql("revenue in 2025", "SELECT …",
                result(List.of(new Column("revenue", ColumnType.DECIMAL)), List.of(List.of(new BigDecimal("2962532.6")))));
        String rate = writer.summarizeSql("late rate", "SELECT …",
                result(List.of(new Column("late_delivery_rate", ColumnType.DOUBLE)), List.of(List.of(7.4321))));
        String orders = writer.summarizeSql("orders", "SELECT …",
                result(List.of(new Column("orders", ColumnType.INTEGER)), List.of(List.of(31691L))));

        assertThat(revenue).isEqualTo("Revenue: **$2,962,532.60**.");
        assertThat(rate).isEqualTo("Late delivery rate: **7.4%**.");
        assertThat(orders).isEqualTo("Orders: **31,691**.");
    }

    @Test
    void names_the_leader_and_runner_up_of_a_ranking_and_the_total() {
        SqlResult ranking = result(List.of(new Column("carrier", ColumnType.STRING), new Column("orders", ColumnType.INTEGER)),
                List.of(List.of("UPS", 1200L), List.of("FedEx", 900L), List.of("DHL", 100L)));

        String text = writer.summarizeSql("orders by carrier", "SELECT …", ranking);

        assertThat(text).isEqualTo("**UPS** leads with orders of **1,200**, followed by FedEx (900), a gap of 300; 3 carriers in all, 2,200 together.");
    }

    @Test
    void says_lowest_when_a_ranking_is_ascending_and_adds_no_total_for_rates() {
        SqlResult ranking = result(List.of(new Column("carrier", ColumnType.STRING), new Column("delivery_days", ColumnType.DOUBLE)),
                List.of(List.of("UPS", 4.13), List.of("FedEx", 4.17)));

        assertThat(writer.summarizeSql("fastest carrier", "SELECT …", ranking))
                .isEqualTo("**UPS** has the lowest delivery days of **4.1 days**, followed by FedEx (4.2 days); 2 carriers in all.");
    }

    @Test
    void states_the_change_between_compared_periods() {
        SqlResult comparison = result(List.of(new Column("period", ColumnType.STRING), new Column("revenue", ColumnType.DECIMAL)),
                List.of(List.of("December 2024", new BigDecimal("100.00")), List.of("December 2025", new BigDecimal("125.00"))));

        assertThat(writer.summarizeSql("December 2024 vs December 2025", "SELECT …", comparison))
                .isEqualTo("Revenue was $100.00 in December 2024, $125.00 in December 2025: a change of +$25.00 (+25.0%)"
                        + " from December 2024 to December 2025.");
    }

    @Test
    void names_the_peak_of_a_trend() {
        SqlResult trend = result(List.of(new Column("month", ColumnType.DATE), new Column("orders", ColumnType.INTEGER)),
                List.of(List.of(LocalDate.of(2024, 1, 1), 10L), List.of(LocalDate.of(2024, 2, 1), 30L),
                        List.of(LocalDate.of(2024, 3, 1), 20L)));

        assertThat(writer.summarizeSql("orders by month", "SELECT …", trend))
                .isEqualTo("Orders over 3 months: the peak was February 2024 at **30**, the low January 2024 at 10;"
                        + " it went from 10 (January 2024) to 20 (March 2024), a change of +10 (+100.0%). Total: 60.");
    }

    @Test
    void names_the_peak_of_a_long_trend_wherever_it_is() {
        List<List<Object>> days = new java.util.ArrayList<>();
        for (int day = 1; day <= 365; day++) {
            days.add(List.of(LocalDate.ofYearDay(2025, day), day == 335 ? 396L : 60L + day % 7));
        }
        SqlResult trend = result(List.of(new Column("day", ColumnType.DATE), new Column("orders", ColumnType.INTEGER)),
                days);

        assertThat(writer.summarizeSql("orders by day in 2025", "SELECT …", trend))
                .startsWith("Orders over 365 days: the peak was 2025-12-01 at **396**");
    }

    @Test
    void writes_figures_in_the_model_s_currency_and_locale() throws java.io.IOException {
        String brazilian;
        try (java.io.InputStream in = SemanticModelFile.class.getClassLoader()
                .getResourceAsStream(SemanticModelFile.DEFAULT_RESOURCE)) {
            brazilian = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\"currency\": \"USD\"", "\"currency\": \"BRL\"")
                    .replace("\"locale\": \"en-US\"", "\"locale\": \"pt-BR\"");
        }
        LocalAnswerWriter inReais = LocalAnswerWriter.builder().model(SemanticModelFile.load(
                new java.io.ByteArrayInputStream(brazilian.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "brazilian.json")).build();
        SqlResult ranking = result(List.of(new Column("ship_state", ColumnType.STRING),
                new Column("revenue", ColumnType.DECIMAL)), List.of(List.of("SP", new BigDecimal("285325.49")),
                List.of("RJ", new BigDecimal("104940.01"))));

        assertThat(inReais.summarizeSql("revenue by state", "SELECT …", ranking))
                .contains("R$\u00a0285.325,49", "R$\u00a0104.940,01").doesNotContain("$285");
        assertThat(inReais.summarizeSql("late rate", "SELECT …",
                result(List.of(new Column("late_delivery_rate", ColumnType.DOUBLE)), List.of(List.of(84.615)))))
                .isEqualTo("Late delivery rate: **84,6%**.");
    }

    @Test
    void formats_shares_as_percentages() {
        SqlResult share = result(List.of(new Column("revenue", ColumnType.DECIMAL), new Column("share_of_revenue", ColumnType.DOUBLE)),
                List.of(List.of(new BigDecimal("1000.00"), 31.318)));

        assertThat(writer.summarizeSql("share", "SELECT …", share))
                .isEqualTo("Revenue: **$1,000.00**; Share of revenue: **31.3%**.");
    }

    @Test
    void says_honestly_that_no_rows_matched() {
        SqlResult empty = result(List.of(new Column("revenue", ColumnType.DECIMAL)), List.of());

        assertThat(writer.summarizeSql("revenue on Mars", "SELECT …", empty)).startsWith("No rows matched");
    }

    private static Passage passage(String id, String text) {
        return new Passage(id, "analytics", id, text, 1.0, Map.of());
    }

    @Test
    void answers_from_the_best_sentences_citing_their_sources_in_order() {
        List<Passage> passages = List.of(
                passage("policy", "Returns are accepted within 30 days. Opened electronics can be returned within 15 days if undamaged."),
                passage("recall", "The Nimbus X2 earbuds were recalled in July 2025 after battery defects. Customers get a full refund."),
                passage("weather", "It rained a lot in April."));
        List<String> tokens = new ArrayList<>();

        GroundedAnswer answer = writer.writeGrounded("Were the Nimbus earbuds recalled because of the battery?", passages,
                Conversation.empty("s"), tokens::add);

        assertThat(answer.text()).startsWith("The Nimbus X2 earbuds were recalled in July 2025 after battery defects. [1]");
        assertThat(answer.cited()).extracting(Passage::id).first().isEqualTo("recall");
        assertThat(answer.cited()).extracting(Passage::id).doesNotContain("weather");
        assertThat(String.join("", tokens)).isEqualTo(answer.text());
        assertThat(tokens.size()).isGreaterThan(5);
    }

    @Test
    void says_what_a_report_has_done_since_when_asked_what_changed() {
        List<Passage> passages = List.of(passage("hurricane", "**What happened.** Hurricane Delia made landfall on the"
                + " Southeast coast and FedEx closed two hubs.\n\n**Impact in figures.** 48 of 60 FedEx deliveries to"
                + " the Southeast were late.\n\n**Follow-up.** While a carrier declares a regional disruption, new"
                + " orders are routed to UPS or USPS."));

        GroundedAnswer answer = writer.writeGrounded("did we change anything after the hurricane so it doesn't happen"
                + " again?", passages, Conversation.empty("s"), token -> { });

        assertThat(answer.text()).contains("new orders are routed to UPS or USPS");
        assertThat(writer.writeGrounded("what happened in the hurricane?", passages, Conversation.empty("s"),
                token -> { }).text()).doesNotContain("routed to UPS");
    }

    @Test
    void drops_markdown_emphasis_from_quoted_sentences() {
        List<Passage> passages = List.of(passage("faq",
                "**Question:** A customer received a damaged item and wants a refund. **Answer:** Refund the item in full."));

        GroundedAnswer answer = writer.writeGrounded("What do I do when a customer received a damaged item?", passages,
                Conversation.empty("s"), token -> { });

        assertThat(answer.text()).contains("Question: A customer received a damaged item").doesNotContain("**");
    }

    @Test
    void numbers_citations_by_position_in_the_cited_list() {
        List<Passage> passages = List.of(
                passage("a", "Late deliveries rose in the Southeast in September 2025."),
                passage("b", "FedEx had a hurricane disruption in the Southeast in September 2025."));

        GroundedAnswer answer = writer.writeGrounded("What happened with late deliveries in the Southeast in September 2025?",
                passages, Conversation.empty("s"), token -> { });

        // The cause comes first, so its source is [1].
        assertThat(answer.cited()).extracting(Passage::id).containsExactly("b", "a");
        assertThat(answer.text()).contains("[1]", "[2]");
        assertThat(answer.text().indexOf("[1]")).isLessThan(answer.text().indexOf("[2]"));
    }

    @Test
    void sending_something_back_is_a_return_as_the_policy_words_it() {
        // the notes share more of the question's words than the policy does, unless sending back is a return
        List<Passage> passages = List.of(
                titled("order-1", "orders", "Order ORD-1 — Fernwood sweater (delivered)",
                        "Support note: Customer could not find the Fernwood sweater; UPS marked it delivered."),
                titled("order-2", "orders", "Order ORD-2 — Fernwood sweater (delivered)",
                        "Support note: Customer could not find the sweater in the parcel and asked for a refund."),
                titled("policy-returns", "analytics", "Returns and refunds policy",
                        "Customers may return any item within 30 days of delivery."));

        GroundedAnswer answer = writer.writeGrounded("a customer wants to send back a sweater she bought, how many days"
                + " does she have? I couldn't find it in my onboarding notes", passages, Conversation.empty("s"),
                token -> { });

        assertThat(answer.text()).contains("within 30 days of delivery");
    }

    private static Passage titled(String id, String index, String title, String text) {
        return new Passage(id, index, title, text, 1.0, Map.of());
    }

    @Test
    void explains_why_with_the_cause_first_cited_and_without_unrelated_orders() {
        List<Passage> passages = List.of(
                titled("order-1", "orders", "Order 1 \u2014 Desk lamp (returned)", "Product: Desk lamp. Status: returned."
                        + " Support note: Customer returned the lamp because the colour was not as shown."),
                titled("order-2", "orders", "Order 2 \u2014 Nimbus X2 wireless earbuds (returned)",
                        "Product: Nimbus X2 wireless earbuds. Return reason: defective."),
                titled("incident", "analytics", "Recall of the Nimbus X2 wireless earbuds", """
                        # Incident report: the Nimbus X2 wireless earbuds

                        **What happened.** A battery cell batch used in the Nimbus X2 wireless earbuds lost capacity \
                        within days, so the earbuds stopped holding a charge.

                        **Impact in figures.** Of the 1,200 delivered orders of the earbuds, 300 were returned: a \
                        return rate of 25.0%, against 4.0% in other months.

                        **Recall notice.** We are recalling the Nimbus X2 wireless earbuds; customers get a full \
                        refund.
                        """));

        GroundedAnswer answer = writer.writeGrounded("Why are customers returning the Nimbus X2 earbuds?", passages,
                Conversation.empty("s"), token -> { });

        assertThat(answer.text()).startsWith("A battery cell batch used in the Nimbus X2 wireless earbuds lost capacity"
                + " within days, so the earbuds stopped holding a charge. [1]");
        assertThat(answer.text()).contains("return rate of 25.0%").doesNotContain("lamp", "Product:", "#",
                "What happened");
        assertThat(answer.text().indexOf("recalling")).isLessThan(answer.text().indexOf("25.0%"));
        assertThat(answer.cited()).extracting(Passage::id).containsExactly("incident");
    }

    @Test
    void a_cause_in_a_passage_about_the_subject_is_kept_though_it_shares_few_of_the_question_s_words() {
        List<Passage> passages = List.of(
                titled("note", "orders", "Order 3 \u2014 Nimbus X2 wireless earbuds (returned)",
                        "Support note: Customer says the Nimbus X2 wireless earbuds stopped working after a few days."),
                titled("faq", "analytics", "Nimbus X2 wireless earbuds recall", """
                        **Question:** A customer complains about the battery of the Nimbus X2 wireless earbuds.

                        **Answer:** Earbuds sold in spring are under a recall notice because of a defective battery \
                        batch. Offer a full refund or a replacement.
                        """));

        GroundedAnswer answer = writer.writeGrounded("Why are customers returning the Nimbus X2 earbuds?", passages,
                Conversation.empty("s"), token -> { });

        assertThat(answer.text()).startsWith("Answer: Earbuds sold in spring are under a recall notice because of a"
                + " defective battery batch. [1]");
        assertThat(answer.cited()).extracting(Passage::id).containsExactly("faq", "note");
    }

    @Test
    void explains_a_day_from_what_is_said_about_that_day_not_about_its_month() {
        List<Passage> passages = List.of(
                titled("review", "analytics", "Monthly business review: March 2025", """
                        In March 2025 the store received 2,401 orders from 2,185 customers, up 27.8% on February 2025.
                        The busiest day was March 14, 2025 (94 orders).
                        Cancellations in March 2025 were 61, a cancellation rate of 2.5%.
                        """),
                titled("incident", "analytics", "Klarna payment outage, March 14, 2025", """
                        **What happened.** On March 14, 2025 our payment partner Klarna had an outage for most of the \
                        day. Checkouts with Klarna timed out; the orders were created but cancelled automatically \
                        when the payment could not be authorised.
                        """));

        GroundedAnswer answer = writer.writeGrounded("Why did cancellations jump on March 14 2025?", passages,
                Conversation.empty("s"), token -> { });

        assertThat(answer.text()).contains("Klarna had an outage", "cancelled automatically", "busiest day")
                .doesNotContain("2,401", "61");
        assertThat(answer.cited()).extracting(Passage::id).startsWith("incident");
    }

    @Test
    void says_no_document_mentions_an_order_rather_than_quoting_another_order() {
        List<Passage> passages = List.of(
                titled("order-ORD-053904", "orders", "Order ORD-053904 \u2014 Velvette concealer (delivered)",
                        "Support note: Delivered late on Nov 20, 2025; sent a 10% discount code for the next order."),
                titled("order-ORD-004512-not", "orders", "Order ORD-0045120 \u2014 Desk lamp (delivered)",
                        "Support note: Customer asked what happened to the order and was told it was delivered."));

        GroundedAnswer answer = writer.writeGrounded("What happened to order ORD-004512?", passages,
                Conversation.empty("s"), token -> { });

        assertThat(answer.text()).isEqualTo("No document mentions ORD-004512. The orders table holds its record: ask"
                + " \u201cshow ORD-004512\u201d to see it.");
        assertThat(answer.cited()).isEmpty();
    }

    @Test
    void answers_about_an_order_from_its_own_note() {
        List<Passage> passages = List.of(
                titled("order-ORD-053904", "orders", "Order ORD-053904 \u2014 Velvette concealer (delivered)",
                        "Support note: Delivered late on Nov 20, 2025; sent a 10% discount code for the next order."),
                titled("order-ORD-004512", "orders", "Order ORD-004512 \u2014 Desk lamp (delivered)",
                        "Support note: The lamp arrived with a cracked shade and a replacement was sent."));

        GroundedAnswer answer = writer.writeGrounded("What happened to order ord-004512?", passages,
                Conversation.empty("s"), token -> { });

        assertThat(answer.text()).contains("cracked shade").doesNotContain("concealer", "Nov 20");
        assertThat(answer.cited()).extracting(Passage::id).containsExactly("order-ORD-004512");
    }

    @Test
    void a_year_after_a_hyphen_is_no_record_s_identifier() {
        List<Passage> passages = List.of(titled("recall", "analytics", "Nimbus X2 wireless earbuds recall",
                "Returns of the Nimbus X2 wireless earbuds rose in mid-2025 because of a defective battery batch."));

        GroundedAnswer answer = writer.writeGrounded("Why did returns of the Nimbus X2 earbuds jump in mid-2025?",
                passages, Conversation.empty("s"), token -> { });

        assertThat(answer.text()).contains("defective battery batch");
    }

    @Test
    void says_a_repeated_sentence_once_and_cites_only_the_sources_it_quotes() {
        List<Passage> passages = List.of(
                passage("report", "From 6 to 24 October 2025 the Correios workers in Bahia were on strike."
                        + " Parcels for Bahia waited at the sorting centre for eight extra days."),
                passage("note", "From 6 to 24 October 2025, the Correios workers in Bahia were on strike!"),
                passage("policy", "Refunds are made within ten business days."));

        GroundedAnswer answer = writer.writeGrounded("Why were deliveries to Bahia late in October 2025?", passages,
                Conversation.empty("s"), token -> { });

        assertThat(answer.text()).containsOnlyOnce("on strike").contains("[1]").doesNotContain("[2]");
        assertThat(answer.cited()).extracting(Passage::id).containsExactly("report");
    }

    @Test
    void says_honestly_when_the_documents_do_not_answer() {
        List<String> tokens = new ArrayList<>();

        GroundedAnswer none = writer.writeGrounded("What is the refund policy?", List.of(), Conversation.empty("s"), tokens::add);
        GroundedAnswer unrelated = writer.writeGrounded("What is the refund policy?",
                List.of(passage("weather", "It rained a lot in April.")), Conversation.empty("s"), token -> { });

        assertThat(none.text()).isEqualTo("I could not find this in the documents. I can answer questions about the"
                + " orders' figures, such as \u201cOrders by month\u201d or \u201cOrders by customer segment\u201d, and"
                + " about what the documents say. Which figure or topic do you mean?");
        assertThat(none.cited()).isEmpty();
        assertThat(String.join("", tokens)).isEqualTo(none.text());
        assertThat(unrelated.text()).isEqualTo(none.text());
    }
}
