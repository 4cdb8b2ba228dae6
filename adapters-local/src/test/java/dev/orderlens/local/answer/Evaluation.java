package dev.orderlens.local.answer;

import dev.orderlens.core.domain.Classification;
import dev.orderlens.core.domain.Conversation;
import dev.orderlens.core.domain.Route;
import dev.orderlens.core.domain.SqlDialect;
import dev.orderlens.core.domain.SqlQuery;
import dev.orderlens.core.domain.SqlResult;
import dev.orderlens.core.domain.Turn;
import dev.orderlens.core.port.QuestionClassifier;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlWarehouse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs evaluation cases: execution accuracy of the generated SQL against gold queries, and route accuracy. */
final class Evaluation {

    private final SqlGenerator generator;
    private final QuestionClassifier classifier;
    private final SqlWarehouse warehouse;

    Evaluation(SqlGenerator generator, QuestionClassifier classifier, SqlWarehouse warehouse) {
        this.generator = generator;
        this.classifier = classifier;
        this.warehouse = warehouse;
    }

    record Outcome(EvalCase evalCase, boolean routeRight, Boolean sqlRight, String detail) {
    }

    record Report(List<Outcome> outcomes) {
        double executionAccuracy() {
            List<Outcome> sql = outcomes.stream().filter(o -> o.sqlRight() != null).toList();
            return sql.stream().filter(Outcome::sqlRight).count() / (double) sql.size();
        }

        double routeAccuracy() {
            return outcomes.stream().filter(Outcome::routeRight).count() / (double) outcomes.size();
        }

        List<Outcome> failures() {
            return outcomes.stream().filter(o -> !o.routeRight() || Boolean.FALSE.equals(o.sqlRight())).toList();
        }
    }

    Report run(List<EvalCase> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalCase evalCase : cases) {
            outcomes.add(run(evalCase));
        }
        return new Report(outcomes);
    }

    private Outcome run(EvalCase evalCase) {
        Conversation conversation = Conversation.empty(evalCase.id());
        for (String earlier : evalCase.turns().subList(0, evalCase.turns().size() - 1)) {
            SqlGenerator.GeneratedSql sql = generator.generate(earlier, conversation, SqlDialect.DUCKDB);
            conversation = conversation.plus(new Turn("m", earlier, "", Route.SQL, sql.sql(), Instant.EPOCH),
                    conversation.context().merge(sql.context()), 10);
        }
        Classification classification = classifier.classify(evalCase.question(), conversation);
        boolean routeRight = classification.route() == evalCase.route();
        String detail = "route " + classification.route() + " " + classification.confidence() + " ("
                + classification.reasoning() + ")";
        if (evalCase.gold() == null) {
            return new Outcome(evalCase, routeRight, null, detail);
        }
        try {
            String sql = generator.generate(evalCase.question(), conversation, SqlDialect.DUCKDB).sql();
            SqlResult answer = warehouse.execute(new SqlQuery(sql, 5000, Duration.ofSeconds(30)));
            SqlResult gold = warehouse.execute(new SqlQuery(evalCase.gold(), 5000, Duration.ofSeconds(30)));
            boolean right = ExecutionMatch.holds(answer, gold, evalCase);
            return new Outcome(evalCase, routeRight, right, detail + "\n     sql  " + sql + "\n     got  "
                    + answer.head(3).rows() + "\n     gold " + gold.head(3).rows());
        } catch (RuntimeException e) {
            return new Outcome(evalCase, routeRight, false, detail + "\n     failed: " + e.getMessage());
        }
    }
}
