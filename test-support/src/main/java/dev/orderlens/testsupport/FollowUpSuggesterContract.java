package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.domain.telemetry.StageTimings;
import dev.orderlens.core.port.FollowUpSuggester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link FollowUpSuggester} must do over the sample's orders table, with a working backend behind it: at
 * most three suggestions, each one non-blank line, no two the same question, and none the question just asked
 * (whatever its case, spacing or closing punctuation). An answered analytics question gets at least one.
 *
 * <p>That a suggestion can be answered is not part of the contract: the local suggester checks each against its SQL
 * generator, an LLM-backed one relies on its prompt.
 */
public abstract class FollowUpSuggesterContract {

    private static final int MAX_SUGGESTIONS = 3;

    /** A suggester over the sample's orders table, with a working backend. */
    protected abstract FollowUpSuggester suggester();

    static Stream<Answer> answers() {
        return Stream.of(
                revenueByCarrier("Revenue by carrier in 2025"),
                revenueByCarrier("revenue by carrier in 2025?"),
                revenueByCarrier("REVENUE  BY CARRIER IN 2025!"),
                sqlAnswer("Orders in December 2025 vs November 2025?", "Orders was 4,120 in December 2025, 3,895 in"
                        + " November 2025.", SqlResult.of(List.of(new Column("period", ColumnType.STRING),
                                new Column("orders", ColumnType.INTEGER)),
                        List.of(List.of("December 2025", 4120L), List.of("November 2025", 3895L)))),
                sqlAnswer("How many orders did we get on Mars?", "I could not turn this question into a query.", null),
                new RagAnswer("m-rag", "contract-session", "Why were FedEx deliveries late in September 2025?",
                        "A hurricane closed FedEx hubs in the Southeast between 8 and 19 September 2025 [1].",
                        List.of(new Passage("doc-incident-fedex", "analytics", "Incident report: FedEx Southeast disruption",
                                "A hurricane closed FedEx hubs in the Southeast.", 0.9, Map.of())),
                        false, null, outcome(Route.RAG), List.of(), StageTimings.none()),
                new RagAnswer("m-odd", "contract-session", "¿Cuántos pedidos hubo en 2025?",
                        "I could not find this in the documents.", List.of(), false, null, outcome(Route.RAG), List.of(),
                        StageTimings.none()));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void suggests_at_most_three_distinct_questions_none_the_one_just_asked(Answer answer) {
        List<String> suggestions = suggester().suggest(answer, Conversation.empty("contract-session"));

        assertThat(suggestions).hasSizeLessThanOrEqualTo(MAX_SUGGESTIONS);
        assertThat(suggestions).allSatisfy(suggestion -> assertThat(suggestion).isNotBlank()
                .doesNotContain("\n", "\r"));
        assertThat(suggestions.stream().map(FollowUpSuggesterContract::words)).doesNotHaveDuplicates()
                .doesNotContain(words(answer.question()));
    }

    @Test
    void suggests_something_after_an_answered_analytics_question() {
        assertThat(suggester().suggest(revenueByCarrier("Revenue by carrier in 2025"),
                Conversation.empty("contract-session"))).isNotEmpty();
    }

    /**
     * A question as its words alone: what tells two questions apart for a reader. Read here rather than through
     * {@link FollowUpSuggester#sameQuestion}, so that the contract still holds an implementation to it if that breaks.
     */
    private static String words(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static SqlAnswer revenueByCarrier(String question) {
        return sqlAnswer(question, "**UPS** leads with revenue of **$1,204,331.20**, followed by FedEx ($998,120.75).",
                SqlResult.of(List.of(new Column("carrier", ColumnType.STRING), new Column("revenue", ColumnType.DECIMAL)),
                        List.of(List.of("UPS", new BigDecimal("1204331.20")), List.of("FedEx", new BigDecimal("998120.75")))));
    }

    private static SqlAnswer sqlAnswer(String question, String text, SqlResult result) {
        return new SqlAnswer("m-sql", "contract-session", question, text,
                result == null ? null : "SELECT … FROM orders", result, result == null ? null : "r-1",
                result == null ? text : null, List.of(), null, outcome(Route.SQL), List.of(), StageTimings.none());
    }

    private static RouteOutcome outcome(Route route) {
        return new RouteOutcome(route, 0.9, false, false, "a clear case");
    }
}
