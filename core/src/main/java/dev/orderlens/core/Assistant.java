package dev.orderlens.core;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.llm.LlmAnswerWriter;
import dev.orderlens.core.llm.LlmFollowUpSuggester;
import dev.orderlens.core.llm.LlmQuestionClassifier;
import dev.orderlens.core.llm.LlmSqlGenerator;
import dev.orderlens.core.llm.LlmTitleGenerator;
import dev.orderlens.core.memory.InMemoryChatArchive;
import dev.orderlens.core.memory.InMemoryConversationStore;
import dev.orderlens.core.memory.InMemoryEmbeddingCache;
import dev.orderlens.core.memory.InMemoryFeedbackStore;
import dev.orderlens.core.memory.InMemoryTelemetry;
import dev.orderlens.core.memory.InMemoryVerifiedQuestions;
import dev.orderlens.core.pipeline.AnswerListener;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.core.pipeline.AskQuestionUseCase;
import dev.orderlens.core.pipeline.AssistantService;
import dev.orderlens.core.pipeline.PipelineParts;
import dev.orderlens.core.pipeline.PipelineSettings;
import dev.orderlens.core.pipeline.SqlResultStore;
import dev.orderlens.core.pipeline.TaskExecutors;
import dev.orderlens.core.pipeline.TokenMeter;
import dev.orderlens.core.pipeline.VerifiedAnswers;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.port.ChatArchive;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.core.port.FollowUpSuggester;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.QuestionClassifier;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.Telemetry;
import dev.orderlens.core.port.TitleGenerator;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.port.VerifiedQuestions;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.core.resilience.Fallback;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import dev.orderlens.core.sql.SqlParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * OrderLens as a library: answers questions about orders by SQL or from documents, keeps conversations,
 * takes feedback and titles chats. Build it from ports with {@link #builder()}.
 *
 * <pre>{@code
 * Assistant assistant = Assistant.builder()
 *         .semanticModel(model)
 *         .sqlWarehouse(warehouse)
 *         .vectorIndexes(ordersIndex, analyticsIndex)
 *         .languageModel(chatModel)        // or .questionClassifier(...) etc. without an LLM
 *         .embeddingModel(embeddings)
 *         .build();
 * Answer answer = assistant.ask(new AskCommand("Revenue by month in 2025", sessionId));
 * }</pre>
 */
public final class Assistant implements AskQuestionUseCase {

    private final AssistantService pipeline;
    private final SqlResultStore results;
    private final FeedbackStore feedbackStore;
    private final Telemetry telemetry;
    private final ChatArchive chatArchive;
    private final ConversationStore conversations;
    private final VerifiedAnswers verified;
    /** What names a chat when no generator can: its first six words. */
    private static final TitleGenerator FIRST_WORDS = message -> Arrays.stream(message.strip().split("\\s+"))
            .limit(6).collect(Collectors.joining(" "));

    private final Fallback<TitleGenerator> titles;
    private final SemanticModel semanticModel;
    private final ReadOnlySqlGuard sqlGuard;
    private final Map<String, String> components;

    private Assistant(Builder builder, AssistantService pipeline, SqlResultStore results, VerifiedAnswers verified,
            ReadOnlySqlGuard sqlGuard, Map<String, String> components) {
        this.pipeline = pipeline;
        this.verified = verified;
        this.sqlGuard = sqlGuard;
        this.results = results;
        this.feedbackStore = builder.feedbackStore;
        this.telemetry = builder.telemetry;
        this.chatArchive = builder.chatArchive;
        this.conversations = builder.conversationStore;
        this.titles = builder.titleGenerator == null
                ? Fallback.of(Objects.requireNonNullElse(builder.fallbackTitleGenerator, FIRST_WORDS), null)
                : Fallback.of(builder.titleGenerator, builder.fallbackTitleGenerator);
        this.semanticModel = builder.semanticModel;
        this.components = components;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Answer ask(AskCommand command, AnswerListener listener) {
        return pipeline.ask(command, listener);
    }

    /** The guard every query passes before the warehouse runs it, for SQL a person types as well. */
    public ReadOnlySqlGuard sqlGuard() {
        return sqlGuard;
    }

    /** A held SQL result, for paging and download; empty once it has been evicted. */
    public Optional<SqlResult> result(String resultId) {
        return results.get(resultId);
    }

    /**
     * Keeps the feedback and signals it to telemetry. When the session's conversation still holds the rated
     * answer, the feedback is kept with that turn's question, answer and route rather than what the client sent.
     *
     * @throws RuntimeException when the feedback store cannot keep it (the caller should report and retry)
     */
    public void recordFeedback(Feedback feedback) {
        Feedback kept = aboutAnsweredTurn(feedback);
        feedbackStore.record(kept);
        try {
            telemetry.recordFeedback(kept);
        } catch (RuntimeException ignored) {
            // Telemetry must never fail a user's action; the feedback itself is stored.
        }
    }

    /**
     * The current verdict on each rated answer, newest first (see {@link FeedbackStore#list}).
     *
     * @throws dev.orderlens.core.port.BackendException when the feedback store cannot be read
     */
    public List<Feedback> feedback(FeedbackQuery query) {
        return feedbackStore.list(query);
    }

    /**
     * Saves the query of a recent answer as verified for its question: the same question asked later runs it and
     * its answer is marked verified.
     *
     * @param savedBy who vouches for it
     * @throws VerifiedAnswers.UnknownAnswerException when no recent answer whose query ran has this id
     * @throws dev.orderlens.core.port.BackendException when the store cannot keep it
     */
    public VerifiedQuestion verify(String messageId, String savedBy) {
        return verified.save(messageId, savedBy);
    }

    /**
     * The saved questions, newest first.
     *
     * @throws dev.orderlens.core.port.BackendException when the store cannot be read
     */
    public List<VerifiedQuestion> verifiedQuestions() {
        return verified.list();
    }

    /**
     * Forgets a saved question; its question is answered as any other again.
     *
     * @return whether there was one with this id
     */
    public boolean removeVerified(String id) {
        return verified.remove(id);
    }

    private Feedback aboutAnsweredTurn(Feedback feedback) {
        try {
            for (Turn turn : conversations.load(feedback.sessionId()).turns()) {
                if (turn.messageId().equals(feedback.messageId())) {
                    return feedback.about(turn);
                }
            }
        } catch (RuntimeException e) {
            // The turn only adds detail: feedback is kept as the client sent it rather than lost.
        }
        return feedback;
    }

    /** A title of at most six words for a chat starting with {@code message}; never fails. */
    public String title(String message) {
        try {
            return titles.call(generator -> nonBlank(generator.title(message)), e -> {
            });
        } catch (RuntimeException e) {
            return FIRST_WORDS.title(message);
        }
    }

    private static String nonBlank(String title) {
        if (title.isBlank()) {
            throw new IllegalStateException("the title generator returned a blank title");
        }
        return title;
    }

    public ChatArchive chats() {
        return chatArchive;
    }

    public ConversationStore conversations() {
        return conversations;
    }

    public SemanticModel semanticModel() {
        return semanticModel;
    }

    /** Which implementation serves each port (e.g. {@code warehouse → DuckDbSqlWarehouse}), for diagnostics. */
    public Map<String, String> components() {
        return components;
    }

    /** Builds an {@link Assistant}; defaults are filled in one place, {@link #build()}. */
    public static final class Builder {
        private SemanticModel semanticModel;
        private SqlWarehouse sqlWarehouse;
        private List<VectorIndex> vectorIndexes = List.of();
        private Set<String> recordIndexes = Set.of();
        private LanguageModel languageModel;
        private EmbeddingModel embeddingModel;
        private EmbeddingCache embeddingCache;
        private QuestionClassifier questionClassifier;
        private QuestionClassifier fallbackClassifier;
        private SqlGenerator sqlGenerator;
        private SqlGenerator fallbackSqlGenerator;
        private AnswerWriter answerWriter;
        private AnswerWriter fallbackAnswerWriter;
        private TitleGenerator titleGenerator;
        private TitleGenerator fallbackTitleGenerator;
        private FollowUpSuggester followUpSuggester;
        private ConversationStore conversationStore;
        private ChatArchive chatArchive;
        private FeedbackStore feedbackStore;
        private VerifiedQuestions verifiedQuestions;
        private Telemetry telemetry;
        private Clock clock;
        private Clock wallClock;
        private PipelineSettings settings;
        private List<String> allowedTables;
        private SqlParser sqlParser;
        private ExecutorService executor;
        private PromptTemplates prompts;

        private Builder() {
        }

        public Builder semanticModel(SemanticModel model) {
            this.semanticModel = model;
            return this;
        }

        public Builder sqlWarehouse(SqlWarehouse warehouse) {
            this.sqlWarehouse = warehouse;
            return this;
        }

        public Builder vectorIndexes(VectorIndex... indexes) {
            return vectorIndexes(List.of(indexes));
        }

        public Builder vectorIndexes(List<VectorIndex> indexes) {
            this.vectorIndexes = List.copyOf(indexes);
            return this;
        }

        /**
         * The indexes whose passages each describe one record (an order and its support note). They answer questions
         * about single orders but cannot say why a figure over many orders changed, so the reasons of a "why did …
         * change" answer come from the other indexes (from all, when no other is left).
         */
        public Builder recordIndexes(String... names) {
            this.recordIndexes = Set.of(names);
            return this;
        }

        /** A chat model: with it the classifier, SQL generator, writer, titles and follow-ups default to LLM ones. */
        public Builder languageModel(LanguageModel model) {
            this.languageModel = model;
            return this;
        }

        public Builder embeddingModel(EmbeddingModel model) {
            this.embeddingModel = model;
            return this;
        }

        public Builder embeddingCache(EmbeddingCache cache) {
            this.embeddingCache = cache;
            return this;
        }

        public Builder questionClassifier(QuestionClassifier classifier) {
            this.questionClassifier = classifier;
            return this;
        }

        /** Takes over when the classifier fails (e.g. the local classifier behind the LLM one). */
        public Builder fallbackClassifier(QuestionClassifier classifier) {
            this.fallbackClassifier = classifier;
            return this;
        }

        public Builder sqlGenerator(SqlGenerator generator) {
            this.sqlGenerator = generator;
            return this;
        }

        public Builder fallbackSqlGenerator(SqlGenerator generator) {
            this.fallbackSqlGenerator = generator;
            return this;
        }

        public Builder answerWriter(AnswerWriter writer) {
            this.answerWriter = writer;
            return this;
        }

        public Builder fallbackAnswerWriter(AnswerWriter writer) {
            this.fallbackAnswerWriter = writer;
            return this;
        }

        public Builder titleGenerator(TitleGenerator generator) {
            this.titleGenerator = generator;
            return this;
        }

        public Builder fallbackTitleGenerator(TitleGenerator generator) {
            this.fallbackTitleGenerator = generator;
            return this;
        }

        public Builder followUpSuggester(FollowUpSuggester suggester) {
            this.followUpSuggester = suggester;
            return this;
        }

        public Builder conversationStore(ConversationStore store) {
            this.conversationStore = store;
            return this;
        }

        public Builder chatArchive(ChatArchive archive) {
            this.chatArchive = archive;
            return this;
        }

        public Builder feedbackStore(FeedbackStore store) {
            this.feedbackStore = store;
            return this;
        }

        /** Where questions saved with their right query are kept; default: in memory. */
        public Builder verifiedQuestions(VerifiedQuestions store) {
            this.verifiedQuestions = store;
            return this;
        }

        public Builder telemetry(Telemetry telemetry) {
            this.telemetry = telemetry;
            return this;
        }

        /**
         * The clock relative dates ("this month", "last year") are resolved against; it may be set to another day
         * ({@code ORDERLENS_AS_OF}, the sample's today). Turn and telemetry times come from {@link #wallClock}.
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** When things happen: the times of turns and telemetry. Default: the system clock in UTC. */
        public Builder wallClock(Clock wallClock) {
            this.wallClock = wallClock;
            return this;
        }

        public Builder settings(PipelineSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Tables generated SQL may read; defaults to the semantic model's table. */
        public Builder allowedTables(List<String> tables) {
            this.allowedTables = List.copyOf(tables);
            return this;
        }

        /**
         * The warehouse's own SQL parser, so the read-only guard decides on generated SQL as the engine reads it
         * (see {@link ReadOnlySqlGuard}). Without one only the guard's lexical check stands before the warehouse.
         */
        public Builder sqlParser(SqlParser parser) {
            this.sqlParser = parser;
            return this;
        }

        /** Runs the parallel index searches; defaults to a thread per task (virtual when available). */
        public Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        public Builder promptTemplates(PromptTemplates prompts) {
            this.prompts = prompts;
            return this;
        }

        public Assistant build() {
            Objects.requireNonNull(semanticModel, "a semanticModel is required");
            Objects.requireNonNull(sqlWarehouse, "a sqlWarehouse is required");
            if (vectorIndexes.isEmpty()) {
                throw new IllegalStateException("at least one vector index is required");
            }
            clock = clock == null ? Clock.systemDefaultZone() : clock;
            wallClock = wallClock == null ? Clock.systemUTC() : wallClock;
            settings = settings == null ? PipelineSettings.defaults() : settings;
            prompts = prompts == null ? PromptTemplates.fromClasspath() : prompts;
            embeddingCache = embeddingCache == null ? new InMemoryEmbeddingCache() : embeddingCache;
            conversationStore = conversationStore == null
                    ? new InMemoryConversationStore(settings.maxTurns(), InMemoryConversationStore.DEFAULT_MAX_SESSIONS)
                    : conversationStore;
            chatArchive = chatArchive == null ? new InMemoryChatArchive() : chatArchive;
            feedbackStore = feedbackStore == null ? new InMemoryFeedbackStore() : feedbackStore;
            telemetry = telemetry == null ? new InMemoryTelemetry() : telemetry;
            verifiedQuestions = verifiedQuestions == null ? new InMemoryVerifiedQuestions() : verifiedQuestions;
            executor = executor == null ? TaskExecutors.perTask("orderlens-retrieval") : executor;
            fillAnsweringComponentsFromLanguageModel();
            requireAnsweringComponents();

            ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder()
                    .allowedTables(allowedTables == null ? List.of(semanticModel.table()) : allowedTables)
                    .parser(sqlParser)
                    .rowLimit(settings.maxRows())
                    .build();
            SqlResultStore results = new SqlResultStore(SqlResultStore.DEFAULT_MAX_RESULTS);
            Map<String, String> components = describeComponents();
            VerifiedAnswers verified = new VerifiedAnswers(verifiedQuestions, wallClock);
            PipelineParts parts = new PipelineParts(Fallback.of(questionClassifier, fallbackClassifier),
                    Fallback.of(sqlGenerator, fallbackSqlGenerator), Fallback.of(answerWriter, fallbackAnswerWriter),
                    followUpSuggester, sqlWarehouse, guard,
                    vectorIndexes, recordIndexes, embeddingModel, embeddingCache, conversationStore, telemetry, results, verified,
                    executor, wallClock, components);
            return new Assistant(this, new AssistantService(parts, settings), results, verified, guard,
                    components);
        }

        private void fillAnsweringComponentsFromLanguageModel() {
            if (languageModel == null) {
                return;
            }
            LanguageModel metered = TokenMeter.metered(languageModel);
            if (questionClassifier == null) {
                questionClassifier = new LlmQuestionClassifier(metered, prompts, semanticModel, clock);
            }
            if (sqlGenerator == null) {
                sqlGenerator = new LlmSqlGenerator(metered, prompts, semanticModel, clock);
            }
            if (answerWriter == null) {
                answerWriter = new LlmAnswerWriter(metered, prompts);
            }
            if (titleGenerator == null) {
                titleGenerator = new LlmTitleGenerator(metered, prompts);
            }
            if (followUpSuggester == null) {
                followUpSuggester = new LlmFollowUpSuggester(metered, prompts, semanticModel);
            }
        }

        private void requireAnsweringComponents() {
            List<String> missing = new ArrayList<>();
            if (questionClassifier == null) {
                missing.add("questionClassifier");
            }
            if (sqlGenerator == null) {
                missing.add("sqlGenerator");
            }
            if (answerWriter == null) {
                missing.add("answerWriter");
            }
            if (followUpSuggester == null) {
                missing.add("followUpSuggester");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("without a languageModel these are required: " + missing);
            }
        }

        private Map<String, String> describeComponents() {
            Map<String, String> names = new LinkedHashMap<>();
            names.put("warehouse", name(sqlWarehouse));
            names.put("vector_indexes", vectorIndexes.stream().map(i -> i.name() + " (" + name(i) + ")")
                    .collect(Collectors.joining(", ")));
            names.put("language_model", languageModel == null ? "none" : languageModel.modelName());
            names.put("embedding_model", embeddingModel == null ? "none" : embeddingModel.modelName());
            names.put("classifier", name(questionClassifier) + fallbackName(fallbackClassifier));
            names.put("sql_generator", name(sqlGenerator) + fallbackName(fallbackSqlGenerator));
            names.put("answer_writer", name(answerWriter) + fallbackName(fallbackAnswerWriter));
            names.put("conversation_store", name(conversationStore));
            names.put("embedding_cache", name(embeddingCache));
            names.put("chat_archive", name(chatArchive));
            names.put("feedback_store", name(feedbackStore));
            names.put("verified_questions", name(verifiedQuestions));
            names.put("telemetry", name(telemetry));
            return names;
        }

        private static String name(Object component) {
            return component.getClass().getSimpleName().isEmpty()
                    ? component.getClass().getName()
                    : component.getClass().getSimpleName();
        }

        private static String fallbackName(Object fallback) {
            return fallback == null ? "" : " → " + name(fallback);
        }
    }
}
