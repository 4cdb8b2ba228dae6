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

        assertThat(answer.cited()).extracting(Passage::id).containsExactly("a", "b");
        assertThat(answer.text()).contains("[1]", "[2]");
        assertThat(answer.text().indexOf("[1]")).isLessThan(answer.text().indexOf("[2]"));
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
