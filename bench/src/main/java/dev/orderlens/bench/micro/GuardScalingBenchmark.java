package dev.orderlens.bench.micro;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import dev.orderlens.core.sql.ReadOnlySqlGuard;
import dev.orderlens.core.sql.UnsafeSqlException;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.sample.ProgressListener;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the guard's time grows with a statement's length, from 1 KB to 1 MB (the length limit raised for it): the
 * lexical check alone, and the whole guard with DuckDB's parser. Linear growth shows as time per KB staying flat.
 * The statement is a long filter of the kind a model writes when it lists values: one predicate after another,
 * with a subquery in every tenth.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class GuardScalingBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int length;

    private String statement;
    private ReadOnlySqlGuard lexical;
    private ReadOnlySqlGuard parsed;
    private DuckDbSqlWarehouse warehouse;
    private Path directory;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("guard-scaling");
        SampleDataset.ensure(directory, new SampleOptions(SampleOptions.DEFAULT_SEED, 1_000), ProgressListener.NONE);
        warehouse = DuckDbSqlWarehouse.builder().databaseFile(directory.resolve(SampleDataset.ORDERS_FILE)).build();
        List<String> table = List.of(warehouse.qualifiedName("orders"));
        lexical = ReadOnlySqlGuard.builder().allowedTables(table).maxLength(2_000_000).build();
        parsed = ReadOnlySqlGuard.builder().allowedTables(table).maxLength(2_000_000).parser(warehouse.parser())
                .build();
        statement = statementOf(length);
    }

    static String statementOf(int length) {
        StringBuilder sql = new StringBuilder("SELECT carrier, count(*) AS orders FROM orders WHERE false");
        for (int i = 0; sql.length() < length - 40; i++) {
            sql.append(i % 10 == 0
                    ? " OR customer_id IN (SELECT customer_id FROM orders WHERE sku = 'SKU-" + i + "')"
                    : " OR (ship_city = 'City " + i + "' AND quantity > " + (i % 7) + ")");
        }
        return sql.append(" GROUP BY carrier").toString();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        warehouse.close();
    }

    @Benchmark
    public String lexicalCheck() {
        return decide(lexical);
    }

    @Benchmark
    public String lexicalCheckAndDuckDbParse() {
        return decide(parsed);
    }

    /** The long statements pass the length limit but meet the plan limits: a refusal is a decision too. */
    private String decide(ReadOnlySqlGuard guard) {
        try {
            return guard.check(statement);
        } catch (UnsafeSqlException refused) {
            return refused.getMessage();
        }
    }
}
