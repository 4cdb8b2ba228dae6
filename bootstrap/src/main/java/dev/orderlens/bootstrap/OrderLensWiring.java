package dev.orderlens.bootstrap;

import dev.orderlens.answering.LlmSemanticQueryGenerator;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.ingest.IngestStatus;
import dev.orderlens.core.ingest.OrderEventIngest;
import dev.orderlens.core.memory.InMemoryChatArchive;
import dev.orderlens.core.memory.InMemoryEmbeddingCache;
import dev.orderlens.core.llm.LlmSqlGenerator;
import dev.orderlens.core.pipeline.PipelineSettings;
import dev.orderlens.core.pipeline.TokenMeter;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.core.port.ChatArchive;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.OrderTableWriter;
import dev.orderlens.core.port.SearchIndexSync;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.Telemetry;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.port.VerifiedQuestions;
import dev.orderlens.core.resilience.CircuitBreaker;
import dev.orderlens.core.resilience.CircuitBreakingEmbeddingModel;
import dev.orderlens.core.resilience.CircuitBreakingLanguageModel;
import dev.orderlens.core.resilience.CircuitBreakingSqlWarehouse;
import dev.orderlens.core.resilience.CircuitBreakingVectorIndex;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.core.sql.SqlParser;
import dev.orderlens.databricks.DatabricksFeedbackStore;
import dev.orderlens.databricks.DatabricksIndexSync;
import dev.orderlens.databricks.DatabricksOrderIndexUpdater;
import dev.orderlens.databricks.DatabricksOrderTableWriter;
import dev.orderlens.databricks.DatabricksSettings;
import dev.orderlens.databricks.DatabricksSqlWarehouse;
import dev.orderlens.databricks.DatabricksVectorIndex;
import dev.orderlens.databricks.DatabricksWorkspace;
import dev.orderlens.databricks.DatabricksWriterSettings;
import dev.orderlens.databricks.SparkSqlParser;
import dev.orderlens.local.conversation.FileConversationStore;
import dev.orderlens.local.verified.FileVerifiedQuestions;
import dev.orderlens.local.duckdb.DuckDbFeedbackStore;
import dev.orderlens.local.duckdb.DuckDbOrderTableWriter;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.embedding.MiniLmEmbeddingModel;
import dev.orderlens.local.ingest.JsonLinesEventJournal;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import dev.orderlens.local.search.IndexDocument;
import dev.orderlens.local.search.LuceneOrderIndexUpdater;
import dev.orderlens.local.search.LuceneVectorIndex;
import dev.orderlens.local.search.OrderDocumentRenderer;
import dev.orderlens.local.telemetry.JsonLinesTelemetry;
import dev.orderlens.mlflow.MlflowSettings;
import dev.orderlens.mlflow.MlflowTelemetry;
import dev.orderlens.openai.OpenAiEmbeddingModel;
import dev.orderlens.openai.OpenAiSettings;
import dev.orderlens.redis.FailoverConversationStore;
import dev.orderlens.redis.RedisChatArchive;
import dev.orderlens.redis.RedisConversationStore;
import dev.orderlens.redis.RedisEmbeddingCache;
import dev.orderlens.redis.RedisSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;

/**
 * Turns settings into a running {@link OrderLens}: for every outside system whose settings are present it
 * builds the adapter, for every other one the embedded default, and it tells the listener what it picked.
 */
public final class OrderLensWiring {

    /** What order events do to an orders index when the semantic model gives the orders no documents. */
    private static final OrderIndexUpdater NO_ORDERS_INDEX = changes -> { };

    private final Map<String, String> env;
    private final StartupListener listener;
    private final OrderLensSettings settings;
    private final BreakerSettings breakers;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<BackendCheck> checks = new ArrayList<>();

    private OrderLensWiring(Map<String, String> env, StartupListener listener) {
        this.env = Map.copyOf(env);
        this.listener = listener;
        this.settings = OrderLensSettings.from(env);
        this.breakers = BreakerSettings.from(env);
    }

    /**
     * Wires OrderLens from settings (the process environment merged with {@code .env.local}, or a test's map).
     *
     * @throws SettingsException when a setting cannot be used
     */
    public static OrderLens start(Map<String, String> env, StartupListener listener) {
        OrderLensWiring wiring = new OrderLensWiring(env, listener);
        try {
            return wiring.wire();
        } catch (RuntimeException e) {
            wiring.closeResources();
            throw e;
        }
    }

    /**
     * Only the feedback store the settings pick, as {@link #start} wires it, for reading feedback without the rest:
     * a running web app holds the search indexes, and loading the embedding model takes seconds.
     *
     * @throws SettingsException when a setting cannot be used
     */
    public static FeedbackStore feedbackStore(Map<String, String> env, StartupListener listener) {
        Optional<DatabricksSettings> databricks = DatabricksSettings.from(env);
        return new OrderLensWiring(env, listener).feedbackStore(databricks.map(DatabricksWorkspace::from), databricks);
    }

    /**
     * Only the verified questions the settings keep, as {@link #start} wires them, for listing and removing them
     * without the rest (a running web app holds the search indexes).
     */
    public static VerifiedQuestions verifiedQuestions(Map<String, String> env, StartupListener listener) {
        return new OrderLensWiring(env, listener).verifiedQuestions();
    }

    private OrderLens wire() {
        Optional<DatabricksSettings> databricks = DatabricksOrders.settings(env);
        Optional<OpenAiSettings> openAi = OpenAiSettings.from(env);
        Optional<RedisConnection> redis = RedisSettings.from(env).map(this::connect);
        Optional<MlflowSettings> mlflow = MlflowSettings.from(env);

        boolean sampleModel = DatabricksOrders.modelFile(env, settings).isEmpty();
        SemanticModelFile modelFile = DatabricksOrders.semanticModel(env, settings);
        Optional<DatabricksWorkspace> workspace = databricks.map(DatabricksWorkspace::from);
        if (databricks.isPresent()) {
            modelFile = modelFile.withTable(databricks.get().ordersTable());
        }
        Clock clock = clock(modelFile);
        MiniLmEmbeddingModel localEmbeddings = MiniLmEmbeddingModel.builder().build();

        // Databricks Vector Search embeds questions itself; the embedded indexes need the model they were built with.
        Optional<EmbeddingModel> searchEmbeddings = databricks.isPresent() ? Optional.empty()
                : Optional.of(searchEmbeddings(openAi, localEmbeddings));
        // Opened first: when another process (orderlens web or chat) owns the home, its data is not ours to change.
        SemanticModel searched = modelFile.model();
        Optional<LuceneIndexes> lucene = searchEmbeddings.map(embeddings -> openLuceneIndexes(embeddings, searched));
        boolean sharedHome = lucene.isPresent() && lucene.get().sharedReadOnly();
        SqlBackend sql;
        List<VectorIndex> indexes;
        // the analytics documents, read only by a process that owns both indexes
        Optional<List<IndexDocument>> documents = Optional.empty();
        if (databricks.isPresent() && databricks.get().warehouse().isPresent()) {
            sql = databricksWarehouse(workspace.get(), databricks.get());
        } else {
            if (databricks.isPresent()) {
                listener.info("warehouse: DATABRICKS_WAREHOUSE_ID is not set, so the embedded DuckDB is used");
            }
            if (sharedHome) {
                listener.info("home: another process owns " + settings.home() + ", so its data and indexes are "
                        + "read as that process keeps them");
            } else {
                documents = Optional.of(ensureEmbeddedData());
            }
            sql = duckDb(OrdersData.ordersFile(settings), modelFile.model().table());
        }
        SqlWarehouse warehouse = sql.warehouse();
        if (databricks.isPresent()) {
            indexes = databricksIndexes(workspace.get(), databricks.get());
        } else {
            synchronizeAndReport(lucene.get(), warehouse, modelFile, documents);
            indexes = List.copyOf(lucene.get().present());
        }

        PipelineSettings pipeline = PipelineSettings.defaults().withRouting(settings.routing())
                .withSqlTimeout(settings.sqlTimeout());
        LocalAnswering local = LocalAnswering.create(modelFile, warehouse, localEmbeddings, documentWords(lucene),
                pipeline.maxRows(), clock, listener);
        Assistant.Builder builder = Assistant.builder()
                .semanticModel(modelFile.model())
                .sqlWarehouse(warehouse)
                .sqlParser(sql.parser())
                .allowedTables(List.of(sql.table()))
                .vectorIndexes(indexes)
                .recordIndexes(EmbeddedIndexes.ORDERS)
                .clock(clock)
                .settings(pipeline)
                .conversationStore(conversationStore(redis))
                .embeddingCache(embeddingCache(redis))
                .chatArchive(chatArchive(redis))
                .feedbackStore(feedbackStore(workspace, databricks))
                .verifiedQuestions(verifiedQuestions())
                .telemetry(telemetry(mlflow));
        searchEmbeddings.ifPresent(builder::embeddingModel);
        if (openAi.isPresent()) {
            LanguageModel model = new CircuitBreakingLanguageModel(openAi.get().buildLanguageModel(),
                    breakers.breaker("OpenAI-compatible model"));
            report("language model", "OpenAI-compatible (" + openAi.get().provider() + ")",
                    openAi.get().baseUrl() + " · " + model.modelName(), false, () -> ping(model));
            builder.languageModel(model)
                    .fallbackClassifier(local.classifier())
                    .sqlGenerator(semanticQueries(model, local, modelFile, clock))
                    .fallbackSqlGenerator(local.sqlGenerator())
                    .fallbackAnswerWriter(local.writer())
                    .fallbackTitleGenerator(local.titles());
        } else {
            report("language model", "none: local answering from the semantic model", "", true, () -> "no model needed");
            builder.questionClassifier(local.classifier())
                    .sqlGenerator(local.sqlGenerator())
                    .answerWriter(local.writer())
                    .titleGenerator(local.titles())
                    .followUpSuggester(local.followUps());
        }
        Assistant assistant = builder.build();
        Optional<OrderIngest> ingest = Optional.empty();
        if (settings.ingest().enabled() && sharedHome) {
            ingest = ingestOff("another process owns this home's indexes; send order events to that process");
        } else if (settings.ingest().enabled()) {
            ingest = ingest(modelFile.model(), databricks.isPresent()
                    ? databricksIngestTarget(databricks.get(), modelFile.model(), localEmbeddings)
                    : Optional.of(embeddedIngestTarget(modelFile.model(), sql, lucene.orElseThrow(),
                            documents.orElseThrow())),
                    databricks);
        }
        return new OrderLens(assistant, warehouse, settings, checks, ExampleQuestions.forModel(modelFile.model(),
                sampleModel && databricks.isEmpty() && !Files.isRegularFile(OrdersData.userOrders(settings))),
                ingest, resources);
    }

    /**
     * The model fills in the semantic query form, compiled as the local parser's queries are; it writes SQL itself
     * only for what the form cannot express.
     */
    private static SqlGenerator semanticQueries(LanguageModel model, LocalAnswering local, SemanticModelFile modelFile,
            Clock clock) {
        LanguageModel metered = TokenMeter.metered(model);
        PromptTemplates prompts = PromptTemplates.fromClasspath();
        return LlmSemanticQueryGenerator.builder().languageModel(metered).promptTemplates(prompts)
                .compiler(local.sqlGenerator())
                .rawSql(new LlmSqlGenerator(metered, prompts, modelFile.model(), clock))
                .build();
    }

    private Optional<OrderIngest> ingest(SemanticModel model, Optional<IngestTarget> remoteOrEmbedded,
            Optional<DatabricksSettings> databricks) {
        List<String> missing = Arrays.stream(OrderColumn.values()).map(OrderColumn::column)
                .filter(column -> model.column(column).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return ingestOff("the semantic model has no column " + String.join(", ", missing)
                    + ", which order events write");
        }
        if (remoteOrEmbedded.isEmpty()) {
            return ingestOff(databricks.orElseThrow().warehouse().isEmpty()
                    ? "writing order events to Databricks needs DATABRICKS_WAREHOUSE_ID"
                    : "writing order events to Databricks needs a writer principal (DATABRICKS_WRITER_TOKEN, or "
                    + "DATABRICKS_WRITER_CLIENT_ID and DATABRICKS_WRITER_CLIENT_SECRET); the read-only query "
                    + "principal never writes");
        }
        IngestTarget target = remoteOrEmbedded.get();
        JsonLinesEventJournal journal;
        try {
            journal = JsonLinesEventJournal.open(settings.ingestJournal());
        } catch (IllegalStateException e) {
            return ingestOff(e.getMessage());
        }
        OrderEventIngest events = OrderEventIngest.builder().journal(journal).orderTable(target.table())
                .orderIndex(target.index()).build();
        events.start();
        OrderIngest ingest = new OrderIngest(events, target.sync(), target.description());
        resources.add(ingest);
        report("ingest", "journal, applied to " + target.description(), settings.ingestJournal().toString(),
                target.embedded(), () -> describe(ingest.status()));
        return Optional.of(ingest);
    }

    /** Where order events are applied: the orders table, the orders index, and the sync of all indexes. */
    private record IngestTarget(OrderTableWriter table, OrderIndexUpdater index, SearchIndexSync sync,
            String description, boolean embedded) {
    }

    private static IngestTarget embeddedIngestTarget(SemanticModel model, SqlBackend sql, LuceneIndexes lucene,
            List<IndexDocument> documents) {
        DuckDbSqlWarehouse duckDb = sql.embedded().orElseThrow();
        OrderIndexUpdater index = lucene.orders().<OrderIndexUpdater>map(orders ->
                LuceneOrderIndexUpdater.of(orders, duckDb, model)).orElse(NO_ORDERS_INDEX);
        return new IngestTarget(DuckDbOrderTableWriter.of(duckDb, model.table()), index,
                new EmbeddedIndexSync(lucene.orders(), lucene.analytics(), duckDb, model, documents),
                "the embedded DuckDB table " + model.table()
                + (lucene.orders().isPresent() ? " and Lucene orders index" : ""), true);
    }

    private Optional<IngestTarget> databricksIngestTarget(DatabricksSettings databricks, SemanticModel model,
            EmbeddingModel embeddings) {
        Optional<DatabricksWriterSettings> writer = DatabricksWriterSettings.from(env);
        if (writer.isEmpty() || writer.get().warehouse(databricks).isEmpty()) {
            return Optional.empty();
        }
        DatabricksWorkspace workspace = writer.get().workspace(databricks);
        DatabricksOrderTableWriter table = DatabricksOrderTableWriter.builder().workspace(workspace)
                .warehouseId(writer.get().warehouse(databricks).get()).table(databricks.ordersTable()).build();
        OrderIndexUpdater index = NO_ORDERS_INDEX;
        if (model.documents().indexed()) {
            OrderDocumentRenderer renderer = OrderDocumentRenderer.of(model);
            index = DatabricksOrderIndexUpdater.builder().workspace(workspace)
                    .indexName(databricks.ordersIndex()).orderTable(table).embeddingModel(embeddings)
                    .text(row -> {
                        IndexDocument document = renderer.render(row);
                        return document.title() + "\n" + document.text();
                    }).build();
        }
        DatabricksIndexSync sync = DatabricksIndexSync.builder().workspace(workspace)
                .indexNames(List.of(databricks.ordersIndex(), databricks.analyticsIndex())).build();
        return Optional.of(new IngestTarget(table, index, sync, "Databricks table " + databricks.ordersTable()
                + " (MERGE as the writer principal) and vector index " + databricks.ordersIndex(), false));
    }

    private Optional<OrderIngest> ingestOff(String reason) {
        if (settings.ingest().required()) {
            throw new SettingsException("ingest cannot start: " + reason);
        }
        listener.info("ingest: off (" + reason + ")");
        return Optional.empty();
    }

    private static String describe(IngestStatus status) {
        if (status.lastFailure().isPresent()) {
            throw new IllegalStateException(status.pending() + " events waiting; applying them failed: "
                    + status.lastFailure().get());
        }
        return status.applied() + " events applied, " + status.pending() + " pending, "
                + status.waitingForCreation() + " orders waiting for their created event"
                + (status.refusedOrders().isEmpty() ? "" : ", " + status.refusedOrders().size()
                + " orders refused by the warehouse (see /api/ingest/status)");
    }

    private Clock clock(SemanticModelFile modelFile) {
        Optional<LocalDate> today = settings.asOf().or(() -> Optional.ofNullable(modelFile.model().today()));
        if (today.isEmpty()) {
            return Clock.systemUTC();
        }
        Clock system = Clock.systemUTC();
        LocalDate realToday = LocalDate.now(system);
        listener.info("today is " + today.get() + " for relative dates (ORDERLENS_AS_OF)");
        return Clock.offset(system, Duration.between(realToday.atStartOfDay(ZoneOffset.UTC),
                today.get().atStartOfDay(ZoneOffset.UTC)));
    }

    /**
     * Generates the sample unless the user's own orders are loaded, and returns what the analytics index holds: the
     * user's own documents when {@code data docs} kept some, else the sample's, and none beside the user's orders,
     * whose questions the sample's documents would answer wrongly.
     */
    private List<IndexDocument> ensureEmbeddedData() {
        boolean ownOrders = Files.isRegularFile(OrdersData.userOrders(settings));
        Optional<List<IndexDocument>> own = OwnDocuments.indexDocuments(settings);
        if (ownOrders) {
            return own.orElse(List.of());
        }
        Path dataDir = settings.dataDirectory();
        SampleDataset sample = SampleDataset.ensure(dataDir,
                new SampleOptions(SampleOptions.DEFAULT_SEED, settings.sampleOrders()), listener::progress);
        if (sample.freshlyGenerated()) {
            listener.info("generated the sample dataset in " + dataDir);
        }
        return own.orElseGet(() -> EmbeddedIndexes.analyticsDocuments(sample.documents()));
    }

    private SqlBackend duckDb(Path file, String table) {
        DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).build();
        resources.add(warehouse);
        report("warehouse", "DuckDB (embedded, read-only)", file.toString(), true, () -> countRows(warehouse, table));
        return new SqlBackend(warehouse, warehouse.parser(), warehouse.qualifiedName(table), Optional.of(warehouse));
    }

    private SqlBackend databricksWarehouse(DatabricksWorkspace workspace, DatabricksSettings databricks) {
        SqlWarehouse warehouse = new CircuitBreakingSqlWarehouse(DatabricksSqlWarehouse.builder().workspace(workspace)
                .warehouseId(databricks.warehouse().orElseThrow()).build(), breakers.breaker("Databricks SQL"));
        report("warehouse", "Databricks SQL", databricks.host() + " · warehouse " + databricks.warehouse().get()
                + " · " + databricks.ordersTable(), false, () -> countRows(warehouse, databricks.ordersTable()));
        return new SqlBackend(warehouse, new SparkSqlParser(), databricks.ordersTable(), Optional.empty());
    }

    /**
     * A warehouse with what the guard needs of it.
     *
     * @param parser the engine's parser, or the closest reading of its dialect that runs in process
     * @param table the orders table as the guard should know it: fully qualified, so every way of naming it passes
     * @param embedded the same warehouse when it is the embedded DuckDB, which order events may write to
     */
    private record SqlBackend(SqlWarehouse warehouse, SqlParser parser, String table,
            Optional<DuckDbSqlWarehouse> embedded) {
    }

    /**
     * The embedded search indexes, which order events update too; no orders index when the semantic model gives
     * the orders no documents (no text column).
     */
    private record LuceneIndexes(Optional<LuceneVectorIndex> orders, LuceneVectorIndex analytics) {
        List<LuceneVectorIndex> present() {
            List<LuceneVectorIndex> present = new ArrayList<>();
            orders.ifPresent(present::add);
            present.add(analytics);
            return present;
        }

        boolean sharedReadOnly() {
            return orders.map(LuceneVectorIndex::isReadOnly).orElse(false) || analytics.isReadOnly();
        }
    }

    private static String countRows(SqlWarehouse warehouse, String table) {
        SqlResult result = warehouse.execute(new SqlQuery("SELECT count(*) AS orders FROM " + table, 1,
                Duration.ofSeconds(30)));
        return result.rows().get(0).get(0) + " rows in " + table;
    }

    /**
     * Whether the embedded indexes hold a word. Databricks Vector Search offers no term look-up, and an index that
     * cannot be read now proves nothing: then every word counts as one the documents may hold.
     */
    private static Predicate<String> documentWords(Optional<LuceneIndexes> lucene) {
        return word -> {
            try {
                return lucene.map(l -> l.present().stream().anyMatch(index -> index.containsWord(word))).orElse(true);
            } catch (RuntimeException e) {
                return true;
            }
        };
    }

    private LuceneIndexes openLuceneIndexes(EmbeddingModel embeddings, SemanticModel model) {
        Optional<LuceneVectorIndex> orders = Optional.empty();
        if (model.documents().indexed()) {
            orders = Optional.of(EmbeddedIndexes.open(EmbeddedIndexes.ORDERS, settings.indexDirectory(), embeddings));
            resources.add(orders.get());
        }
        var analytics = EmbeddedIndexes.open(EmbeddedIndexes.ANALYTICS, settings.indexDirectory(), embeddings);
        resources.add(analytics);
        return new LuceneIndexes(orders, analytics);
    }

    private void synchronizeAndReport(LuceneIndexes lucene, SqlWarehouse warehouse, SemanticModelFile modelFile,
            Optional<List<IndexDocument>> documents) {
        Path directory = settings.indexDirectory();
        Optional<LuceneVectorIndex> orders = lucene.orders();
        LuceneVectorIndex analytics = lucene.analytics();
        // The process that owns an index keeps it current; a reader must not take its lock to do so.
        if (orders.isPresent() && !orders.get().isReadOnly()) {
            EmbeddedIndexes.synchronize(orders.get(), EmbeddedIndexes.orderDocuments(warehouse, modelFile.model()),
                    listener);
        }
        // a process that won the analytics index but not the orders one (two started at once) read no documents:
        // it leaves the index as the other process keeps it rather than emptying it
        if (!analytics.isReadOnly() && documents.isPresent()) {
            EmbeddedIndexes.synchronize(analytics, documents.get(), listener);
        }
        if (analytics.documentCount() == 0) {
            listener.info("analytics: " + OwnDocuments.NONE_YET);
        }
        if (orders.isEmpty()) {
            report("vector index " + EmbeddedIndexes.ORDERS, "none: " + modelFile.model().whyNoDocuments()
                    .orElseThrow(), "", true, () -> "questions search the analytics index only");
        }
        for (var index : lucene.present()) {
            report("vector index " + index.name(), "Lucene hybrid (BM25 + HNSW, embedded" + (index.isReadOnly()
                    ? ", shared read-only: another process owns it)" : ")"),
                    directory.resolve(index.name()) + " · " + index.documentCount() + " documents", true,
                    () -> index.documentCount() == 0 && index == analytics ? OwnDocuments.NONE_YET : probe(index));
        }
    }

    private List<VectorIndex> databricksIndexes(DatabricksWorkspace workspace, DatabricksSettings databricks) {
        List<VectorIndex> indexes = new ArrayList<>();
        CircuitBreaker vectorSearch = breakers.breaker("Databricks Vector Search");
        for (String[] index : List.of(new String[] {EmbeddedIndexes.ORDERS, databricks.ordersIndex()},
                new String[] {EmbeddedIndexes.ANALYTICS, databricks.analyticsIndex()})) {
            VectorIndex vectorIndex = new CircuitBreakingVectorIndex(DatabricksVectorIndex.builder()
                    .workspace(workspace).indexName(index[1]).name(index[0])
                    .queryMode(DatabricksVectorIndex.QueryMode.HYBRID).build(), vectorSearch);
            report("vector index " + index[0], "Databricks Vector Search", databricks.host() + " · " + index[1],
                    false, () -> probe(vectorIndex));
            indexes.add(vectorIndex);
        }
        return indexes;
    }

    /**
     * The model that embeds documents and questions for the embedded indexes: the OpenAI-compatible one when
     * {@code OPENAI_EMBEDDING_MODEL} names it (the indexes rebuild for it, as for any change of model), else MiniLM.
     * A remote model that does not answer at start leaves MiniLM for this run, so that the indexes are not rebuilt
     * for a model that cannot embed them; the next start tries again.
     */
    private EmbeddingModel searchEmbeddings(Optional<OpenAiSettings> openAi, EmbeddingModel local) {
        Optional<OpenAiEmbeddingModel> configured = openAi.flatMap(OpenAiSettings::buildEmbeddingModel);
        if (configured.isEmpty()) {
            return local;
        }
        EmbeddingModel remote = new CircuitBreakingEmbeddingModel(configured.get(),
                breakers.breaker("OpenAI-compatible embeddings"));
        try {
            remote.dimension();
        } catch (RuntimeException e) {
            listener.info("embedding model: " + remote.modelName() + " did not answer (" + e.getMessage()
                    + "), so the embedded MiniLM is used until the next start");
            return local;
        }
        report("embedding model", "OpenAI-compatible (" + openAi.get().provider() + ")",
                openAi.get().baseUrl() + " · " + remote.modelName(), false,
                () -> remote.embed("late delivery").length + " dimensions");
        return remote;
    }

    private static String probe(VectorIndex index) {
        int found = index.search(new VectorQuery("late delivery refund", null, 3)).size();
        return found + " passages for a test query";
    }

    private static String ping(LanguageModel model) {
        Completion reply = model.complete(CompletionRequest.text(List.of(ChatMessage.user("Reply with OK.")), 0, 5));
        return "answered '" + reply.text().strip() + "'";
    }

    private ConversationStore conversationStore(Optional<RedisConnection> redis) {
        Path directory = settings.home().resolve("conversations");
        FileConversationStore files = FileConversationStore.builder().directory(directory).build();
        if (redis.isEmpty()) {
            report("conversation store", "files in the home (kept across restarts)", directory.toString(), true,
                    () -> "writable");
            return files;
        }
        RedisConversationStore store = RedisConversationStore.builder().client(redis.get().client())
                .ttl(redis.get().settings().ttl()).build();
        report("conversation store", "Redis (files in the home while Redis is down)", redis.get().settings().toString(), false,
                () -> {
                    store.load("orderlens-health-check");
                    return "reachable";
                });
        return FailoverConversationStore.builder().primary(store).fallback(files).build();
    }

    private static EmbeddingCache embeddingCache(Optional<RedisConnection> redis) {
        if (redis.isEmpty()) {
            return new InMemoryEmbeddingCache();
        }
        return RedisEmbeddingCache.builder().client(redis.get().client()).build();
    }

    private ChatArchive chatArchive(Optional<RedisConnection> redis) {
        if (redis.isEmpty()) {
            report("chat archive", "in memory", "", true, () -> "in process");
            return new InMemoryChatArchive();
        }
        return RedisChatArchive.builder().client(redis.get().client()).build();
    }

    /** One client for every Redis-backed store: its settings and the pooled connection it opens. */
    private record RedisConnection(RedisSettings settings, UnifiedJedis client) {
    }

    private RedisConnection connect(RedisSettings redis) {
        UnifiedJedis client = redis.createClient();
        resources.add(client);
        return new RedisConnection(redis, client);
    }

    private FeedbackStore feedbackStore(Optional<DatabricksWorkspace> workspace,
            Optional<DatabricksSettings> databricks) {
        if (workspace.isPresent() && databricks.get().warehouse().isPresent()) {
            DatabricksFeedbackStore store = DatabricksFeedbackStore.builder().workspace(workspace.get())
                    .warehouseId(databricks.get().warehouse().get()).table(databricks.get().feedbackTable())
                    .outboxDirectory(settings.home().resolve("outbox")).build();
            report("feedback store", "Databricks table (local outbox while unreachable)",
                    databricks.get().feedbackTable(), false, () -> store.outboxSize() + " waiting in the outbox");
            return store;
        }
        Path file = settings.home().resolve("feedback").resolve("feedback.duckdb");
        DuckDbFeedbackStore store = DuckDbFeedbackStore.builder().databaseFile(file).build();
        report("feedback store", "DuckDB table (embedded)", file.toString(), true, () -> "writable");
        return store;
    }

    private VerifiedQuestions verifiedQuestions() {
        Path file = settings.home().resolve("verified").resolve("questions.json");
        FileVerifiedQuestions store = FileVerifiedQuestions.builder().file(file).build();
        report("verified questions", "JSON file in the home", file.toString(), true,
                () -> store.list().size() + " saved");
        return store;
    }

    private Telemetry telemetry(Optional<MlflowSettings> mlflow) {
        if (mlflow.isPresent()) {
            MlflowTelemetry telemetry = MlflowTelemetry.builder().settings(mlflow.get()).build();
            resources.add(telemetry);
            report("telemetry", "MLflow", mlflow.get().toString(), false,
                    telemetry::checkConnection);
            return telemetry;
        }
        Path file = settings.home().resolve("telemetry").resolve("requests.jsonl");
        report("telemetry", "JSON lines (embedded)", file.toString(), true, () -> "appending");
        return JsonLinesTelemetry.builder().file(file).build();
    }

    private void report(String port, String implementation, String target, boolean embedded,
            Supplier<String> probe) {
        listener.info(port + ": " + implementation + (target.isEmpty() ? "" : " (" + target + ")"));
        checks.add(new BackendCheck(BackendStatus.configured(port, implementation, target, embedded), probe));
    }

    private void closeResources() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // Closing what was opened before a failure; the failure itself is what the caller sees.
            }
        }
    }
}
