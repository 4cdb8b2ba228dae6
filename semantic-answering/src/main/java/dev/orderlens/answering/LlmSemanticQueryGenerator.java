package dev.orderlens.answering;

import dev.orderlens.answering.SemanticQueryJson.InvalidSemanticQueryException;
import dev.orderlens.answering.semantic.AnsweringVocabulary;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.ResponseFormat;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.llm.ConversationText;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Has a language model fill in the semantic query form (a JSON schema of the model's metrics, columns and grains)
 * and compiles it as the local parser's queries are compiled, so an answer reads and follows up the same whichever
 * wrote it. An answer that does not fit the model gets one more try with the mistake named. A question the form
 * cannot express, by the model's own word, goes to a generator that writes SQL directly, and the answer says so.
 */
public final class LlmSemanticQueryGenerator implements SqlGenerator {

    static final String WRITTEN_BY = "language model, semantic query";
    static final String RAW_SQL_NOTE = "This query was written directly by the language model, outside the semantic "
            + "model; check it before relying on it.";

    private static final int VALUES_IN_PROMPT = 30;
    private static final int MAX_TOKENS = 800;

    private final LanguageModel languageModel;
    private final PromptTemplates prompts;
    private final LocalSqlGenerator compiler;
    private final SqlGenerator rawSql;
    private final SemanticQueryJson json;
    private final ResponseFormat format;

    private LlmSemanticQueryGenerator(Builder builder) {
        this.languageModel = Objects.requireNonNull(builder.languageModel, "languageModel");
        this.prompts = Objects.requireNonNull(builder.prompts, "prompts");
        this.compiler = Objects.requireNonNull(builder.compiler, "compiler");
        this.rawSql = Objects.requireNonNull(builder.rawSql, "rawSql");
        SemanticModel model = compiler.model().model();
        this.json = new SemanticQueryJson(model, compiler.catalog());
        this.format = ResponseFormat.jsonSchema(SemanticQuerySchema.NAME, SemanticQuerySchema.of(model));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public GeneratedSql generate(String question, Conversation conversation, SqlDialect dialect) {
        Objects.requireNonNull(question, "question");
        Optional<QuerySpec> previous = ContextCodec.decode(conversation.context());
        List<ChatMessage> messages = new ArrayList<>(List.of(ChatMessage.user(prompt(question, conversation, previous))));
        Optional<QuerySpec> spec = read(messages, previous.isPresent());
        if (spec.isEmpty()) {
            GeneratedSql raw = rawSql.generate(question, conversation, dialect);
            return new GeneratedSql(raw.sql(), ContextCodec.cleared().merge(raw.context()), raw.notes(),
                    raw.writtenBy()).withNote(RAW_SQL_NOTE);
        }
        return compiler.compiled(spec.get(), dialect).withWrittenBy(WRITTEN_BY);
    }

    /** The model's query, asked once more with the mistake named when its first answer does not fit the model. */
    private Optional<QuerySpec> read(List<ChatMessage> messages, boolean previousQuery) {
        String answer = complete(messages);
        try {
            return json.read(answer, previousQuery);
        } catch (InvalidSemanticQueryException first) {
            messages.add(ChatMessage.assistant(answer));
            messages.add(ChatMessage.user("That query cannot be used: " + first.getMessage()
                    + ". Answer again with the corrected JSON object only."));
            try {
                return json.read(complete(messages), previousQuery);
            } catch (InvalidSemanticQueryException second) {
                throw new QuestionNotUnderstoodException("the language model's query does not fit the semantic model ("
                        + second.getMessage() + ")");
            }
        }
    }

    private String complete(List<ChatMessage> messages) {
        return languageModel.complete(new CompletionRequest(messages, 0.0, MAX_TOKENS, format)).text();
    }

    private String prompt(String question, Conversation conversation, Optional<QuerySpec> previous) {
        SemanticModel model = compiler.model().model();
        return prompts.render("semantic_query", Map.ofEntries(
                Map.entry("table", model.table()),
                Map.entry("description", model.description()),
                Map.entry("metrics", model.metrics().stream().map(LlmSemanticQueryGenerator::metricLine)
                        .collect(Collectors.joining("\n"))),
                Map.entry("dimensions", SemanticQuerySchema.groupColumns(model).stream()
                        .map(name -> dimensionLine(model.column(name).orElseThrow()))
                        .collect(Collectors.joining("\n"))),
                Map.entry("flags", names(model, ColumnRole.FLAG)),
                Map.entry("measures", names(model, ColumnRole.MEASURE)),
                Map.entry("time_column", model.timeColumn()),
                Map.entry("today", compiler.today().toString()),
                Map.entry("events", events(compiler.model().vocabulary().events())),
                Map.entry("previous_query", previous.map(json::write).orElse("(none)")),
                Map.entry("history", ConversationText.history(conversation)),
                Map.entry("question", question)));
    }

    /** "- Spring Refresh sale (also: spring sale): 2025-04-01 to 2025-04-07", so the model can date them. */
    private static String events(List<AnsweringVocabulary.NamedPeriod> events) {
        if (events.isEmpty()) {
            return "(none)";
        }
        return events.stream().map(event -> "- " + event.name()
                + (event.words().size() > 1 ? " (also: " + String.join(", ", event.words().subList(1,
                        event.words().size())) + ")" : "") + ": " + event.first() + " to " + event.last())
                .collect(Collectors.joining("\n"));
    }

    private static String metricLine(Metric metric) {
        return "- " + metric.name() + ": " + (metric.description().isBlank() ? metric.label() : metric.description());
    }

    /** A column with the values it holds, or a few samples when the data has too many to list. */
    private String dimensionLine(SemanticColumn column) {
        ValueCatalog catalog = compiler.catalog();
        List<String> values = catalog.categorical(column.name()) ? catalog.values(column.name()) : column.sampleValues();
        String line = "- " + column.name() + (column.description().isBlank() ? "" : " (" + column.description() + ")");
        if (values.isEmpty()) {
            return line;
        }
        String listed = values.stream().limit(VALUES_IN_PROMPT).collect(Collectors.joining(", "));
        boolean all = catalog.categorical(column.name()) && values.size() <= VALUES_IN_PROMPT;
        return line + (all ? ": " + listed : ", e.g. " + listed);
    }

    private static String names(SemanticModel model, ColumnRole role) {
        String names = model.columnsWithRole(role).stream().map(SemanticColumn::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? "(none)" : names;
    }

    public static final class Builder {
        private LanguageModel languageModel;
        private PromptTemplates prompts;
        private LocalSqlGenerator compiler;
        private SqlGenerator rawSql;

        private Builder() {
        }

        public Builder languageModel(LanguageModel model) {
            this.languageModel = model;
            return this;
        }

        public Builder promptTemplates(PromptTemplates prompts) {
            this.prompts = prompts;
            return this;
        }

        /** The local generator whose model, values, today and compiler the model's queries go through. */
        public Builder compiler(LocalSqlGenerator generator) {
            this.compiler = generator;
            return this;
        }

        /** Writes SQL directly for the questions the semantic query form cannot express. */
        public Builder rawSql(SqlGenerator generator) {
            this.rawSql = generator;
            return this;
        }

        public LlmSemanticQueryGenerator build() {
            return new LlmSemanticQueryGenerator(this);
        }
    }
}
