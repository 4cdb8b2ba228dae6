package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.semantic.Metric;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compiles questions into SQL through the semantic model, without a language model: metrics, group-bys,
 * filters on known values, absolute and relative periods, comparisons, top/bottom N, shares, trends, look-ups
 * by id and follow-ups read against the previous query ("show that as a chart" runs it again). Throws
 * {@link SqlGenerator.QuestionNotUnderstoodException} rather than guess.
 */
public final class LocalSqlGenerator implements SqlGenerator {

    static final String WRITTEN_BY = "local parser, semantic query";

    private final QuestionParser parser;
    private final SemanticModelFile model;
    private final ValueCatalog catalog;
    private final Clock clock;
    private final DataRange dataRange;

    private LocalSqlGenerator(Builder builder) {
        this.model = Objects.requireNonNull(builder.model, "model");
        this.catalog = Objects.requireNonNull(builder.catalog, "catalog");
        this.parser = new QuestionParser(model, catalog, builder.dataRange);
        this.clock = builder.clock;
        this.dataRange = builder.dataRange;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public GeneratedSql generate(String question, Conversation conversation, SqlDialect dialect) {
        Objects.requireNonNull(question, "question");
        Optional<QuerySpec> charted = lastQueryCharted(question, conversation);
        if (charted.isPresent()) {
            return compiled(charted.get(), dialect).withWrittenBy(WRITTEN_BY);
        }
        QuestionParser.ParsedQuestion parsed = parser.read(question, conversation.context(), today());
        GeneratedSql generated = compiled(parsed.spec(), dialect).withWrittenBy(WRITTEN_BY);
        for (QuestionParser.DroppedPhrase dropped : parsed.dropped()) {
            generated = generated.withNote(droppedNote(dropped));
        }
        return generated;
    }

    /** "show that as a chart": the last query again, when the conversation has one. */
    Optional<QuerySpec> lastQueryCharted(String question, Conversation conversation) {
        return ChartRequest.asksOnlyForAChart(question) ? ContextCodec.decode(conversation.context()) : Optional.empty();
    }

    /**
     * The SQL of a semantic query, however it was arrived at, with the context a follow-up reads it back from and
     * the notes on data the period lacks: the one way a query becomes SQL.
     */
    GeneratedSql compiled(QuerySpec spec, SqlDialect dialect) {
        String sql = new SqlCompiler(model, dialect).compile(spec);
        return new GeneratedSql(sql, ContextCodec.encode(spec, QueryScope.describe(spec, metricRows(spec))),
                dataRange == null ? List.of() : dataRange.notesFor(spec));
    }

    /**
     * The rows the query's figures count ("status not cancelled" for revenue) when they all count the same rows;
     * figures over different rows (revenue beside the late rate) each keep their own, which one scope cannot say.
     */
    private List<Filter> metricRows(QuerySpec spec) {
        List<Optional<Filter>> rows = spec.measures().stream().map(measure -> Optional.ofNullable(measure.metric())
                .flatMap(model.model()::metric).map(Metric::filter).flatMap(QueryScope::rows)).distinct().toList();
        return rows.size() == 1 ? rows.get(0).stream().toList() : List.of();
    }

    /** Says which words of the question the figures do not reflect, so that a reader does not take them as read. */
    private static String droppedNote(QuestionParser.DroppedPhrase dropped) {
        if (dropped.background() && (dropped.periodRead() != null || !dropped.valuesRead().isEmpty())) {
            String read = dropped.periodRead() != null ? "its period, " + dropped.periodRead()
                    : String.join(" and ", dropped.valuesRead());
            return "From '" + dropped.phrase() + "' I read only " + read + ": the figures below answer the rest of the"
                    + " question.";
        }
        if (dropped.background()) {
            return "I did not read '" + dropped.phrase() + "' as part of the query: the figures below answer the rest"
                    + " of the question.";
        }
        if (dropped.why() != null) {
            return "I did not use '" + dropped.phrase() + "': " + dropped.why();
        }
        if (dropped.periodRead() != null) {
            return "I did not use '" + dropped.phrase() + "': I cannot tell which days it means, so the figures "
                    + "below are for " + dropped.periodRead() + ".";
        }
        return "I did not use '" + dropped.phrase() + "': the data has no such value or column, so the figures below "
                + "are not narrowed by it.";
    }

    /** Today as relative periods ("last month") see it: the clock's date, or the model's own "today" without a clock. */
    LocalDate today() {
        if (clock != null) {
            return LocalDate.now(clock);
        }
        return model.model().today() != null ? model.model().today() : LocalDate.now(Clock.system(ZoneOffset.UTC));
    }

    QuestionParser parser() {
        return parser;
    }

    SemanticModelFile model() {
        return model;
    }

    ValueCatalog catalog() {
        return catalog;
    }

    /** Where the data begins and ends, when known. */
    Optional<DataRange> dataRange() {
        return Optional.ofNullable(dataRange);
    }

    public static final class Builder {
        private SemanticModelFile model;
        private ValueCatalog catalog;
        private Clock clock;
        private DataRange dataRange;

        private Builder() {
        }

        public Builder model(SemanticModelFile model) {
            this.model = model;
            return this;
        }

        public Builder catalog(ValueCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** The clock relative dates are resolved against; without one, the model's "today" (or the system's). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Where the data begins and ends, so that answers about periods outside it say so; none by default. */
        public Builder dataRange(DataRange dataRange) {
            this.dataRange = dataRange;
            return this;
        }

        public LocalSqlGenerator build() {
            return new LocalSqlGenerator(this);
        }
    }
}
