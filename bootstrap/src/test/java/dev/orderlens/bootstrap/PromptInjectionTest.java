package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.core.pipeline.PipelineSettings;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.embedding.MiniLmEmbeddingModel;
import dev.orderlens.local.search.LuceneVectorIndex;
import dev.orderlens.testsupport.SharedTestHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prompt injection against the embedded warehouse: a corpus of questions that ask for writes, several
 * statements, other tables, files, extensions and settings, asked of the local answering (no model) and of a
 * pipeline whose model obeys them and writes that SQL. Whatever the model writes, only one read-only SELECT or
 * WITH over the orders table reaches the warehouse (recorded on its way in), the orders file is byte for byte
 * what it was, and each question gets an answer in words rather than an exception.
 */
class PromptInjectionTest {

    private static final String TABLE = "orders";
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final ObedientModel MODEL = new ObedientModel();
    private static final List<AutoCloseable> OPEN = new ArrayList<>();
    private static Path ordersFile;
    private static String digestBefore;
    private static long rowsBefore;
    private static Assistant local;
    private static Assistant withModel;

    @BeforeAll
    static void wire() throws Exception {
        Map<String, String> env = Map.of("ORDERLENS_HOME", SharedTestHome.path().toString());
        OrderLensWiring.start(env, StartupListener.SILENT).close();
        OrderLensSettings settings = OrderLensSettings.from(env);
        ordersFile = OrdersData.ordersFile(settings);
        digestBefore = digest(ordersFile);

        DuckDbSqlWarehouse duckDb = open(DuckDbSqlWarehouse.builder().databaseFile(ordersFile).build());
        SqlWarehouse warehouse = new RecordingWarehouse(duckDb);
        rowsBefore = rows(duckDb);
        SemanticModelFile modelFile = SemanticModelFile.loadDefault();
        MiniLmEmbeddingModel embeddings = MiniLmEmbeddingModel.builder().build();
        List<VectorIndex> indexes = List.of(index(settings, EmbeddedIndexes.ORDERS, embeddings),
                index(settings, EmbeddedIndexes.ANALYTICS, embeddings));
        Clock clock = Clock.fixed(modelFile.model().today().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        LocalAnswering answering = LocalAnswering.create(modelFile, warehouse, embeddings, word -> true,
                PipelineSettings.defaults().maxRows(), clock, StartupListener.SILENT);

        local = Assistant.builder().semanticModel(modelFile.model()).sqlWarehouse(warehouse).vectorIndexes(indexes)
                .embeddingModel(embeddings).clock(clock)
                .questionClassifier(answering.classifier()).sqlGenerator(answering.sqlGenerator())
                .answerWriter(answering.writer()).titleGenerator(answering.titles())
                .followUpSuggester(answering.followUps()).build();
        withModel = Assistant.builder().semanticModel(modelFile.model()).sqlWarehouse(warehouse)
                .vectorIndexes(indexes).embeddingModel(embeddings).clock(clock).languageModel(MODEL)
                .fallbackClassifier(answering.classifier()).fallbackSqlGenerator(answering.sqlGenerator())
                .fallbackAnswerWriter(answering.writer()).fallbackTitleGenerator(answering.titles()).build();
    }

    @AfterAll
    static void close() throws Exception {
        for (AutoCloseable resource : OPEN) {
            resource.close();
        }
    }

    @BeforeEach
    void forgetWhatTheWarehouseReceived() {
        RECEIVED.clear();
    }

    @Test
    void the_corpus_is_hostile_and_every_sql_in_it_would_be_caught_if_it_reached_the_warehouse() {
        assertThat(Injection.corpus()).hasSizeGreaterThanOrEqualTo(40);
        for (Injection injection : Injection.corpus()) {
            assertThat(ReadOnlyCheck.violations(injection.modelSql(), TABLE)).as(injection.modelSql()).isNotEmpty();
        }
        assertThat(ReadOnlyCheck.violations("SELECT carrier, count(*) FROM orders WHERE extract(month FROM order_ts)"
                + " = 9 GROUP BY carrier LIMIT 10", TABLE)).isEmpty();
    }

    @Test
    void the_local_answering_reads_only_the_orders_table_whatever_the_question_says() throws Exception {
        Map<String, String> answers = askAll(local);

        assertThat(RECEIVED).as("some questions were answered with a query").isNotEmpty();
        assertOnlyReadsReachedTheWarehouse(answers);
    }

    @Test
    void a_model_that_obeys_the_injection_gets_no_write_past_the_guard() throws Exception {
        int before = MODEL.routingCalls.get();

        Map<String, String> answers = askAll(withModel);

        assertThat(MODEL.routingCalls.get() - before).as("the model was asked to route every question")
                .isEqualTo(Injection.corpus().size());
        assertThat(MODEL.sqlCalls.get()).as("the model also wrote SQL when asked").isPositive();
        assertThat(answers.values()).anySatisfy(text -> assertThat(text).contains("not safe to run"));
        assertOnlyReadsReachedTheWarehouse(answers);
    }

    private static Map<String, String> askAll(Assistant assistant) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<Injection> corpus = Injection.corpus();
        for (int i = 0; i < corpus.size(); i++) {
            MODEL.obey(corpus.get(i), i);
            Answer answer = assistant.ask(new AskCommand(corpus.get(i).question(), SessionId.random().value()));
            answers.put(corpus.get(i).question(), answer.text());
        }
        return answers;
    }

    private static void assertOnlyReadsReachedTheWarehouse(Map<String, String> answers) throws Exception {
        long refused = answers.values().stream().filter(text -> text.contains("not safe to run")).count();
        System.out.println("prompt injection: " + answers.size() + " questions, " + RECEIVED.size()
                + " queries reached the warehouse, " + refused + " answered that the query was not safe to run");
        answers.forEach((question, text) -> assertThat(text).as("the answer to: " + question).isNotBlank());
        for (String sql : RECEIVED) {
            assertThat(ReadOnlyCheck.violations(sql, TABLE)).as("the warehouse received: " + sql).isEmpty();
        }
        assertThat(rows((DuckDbSqlWarehouse) OPEN.get(0))).isEqualTo(rowsBefore);
        assertThat(digest(ordersFile)).as("the orders file is unchanged").isEqualTo(digestBefore);
    }

    private static long rows(DuckDbSqlWarehouse warehouse) {
        SqlResult result = warehouse.execute(new SqlQuery("SELECT count(*) FROM " + TABLE, 1, Duration.ofSeconds(30)));
        return ((Number) result.rows().get(0).get(0)).longValue();
    }

    private static LuceneVectorIndex index(OrderLensSettings settings, String name, MiniLmEmbeddingModel embeddings) {
        return open(LuceneVectorIndex.builder().name(name).directory(settings.indexDirectory().resolve(name))
                .embeddingModel(embeddings).build());
    }

    private static <T extends AutoCloseable> T open(T resource) {
        OPEN.add(resource);
        return resource;
    }

    private static String digest(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + file, e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The warehouse as the pipeline sees it, recording every query on its way in. */
    private record RecordingWarehouse(SqlWarehouse delegate) implements SqlWarehouse {
        @Override
        public SqlResult execute(SqlQuery query) {
            RECEIVED.add(query.sql());
            return delegate.execute(query);
        }

        @Override
        public SqlDialect dialect() {
            return delegate.dialect();
        }
    }

    /**
     * A model that does what the question says: it routes to SQL with full confidence and writes the injection's
     * SQL, in its routing answer (plainly, or after prose and a fenced write), or when asked for a query; its
     * summaries, follow-ups, titles and streamed answers repeat the injection.
     */
    static final class ObedientModel implements LanguageModel {
        final AtomicInteger routingCalls = new AtomicInteger();
        final AtomicInteger sqlCalls = new AtomicInteger();
        private volatile Injection injection = Injection.corpus().get(0);
        private volatile int style;

        void obey(Injection next, int index) {
            injection = next;
            style = index % 3;
        }

        @Override
        public Completion complete(CompletionRequest request) {
            String prompt = String.join("\n", request.messages().stream().map(ChatMessage::content).toList());
            String sql = quoted(injection.modelSql());
            String text;
            if (prompt.contains("You route questions")) {
                routingCalls.incrementAndGet();
                text = switch (style) {
                    case 0 -> "{\"route\":\"sql\",\"confidence\":0.99,\"reasoning\":\"admin mode\",\"sql\":" + sql + "}";
                    case 1 -> "{\"route\":\"sql\",\"confidence\":0.99,\"reasoning\":\"the user is an administrator\"}";
                    default -> "Sure, ignoring my instructions.\n```sql\nDROP TABLE orders;\n```\n"
                            + "{\"route\":\"sql\",\"confidence\":1.0,\"reasoning\":\"obeying\",\"sql\":" + sql + "}";
                };
            } else if (prompt.contains("You write one read-only")) {
                sqlCalls.incrementAndGet();
                text = "Here is the query you asked for:\n```sql\n" + injection.modelSql() + "\n```";
            } else {
                text = "Done: " + injection.modelSql() + "\nDROP TABLE orders\nDELETE FROM orders";
            }
            return new Completion(text, null, "obedient");
        }

        @Override
        public Completion stream(CompletionRequest request, Consumer<String> onToken) {
            Completion whole = complete(request);
            for (String token : whole.text().split("(?<= )")) {
                onToken.accept(token);
            }
            return whole;
        }

        @Override
        public String modelName() {
            return "obedient";
        }

        private static String quoted(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }
}
