package dev.orderlens.bootstrap.eval;

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
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An OrderLens whose every part follows a script: questions map to routes and SQL (a follow-up's SQL keyed by
 * "previous question → follow-up"), SQL fragments map to rows, the one index returns fixed passages.
 */
final class ScriptedOrderLens {

    private final Map<String, String> sqlByQuestion = new LinkedHashMap<>();
    private final Map<String, SqlResult> rowsBySql = new LinkedHashMap<>();
    private final Map<String, Route> routeByQuestion = new LinkedHashMap<>();
    private final Map<String, Clarification> clarificationByQuestion = new LinkedHashMap<>();
    private final Map<String, String> summaryBySql = new LinkedHashMap<>();
    private List<Passage> passages = List.of();

    ScriptedOrderLens sql(String question, String sql) {
        sqlByQuestion.put(question, sql);
        routeByQuestion.putIfAbsent(question, Route.SQL);
        return this;
    }

    ScriptedOrderLens rows(String sqlFragment, SqlResult rows) {
        rowsBySql.put(sqlFragment, rows);
        return this;
    }

    ScriptedOrderLens routes(String question, Route route) {
        routeByQuestion.put(question, route);
        return this;
    }

    /** The classifier asks back (or refuses) instead of routing the question. */
    ScriptedOrderLens clarifies(String question, Clarification clarification) {
        clarificationByQuestion.put(question, clarification);
        return this;
    }

    /** The summary of a query holding {@code sqlFragment}, in place of its row count. */
    ScriptedOrderLens says(String sqlFragment, String summary) {
        summaryBySql.put(sqlFragment, summary);
        return this;
    }

    ScriptedOrderLens passages(Passage... found) {
        passages = List.of(found);
        return this;
    }

    OrderLens build() {
        SqlWarehouse warehouse = new ScriptedWarehouse();
        Assistant assistant = Assistant.builder()
                .semanticModel(model())
                .sqlWarehouse(warehouse)
                .vectorIndexes(new FixedIndex())
                .questionClassifier((question, conversation) ->
                        new Classification(routeByQuestion.getOrDefault(question, Route.RAG), 0.9, "scripted", null,
                                clarificationByQuestion.get(question)))
                .sqlGenerator(this::generate)
                .answerWriter(new EchoWriter(summaryBySql))
                .followUpSuggester((Answer answer, Conversation conversation) -> List.of("And by month?"))
                .build();
        return OrderLens.of(assistant, warehouse, OrderLensSettings.from(Map.of("ORDERLENS_HOME", "unused")),
                List.of(), List.of());
    }

    private SqlGenerator.GeneratedSql generate(String question, Conversation conversation, SqlDialect dialect) {
        String key = conversation.lastTurn().map(turn -> turn.question() + " → " + question).orElse(question);
        String sql = sqlByQuestion.get(key);
        if (sql == null) {
            throw new SqlGenerator.QuestionNotUnderstoodException("no script for '" + key + "'");
        }
        return new SqlGenerator.GeneratedSql(sql, null);
    }

    static SemanticModel model() {
        return new SemanticModel("orders", "one row per order",
                List.of(new SemanticColumn("order_ts", ColumnType.TIMESTAMP, ColumnRole.TIME, "placed at", null, null,
                                null),
                        new SemanticColumn("carrier", ColumnType.STRING, ColumnRole.DIMENSION, "carrier", null,
                                List.of("UPS", "FedEx"), null)),
                List.of(), "order_ts", null);
    }

    private final class ScriptedWarehouse implements SqlWarehouse {
        @Override
        public SqlResult execute(SqlQuery query) {
            return rowsBySql.entrySet().stream().filter(e -> query.sql().contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new BackendException("scripted-warehouse", BackendException.Kind.REJECTED,
                            "no rows scripted for " + query.sql()));
        }

        @Override
        public SqlDialect dialect() {
            return SqlDialect.DUCKDB;
        }
    }

    private final class FixedIndex implements VectorIndex {
        @Override
        public String name() {
            return "analytics";
        }

        @Override
        public List<Passage> search(VectorQuery query) {
            return passages;
        }
    }

    /**
     * Summarises rows by their count unless a summary is scripted for the query, and answers from documents with a
     * fixed sentence citing every passage.
     */
    private static final class EchoWriter implements AnswerWriter {
        private final Map<String, String> summaryBySql;

        EchoWriter(Map<String, String> summaryBySql) {
            this.summaryBySql = summaryBySql;
        }

        @Override
        public String summarizeSql(String question, String sql, SqlResult sample) {
            return summaryBySql.entrySet().stream().filter(e -> sql.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(sample.totalRows() + " rows");
        }

        @Override
        public GroundedAnswer writeGrounded(String question, List<Passage> passages, Conversation conversation,
                Consumer<String> onToken) {
            String text = "See the documents [1].";
            onToken.accept(text);
            return new GroundedAnswer(text, passages);
        }
    }
}
