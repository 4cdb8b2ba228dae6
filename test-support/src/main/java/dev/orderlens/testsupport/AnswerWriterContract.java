package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.AnswerWriter.GroundedAnswer;
import dev.orderlens.core.port.AnswerWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link AnswerWriter} must do, with a working backend behind it. A SQL summary is never blank and
 * states no number that cannot be read from the rows it was given (their values, counts, totals and the changes
 * between them). A grounded answer streams exactly the text it returns, cites only passages it was given, numbering
 * citations by its {@link GroundedAnswer#cited()} list, states no number that is not in its passages or the question,
 * and, with nothing to go on, says so without citing anything.
 *
 * <p>Which passages an answer cites beyond the ones it names is not part of the contract: an LLM-backed writer
 * streams its citations as the model numbers them, so it keeps every passage it was given, in order, for that
 * numbering to stay true.
 */
public abstract class AnswerWriterContract {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

    /** A writer for the sample's orders table, with a working backend. */
    protected abstract AnswerWriter writer();

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("What was revenue in 2025?", "SELECT sum(order_total) AS revenue FROM orders",
                        SqlResult.of(List.of(new Column("revenue", ColumnType.DECIMAL)),
                                List.of(List.of(new BigDecimal("2962532.60"))))),
                Arguments.of("Orders by carrier in 2025", "SELECT carrier, count(*) AS orders FROM orders GROUP BY 1",
                        carrierRanking()),
                Arguments.of("Late delivery rate by carrier last month", "SELECT carrier, … FROM orders GROUP BY 1",
                        SqlResult.of(List.of(new Column("carrier", ColumnType.STRING),
                                        new Column("late_delivery_rate", ColumnType.DOUBLE)),
                                List.of(List.of("FedEx", 18.4321), List.of("UPS", 6.05), List.of("USPS", 5.5)))),
                Arguments.of("Orders by month in 2025", "SELECT date_trunc('month', order_ts) AS month, …",
                        SqlResult.of(List.of(new Column("month", ColumnType.DATE), new Column("orders", ColumnType.INTEGER)),
                                List.of(List.of(LocalDate.of(2025, 10, 1), 2410L), List.of(LocalDate.of(2025, 11, 1), 3895L),
                                        List.of(LocalDate.of(2025, 12, 1), 4120L)))),
                Arguments.of("Revenue in December 2025 vs December 2024", "SELECT 'December 2024' AS period, …",
                        SqlResult.of(List.of(new Column("period", ColumnType.STRING), new Column("revenue", ColumnType.DECIMAL)),
                                List.of(List.of("December 2024", new BigDecimal("401220.15")),
                                        List.of("December 2025", new BigDecimal("452001.90"))))),
                Arguments.of("Orders by state in 2025", "SELECT ship_state, count(*) AS orders FROM orders GROUP BY 1",
                        new SqlResult(List.of(new Column("ship_state", ColumnType.STRING),
                                new Column("orders", ColumnType.INTEGER)),
                                List.of(List.of("CA", 4210L), List.of("TX", 3977L), List.of("NY", 3120L)), 48, true)),
                Arguments.of("Revenue on Mars", "SELECT sum(order_total) AS revenue FROM orders WHERE ship_state = 'MARS'",
                        SqlResult.of(List.of(new Column("revenue", ColumnType.DECIMAL)), List.of())));
    }

    @ParameterizedTest
    @MethodSource("results")
    void summarises_rows_in_words_without_stating_a_number_they_do_not_hold(String question, String sql,
            SqlResult sample) {
        String summary = writer().summarizeSql(question, sql, sample);

        assertThat(summary).isNotBlank();
        assertThat(new MentionedNumbers().fromRows(sample).fromText(question).unknownIn(summary))
                .as("numbers in \"%s\" that the rows do not hold", summary).isEmpty();
    }

    @Test
    void names_the_leader_of_a_ranking_with_its_figure() {
        String summary = writer().summarizeSql("Orders by carrier in 2025", "SELECT carrier, count(*) AS orders …",
                carrierRanking());

        assertThat(summary).contains("UPS");
        assertThat(MentionedNumbers.in(summary)).anyMatch(number -> number.compareTo(BigDecimal.valueOf(12040)) == 0);
    }

    @Test
    void streams_exactly_the_text_it_returns() {
        List<String> tokens = new ArrayList<>();

        GroundedAnswer answer = writer().writeGrounded("Why were FedEx deliveries late in September 2025?", passages(),
                Conversation.empty("contract-session"), tokens::add);

        assertThat(answer.text()).isNotBlank();
        assertThat(tokens).isNotEmpty();
        assertThat(String.join("", tokens)).isEqualTo(answer.text());
    }

    @Test
    void cites_a_passage_that_answers_the_question_and_only_passages_it_was_given() {
        List<Passage> given = passages();

        GroundedAnswer answer = writer().writeGrounded("Why were FedEx deliveries late in September 2025?", given,
                Conversation.empty("contract-session"), token -> { });

        assertThat(answer.cited()).isNotEmpty().isSubsetOf(given).doesNotHaveDuplicates();
        assertThat(citations(answer.text())).isNotEmpty().allMatch(n -> n >= 1 && n <= answer.cited().size());
    }

    @Test
    void states_no_number_that_is_not_in_its_passages_or_the_question() {
        String question = "Why were FedEx deliveries late in September 2025?";
        List<Passage> given = passages();

        GroundedAnswer answer = writer().writeGrounded(question, given, Conversation.empty("contract-session"),
                token -> { });

        MentionedNumbers known = new MentionedNumbers().fromText(question);
        given.forEach(passage -> known.fromText(passage.title(), passage.text()));
        String withoutCitations = CITATION.matcher(answer.text()).replaceAll("");
        assertThat(known.unknownIn(withoutCitations)).as("numbers in \"%s\" found in no passage", answer.text())
                .isEmpty();
    }

    @Test
    void says_plainly_that_it_found_nothing_when_it_has_no_passages() {
        List<String> tokens = new ArrayList<>();
        String question = "What is the refund window for opened electronics?";

        GroundedAnswer answer = writer().writeGrounded(question, List.of(), Conversation.empty("contract-session"),
                tokens::add);

        assertThat(answer.text()).isNotBlank();
        assertThat(answer.cited()).isEmpty();
        assertThat(citations(answer.text())).isEmpty();
        assertThat(MentionedNumbers.in(answer.text())).as("figures with no source in \"%s\"", answer.text()).isEmpty();
        assertThat(String.join("", tokens)).isEqualTo(answer.text());
    }

    private static SqlResult carrierRanking() {
        return SqlResult.of(List.of(new Column("carrier", ColumnType.STRING), new Column("orders", ColumnType.INTEGER)),
                List.of(List.of("UPS", 12040L), List.of("FedEx", 9870L), List.of("USPS", 7311L), List.of("DHL", 2204L)));
    }

    private static List<Passage> passages() {
        return List.of(
                new Passage("doc-incident-fedex", "analytics", "Incident report: FedEx Southeast disruption",
                        "Between 8 and 19 September 2025 a hurricane closed FedEx hubs in the Southeast. "
                                + "FedEx deliveries in the Southeast were late because the hubs were closed for 12 days. "
                                + "Support tickets about late orders tripled.", 0.91, Map.of("kind", "incident")),
                new Passage("doc-scorecard-2025-09", "analytics", "Carrier scorecard, September 2025",
                        "FedEx delivered 41% of Southeast orders late in September 2025, against 6% for UPS.", 0.84,
                        Map.of("kind", "scorecard")),
                new Passage("ORD-004211", "orders", "Order ORD-004211",
                        "Customer asked about the delivery date; the parcel was held at the FedEx hub in Atlanta.", 0.52,
                        Map.of("carrier", "FedEx")));
    }

    private static List<Integer> citations(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }
}
