package dev.orderlens.answering.semantic;

import dev.orderlens.core.domain.table.SqlDialect;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the semantic model file says beyond the core model, for answering without a language model: which
 * metric counts things, the words for time grains, which words mean an event happened, and how metrics rank.
 *
 * @param countMetric the metric that answers "how many …" when no other metric is named
 * @param grainWords the words for each time grain
 * @param presenceWords per column, words meaning "this column is set" ("delivered" → delivered_at is not null)
 * @param absenceWords per column, words meaning "this column is not set" or zero ("free shipping" → no shipping fee)
 * @param unitWords per measure column, the words of its unit, so that a number with one of them is a value of that
 *     column ("over 200 dollars" → order_total, "at least 3 items" → quantity); the first column with a word wins
 * @param rankings per metric name, how it ranks
 * @param rowValues per metric name, the value of one row the metric averages, where a question may compare it
 * @param aggregates per measure column, how it is aggregated when the question names no aggregate ("avg" for a
 *     price, whose sum means nothing); a column without one is summed
 * @param events the shop's own named periods ("the spring refresh sale"), which a question may name instead of dates
 * @param qualifiers per dimension column, the column that tells its equal values apart (a city's state: Portland, ME
 *     and Portland, OR), grouped by beside it
 */
public record AnsweringVocabulary(String countMetric, Map<TimeGrain, GrainWords> grainWords,
        Map<String, List<String>> presenceWords, Map<String, List<String>> absenceWords, Map<String, List<String>> unitWords, Map<String, MetricRanking> rankings,
        Map<String, RowValue> rowValues, Map<String, String> aggregates, List<NamedPeriod> events,
        Map<String, String> qualifiers) {

    public AnsweringVocabulary {
        Objects.requireNonNull(countMetric, "countMetric");
        grainWords = Map.copyOf(grainWords);
        presenceWords = Map.copyOf(presenceWords);
        absenceWords = Map.copyOf(absenceWords);
        unitWords = Collections.unmodifiableMap(new LinkedHashMap<>(unitWords));
        rankings = Map.copyOf(rankings);
        rowValues = Map.copyOf(rowValues);
        aggregates = Map.copyOf(aggregates);
        events = events == null ? List.of() : List.copyOf(events);
        qualifiers = qualifiers == null ? Map.of() : Map.copyOf(qualifiers);
    }

    /**
     * A period the shop names: a sale, an outage, a campaign.
     *
     * @param name how it is called
     * @param words the name and the other ways it is called
     * @param first its first day
     * @param last its last day (the same as {@code first} for one day)
     */
    public record NamedPeriod(String name, List<String> words, LocalDate first, LocalDate last) {
        public NamedPeriod {
            Objects.requireNonNull(name, "name");
            words = List.copyOf(words);
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("ends before it begins");
            }
        }
    }

    /** How a measure column is aggregated when the question does not say. */
    public String aggregate(String column) {
        return aggregates.getOrDefault(column, "sum");
    }

    public MetricRanking ranking(String metricName) {
        return Optional.ofNullable(rankings.get(metricName)).orElse(MetricRanking.PLAIN);
    }

    /**
     * The value of one row a metric averages ("took more than 7 days" compares each order's delivery days).
     *
     * @param expression the SQL of the value, in the metric's unit
     * @param dialectExpressions the expression where a dialect needs another form
     * @param filter the rows that have a value (the metric's filter), or {@code null}
     */
    public record RowValue(String expression, Map<SqlDialect, String> dialectExpressions, String filter) {
        public RowValue {
            Objects.requireNonNull(expression, "expression");
            dialectExpressions = dialectExpressions == null ? Map.of() : Map.copyOf(dialectExpressions);
        }

        public String expressionFor(SqlDialect dialect) {
            return dialectExpressions.getOrDefault(dialect, expression);
        }
    }

    /**
     * Words for a time grain.
     *
     * @param adjectives words that ask for the grain on their own ("monthly")
     * @param nouns words that ask for it after "by", "per", "each" ("month")
     */
    public record GrainWords(List<String> adjectives, List<String> nouns) {
        public GrainWords {
            adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
            nouns = nouns == null ? List.of() : List.copyOf(nouns);
        }
    }

    /**
     * How a metric ranks.
     *
     * @param lowerIsBetter whether "best" means the lowest value (late rate, refunds)
     * @param ascendingWords words that rank by the lowest value ("fastest" for delivery days)
     * @param descendingWords words that rank by the highest value ("slowest")
     */
    public record MetricRanking(boolean lowerIsBetter, List<String> ascendingWords, List<String> descendingWords) {
        public static final MetricRanking PLAIN = new MetricRanking(false, List.of(), List.of());

        public MetricRanking {
            ascendingWords = ascendingWords == null ? List.of() : List.copyOf(ascendingWords);
            descendingWords = descendingWords == null ? List.of() : List.copyOf(descendingWords);
        }
    }
}
