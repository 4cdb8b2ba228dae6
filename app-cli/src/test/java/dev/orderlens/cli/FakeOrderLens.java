package dev.orderlens.cli;

import dev.orderlens.bootstrap.BackendCheck;
import dev.orderlens.bootstrap.BackendStatus;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensSettings;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.memory.InMemoryFeedbackStore;
import dev.orderlens.core.memory.InMemoryVerifiedQuestions;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A small OrderLens over four carriers: questions about lateness or counts are answered by SQL, questions
 * asking "why" or about recalls and policies from two documents; a question with "slow" waits until released;
 * the weather is refused and "how are we doing" asked back about.
 */
final class FakeOrderLens {

    static final SqlResult LATE_BY_CARRIER = SqlResult.of(
            List.of(new Column("carrier", ColumnType.STRING), new Column("late_orders", ColumnType.INTEGER),
                    new Column("late_delivery_rate", ColumnType.DOUBLE)),
            List.of(List.of("FedEx", 412L, 18.3456), List.of("UPS", 120L, 5.0), List.of("DHL", 7L, 1.2345),
                    List.of("USPS", 1L, 0.1)));
    static final SqlResult FEDEX_ONLY = SqlResult.of(LATE_BY_CARRIER.columns(),
            List.of(List.of("FedEx", 412L, 18.3456)));
    static final SqlResult MONTHS = SqlResult.of(
            List.of(new Column("month", ColumnType.TIMESTAMP), new Column("revenue", ColumnType.DECIMAL)),
            List.of(List.of(LocalDateTime.of(2025, 11, 1, 0, 0), new BigDecimal("1234567.50")),
                    List.of(LocalDateTime.of(2025, 12, 1, 0, 0), new BigDecimal("2345678.25"))));

    /** The late delivery rate metric's expression, in percent, which the answers' queries compute it with. */
    private static final String LATE_RATE = "100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END)";

    final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
    final InMemoryVerifiedQuestions verified = new InMemoryVerifiedQuestions();
    final CountDownLatch slowAnswerRelease = new CountDownLatch(1);
    private volatile boolean slowAnswerWaiting;
    private final boolean openAiReachable;

    FakeOrderLens(boolean openAiReachable) {
        this.openAiReachable = openAiReachable;
    }

    OrderLens build(Map<String, String> settings) {
        SqlWarehouse warehouse = new CarrierWarehouse();
        Assistant assistant = Assistant.builder()
                .semanticModel(model())
                .sqlWarehouse(warehouse)
                .vectorIndexes(new Documents())
                .questionClassifier(FakeOrderLens::classify)
                .sqlGenerator((question, conversation, dialect) -> generate(question, conversation))
                .answerWriter(new Writer())
                .followUpSuggester((Answer answer, Conversation conversation) ->
                        List.of("And for FedEx only?", "Revenue by month?"))
                .feedbackStore(feedback)
                .verifiedQuestions(verified)
                .build();
        List<BackendCheck> backends = List.of(
                new BackendCheck(BackendStatus.configured("warehouse", "DuckDB", "/tmp/orders.duckdb", true),
                        () -> "60000 orders"),
                new BackendCheck(BackendStatus.configured("language model", "OpenAI", "https://api.openai.com "
                        + "(key sk-…abcd)", false), () -> {
                            if (!openAiReachable) {
                                throw new BackendException("openai", BackendException.Kind.UNAVAILABLE,
                                        "GET /models: connection refused");
                            }
                            return "gpt-4o-mini answered";
                        }));
        return OrderLens.of(assistant, warehouse, OrderLensSettings.from(settings), backends,
                List.of("Late deliveries by carrier", "Why are the Nimbus earbuds returned?"));
    }

    private static Classification classify(String question, Conversation conversation) {
        String q = question.toLowerCase(Locale.ROOT);
        if (q.contains("weather")) {
            return new Classification(Route.RAG, 0.9, "nothing in the data", null, new Clarification(
                    Clarification.Reason.OUT_OF_SCOPE, "I can only answer questions about orders and the shop's "
                            + "documents.", List.of("Late deliveries by carrier", "Revenue by month")));
        }
        if (q.contains("how are we doing")) {
            return new Classification(Route.SQL, 0.9, "too vague", null, new Clarification(
                    Clarification.Reason.AMBIGUOUS, "Which measure do you mean?",
                    List.of("Late deliveries by carrier", "Revenue by month")));
        }
        boolean documents = q.contains("why") || q.contains("recall") || q.contains("policy");
        return new Classification(documents ? Route.RAG : Route.SQL, 0.9, "keywords");
    }

    private GeneratedSql generate(String question, Conversation conversation) {
        String q = question.toLowerCase(Locale.ROOT);
        if (q.contains("slow")) {
            awaitRelease();
        }
        if (q.contains("revenue by month")) {
            return new GeneratedSql("SELECT date_trunc('month', order_ts) AS month, sum(order_total) AS revenue "
                    + "FROM orders GROUP BY 1 ORDER BY 1", null);
        }
        if (q.contains("fedex only") && conversation.lastTurn().isPresent()) {
            return new GeneratedSql("SELECT carrier, count(*) FILTER (WHERE is_late) AS late_orders, " + LATE_RATE + " AS late_delivery_rate "
                    + "FROM orders WHERE carrier = 'FedEx' GROUP BY 1", null);
        }
        return new GeneratedSql("SELECT carrier, count(*) FILTER (WHERE is_late) AS late_orders, " + LATE_RATE + " AS late_delivery_rate "
                + "FROM orders GROUP BY 1 ORDER BY 2 DESC", null);
    }

    boolean slowAnswerWaiting() {
        return slowAnswerWaiting;
    }

    private void awaitRelease() {
        slowAnswerWaiting = true;
        try {
            slowAnswerRelease.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SemanticModel model() {
        return new SemanticModel("orders", "one row per order",
                List.of(new SemanticColumn("order_ts", ColumnType.TIMESTAMP, ColumnRole.TIME, "placed at", null, null,
                                null),
                        new SemanticColumn("carrier", ColumnType.STRING, ColumnRole.DIMENSION, "carrier", null,
                                List.of("UPS", "FedEx", "USPS", "DHL"), null)),
                List.of(new Metric("late_orders", "late orders", null, null, "count(*)", "is_late", MetricFormat.COUNT,
                                null),
                        new Metric("late_delivery_rate", "late delivery rate", null, null, LATE_RATE, null,
                                MetricFormat.PERCENT, null),
                        new Metric("revenue", "revenue", null, null, "sum(order_total)", null, MetricFormat.CURRENCY,
                                null)),
                "order_ts", null);
    }

    private static final class CarrierWarehouse implements SqlWarehouse {
        @Override
        public SqlResult execute(SqlQuery query) {
            String sql = query.sql();
            if (sql.contains("missing_column")) {
                throw new BackendException("duckdb", BackendException.Kind.REJECTED,
                        "Binder Error: column missing_column not found");
            }
            if (sql.contains("date_trunc")) {
                return MONTHS;
            }
            return sql.contains("'FedEx'") ? FEDEX_ONLY : LATE_BY_CARRIER;
        }

        @Override
        public SqlDialect dialect() {
            return SqlDialect.DUCKDB;
        }
    }

    private static final class Documents implements VectorIndex {
        @Override
        public String name() {
            return "analytics";
        }

        @Override
        public List<Passage> search(VectorQuery query) {
            return List.of(
                    new Passage("recall-2025-06", "analytics", "Nimbus X2 recall notice",
                            "Batteries in Nimbus X2 earbuds overheated; the product was recalled.", 2.0, Map.of()),
                    new Passage("returns-policy", "analytics", "Returns policy",
                            "Defective items are refunded in full within 30 days.", 1.0, Map.of()));
        }
    }

    private static final class Writer implements AnswerWriter {
        @Override
        public String summarizeSql(String question, String sql, SqlResult sample) {
            return "**" + sample.rows().get(0).get(0) + "** leads with " + sample.rows().get(0).get(1) + ".";
        }

        @Override
        public GroundedAnswer writeGrounded(String question, List<Passage> passages, Conversation conversation,
                Consumer<String> onToken) {
            List<String> tokens = List.of("**Nimbus ", "X2** earbuds ", "were *recalled*\n", "- by ", "the maker [1].");
            tokens.forEach(onToken);
            return new GroundedAnswer(String.join("", tokens), passages);
        }
    }
}
