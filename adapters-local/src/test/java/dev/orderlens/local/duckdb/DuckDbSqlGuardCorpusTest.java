package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import dev.orderlens.core.sql.UnsafeSqlException;
import dev.orderlens.local.sample.ProgressListener;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import dev.orderlens.testsupport.SqlCorpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement corpora through the guard as the embedded warehouse configures it (DuckDB's own parser, the orders
 * table by its qualified name) and, where the guard lets a statement through, through the warehouse itself: every
 * hostile statement is refused or, for a resource statement, stopped by a limit; every legitimate one runs. The
 * held-out corpora were written apart from the guard and never tuned to.
 */
class DuckDbSqlGuardCorpusTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    static Path dir;

    private static DuckDbSqlWarehouse warehouse;
    private static ReadOnlySqlGuard guard;

    @BeforeAll
    static void open() {
        SampleDataset.ensure(dir, new SampleOptions(SampleOptions.DEFAULT_SEED, 2_000), ProgressListener.NONE);
        warehouse = DuckDbSqlWarehouse.builder().databaseFile(dir.resolve(SampleDataset.ORDERS_FILE)).build();
        guard = ReadOnlySqlGuard.builder().allowedTables(List.of(warehouse.qualifiedName("orders")))
                .parser(warehouse.parser()).rowLimit(1000).build();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    static List<SqlCorpus.Entry> hostile() {
        return SqlCorpus.load("/sql/hostile.sql");
    }

    static List<SqlCorpus.Entry> legit() {
        return SqlCorpus.load("/sql/legit.sql").stream().filter(e -> !e.databricksOnly()).toList();
    }

    static List<SqlCorpus.Entry> hostileHeldOut() {
        return SqlCorpus.load("/sql/hostile-heldout.sql");
    }

    static List<SqlCorpus.Entry> legitHeldOut() {
        return SqlCorpus.load("/sql/legit-heldout.sql").stream().filter(e -> !e.databricksOnly()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refuses_hostile_statement_for_the_expected_reason(SqlCorpus.Entry entry) {
        assertThatThrownBy(() -> guard.check(entry.sql()))
                .isInstanceOf(UnsafeSqlException.class)
                .hasMessageContaining(entry.expectedReason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legit")
    void accepts_and_runs_legitimate_query(SqlCorpus.Entry entry) {
        SqlResult result = warehouse.execute(new SqlQuery(guard.check(entry.sql()), 1000, TIMEOUT));

        assertThat(result.columns()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileHeldOut")
    void refuses_held_out_hostile_statement_or_bounds_it(SqlCorpus.Entry entry) {
        assertThat(harmlessOutcome(entry)).as(entry.name()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legitHeldOut")
    void accepts_and_runs_held_out_legitimate_query(SqlCorpus.Entry entry) {
        SqlResult result = warehouse.execute(new SqlQuery(guard.check(entry.sql()), 1000, TIMEOUT));

        assertThat(result.columns()).isNotEmpty();
    }

    @Test
    void the_corpora_cover_every_class_of_the_threat_model() {
        assertThat(hostile()).hasSizeGreaterThanOrEqualTo(200)
                .allSatisfy(e -> assertThat(e.expectedReason()).isNotBlank());
        assertThat(hostileHeldOut()).hasSizeGreaterThanOrEqualTo(90);
        assertThat(legit().size() + legitHeldOut().size()).isGreaterThanOrEqualTo(80);
        assertThat(hostileHeldOut()).extracting(e -> e.name().substring(0, e.name().indexOf(':')))
                .contains("catalog", "sql_in_string", "cte_shadow", "files", "write", "resource", "obfuscation");
    }

    /**
     * Refused by the guard, or, for a statement meant to exhaust a resource, failed inside the warehouse's limits
     * (memory, time) with the warehouse still answering. A statement of another class the guard lets through is a
     * miss whatever it then does.
     */
    private static boolean harmlessOutcome(SqlCorpus.Entry entry) {
        String checked;
        try {
            checked = guard.check(entry.sql());
        } catch (UnsafeSqlException refused) {
            return true;
        }
        if (!entry.resource()) {
            return false;
        }
        Throwable failure = catchThrowable(() -> warehouse.execute(new SqlQuery(checked, 1000, TIMEOUT)));
        SqlResult stillAnswering = warehouse.execute(new SqlQuery("SELECT count(*) FROM orders", 1, TIMEOUT));
        return (failure == null || failure instanceof BackendException) && !stillAnswering.isEmpty();
    }
}
