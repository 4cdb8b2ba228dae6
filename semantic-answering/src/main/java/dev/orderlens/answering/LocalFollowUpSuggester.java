package dev.orderlens.answering;

import dev.orderlens.answering.semantic.PhraseMatcher;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.answering.semantic.Words;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.FollowUpSuggester;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggests next questions from the semantic model: drill down by another dimension, compare with the previous
 * period, switch to another metric. Every suggestion is checked to be one the {@link LocalSqlGenerator} answers.
 */
public final class LocalFollowUpSuggester implements FollowUpSuggester {

    private static final int MAX_SUGGESTIONS = 3;

    private final SemanticModel model;
    private final String countMetric;
    private final LocalSqlGenerator generator;
    private final ValueCatalog catalog;
    private final PhraseMatcher<String> metricWords = new PhraseMatcher<>();
    private final Map<TimeGrain, String> grainNouns = new EnumMap<>(TimeGrain.class);

    private LocalFollowUpSuggester(Builder builder) {
        SemanticModelFile file = Objects.requireNonNull(builder.model, "model");
        this.model = file.model();
        this.countMetric = file.vocabulary().countMetric();
        // "by half year", not "by half": a grain named by the model's own word for it, which reads back as that grain
        file.vocabulary().grainWords().forEach((grain, words) -> words.nouns().stream().findFirst()
                .ifPresent(noun -> grainNouns.put(grain, noun)));
        this.generator = Objects.requireNonNull(builder.generator, "sqlGenerator");
        this.catalog = Objects.requireNonNull(builder.catalog, "catalog");
        for (Metric metric : model.metrics()) {
            metricWords.add(metric.label(), metric.name());
            metric.synonyms().forEach(synonym -> metricWords.add(synonym, metric.name()));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> suggest(Answer answer, Conversation conversation) {
        QuerySpec parsed = answer instanceof SqlAnswer ? parsed(answer.question(), conversation).orElse(null) : null;
        QuerySpec spec = parsed == null || parsed.isLookup() ? mentioned(answer.question()) : parsed;
        MeasureRef measure = spec.measures().get(0);
        String filters = filterPhrase(spec);
        Period period = spec.period() != null ? spec.period()
                : spec.compared().isEmpty() ? lastMonth() : spec.compared().get(spec.compared().size() - 1);
        String periodPhrase = periodPhrase(period);
        Set<String> candidates = new LinkedHashSet<>();
        if (!(answer instanceof SqlAnswer)) {
            // "What happened to order ORD-004512?" from the documents: the order's own record is one click away
            QuestionSubject.of(answer.question()).identifiers().forEach(id -> candidates.add("show " + id));
        }
        drillDown(spec, answer.question()).ifPresent(column -> candidates.add(
                measurePhrase(measure) + " by " + column.name().replace('_', ' ') + filters + periodPhrase));
        candidates.add(measurePhrase(measure) + filters + periodPhrase + " vs " + period.previous().label());
        otherMetric(measure).ifPresent(other -> candidates.add(
                other.label() + groupPhrase(spec) + filters + periodPhrase));
        List<String> suggestions = new ArrayList<>();
        for (String candidate : candidates) {
            String question = Character.toUpperCase(candidate.charAt(0)) + candidate.substring(1);
            if (suggestions.size() < MAX_SUGGESTIONS && !FollowUpSuggester.sameQuestion(question, answer.question())
                    && suggestions.stream().noneMatch(s -> FollowUpSuggester.sameQuestion(s, question))
                    && answerable(question)) {
                suggestions.add(question);
            }
        }
        return suggestions;
    }

    private Optional<QuerySpec> parsed(String question, Conversation conversation) {
        try {
            return Optional.of(generator.parser().parse(question, conversation.context(), generator.today()));
        } catch (QuestionNotUnderstoodException e) {
            return Optional.empty();
        }
    }

    /** What a question that was not compiled mentions: its metric, values and period. */
    private QuerySpec mentioned(String question) {
        String metric = metricWords.findAll(Words.tokens(question)).stream().map(PhraseMatcher.Match::meaning)
                .findFirst().orElse(countMetric);
        List<Filter> filters = catalog.find(question).stream()
                .map(v -> Filter.in(v.column(), List.of(v.value()))).toList();
        List<TimeExpressions.Found> times = TimeExpressions.of(generator.today(), null,
                generator.model().vocabulary().events()).find(Words.tokens(question));
        Period period = times.isEmpty() ? null : times.get(0).period();
        return new QuerySpec(List.of(MeasureRef.metric(metric)), filters, period, List.of(), List.of(), null, null,
                null, null, null, null, null, false, List.of(), List.of());
    }

    private Optional<SemanticColumn> drillDown(QuerySpec spec, String question) {
        Set<String> used = new LinkedHashSet<>(spec.groupBy());
        spec.filters().forEach(f -> used.add(f.column()));
        List<SemanticColumn> options = model.columnsWithRole(ColumnRole.DIMENSION).stream()
                .filter(c -> !c.sampleValues().isEmpty() && catalog.categorical(c.name()) && !used.contains(c.name()))
                .toList();
        if (options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(options.get(Math.floorMod(question.strip().toLowerCase(Locale.ROOT).hashCode(), options.size())));
    }

    private Optional<Metric> otherMetric(MeasureRef measure) {
        List<Metric> metrics = model.metrics();
        int at = 0;
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals(measure.metric())) {
                at = i;
            }
        }
        return metrics.size() < 2 ? Optional.empty() : Optional.of(metrics.get((at + 1) % metrics.size()));
    }

    private String measurePhrase(MeasureRef measure) {
        if (measure.isMetric()) {
            return model.metric(measure.metric()).map(Metric::label).orElse(measure.metric());
        }
        String aggregate = switch (measure.aggregate()) {
            case "avg" -> "average";
            case "max" -> "highest";
            case "min" -> "lowest";
            case "median" -> "median";
            default -> "total";
        };
        return aggregate + " " + measure.column().replace('_', ' ');
    }

    private String groupPhrase(QuerySpec spec) {
        List<String> groups = new ArrayList<>();
        if (spec.grain() != null) {
            groups.add(grainNouns.getOrDefault(spec.grain(), spec.grain().columnName().replace('_', ' ')));
        }
        spec.groupBy().forEach(column -> groups.add(column.replace('_', ' ')));
        return groups.isEmpty() ? "" : " by " + String.join(" and ", groups);
    }

    private static String filterPhrase(QuerySpec spec) {
        List<String> values = spec.filters().stream().filter(f -> f.op() == Filter.Op.IN)
                .flatMap(f -> f.values().stream()).collect(Collectors.toList());
        return values.isEmpty() ? "" : " for " + String.join(" and ", values);
    }

    /** " on March 14, 2025", " from April 1, 2025 to April 7, 2025", " in September 2025". */
    private static String periodPhrase(Period period) {
        String label = period.label();
        if (period.end().equals(period.start().plusDays(1))) {
            return " on " + label;
        }
        return label.contains(" to ") ? " from " + label : " in " + label;
    }

    private Period lastMonth() {
        LocalDate monthStart = generator.today().withDayOfMonth(1);
        return new Period(monthStart.minusMonths(1), monthStart);
    }

    /** A suggestion is worth offering when it compiles and its periods lie within the data. */
    private boolean answerable(String question) {
        try {
            return generator.generate(question, Conversation.empty("follow-up-check"), SqlDialect.DUCKDB).notes()
                    .isEmpty();
        } catch (QuestionNotUnderstoodException e) {
            return false;
        }
    }

    public static final class Builder {
        private SemanticModelFile model;
        private LocalSqlGenerator generator;
        private ValueCatalog catalog;

        private Builder() {
        }

        public Builder model(SemanticModelFile model) {
            this.model = model;
            return this;
        }

        /** The generator every suggestion must be answerable by. */
        public Builder sqlGenerator(LocalSqlGenerator generator) {
            this.generator = generator;
            return this;
        }

        public Builder catalog(ValueCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        public LocalFollowUpSuggester build() {
            return new LocalFollowUpSuggester(this);
        }
    }
}
