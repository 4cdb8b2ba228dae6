package dev.orderlens.bench.micro;

import static java.util.concurrent.TimeUnit.MICROSECONDS;

import dev.orderlens.answering.LocalSqlGenerator;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.bench.BenchFiles;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.sample.ProgressListener;
import dev.orderlens.local.sample.SampleDataGenerator;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling a question into SQL without an LLM, with the generator built as the embedded defaults build it: the
 * default semantic model, and a value catalog read from the default 60,000-order sample (generated once per fork
 * into a temporary directory).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LocalSqlGeneratorBenchmark {

    /** The sample's "today", so that relative periods mean the same on every run. */
    private static final Clock NEW_YEAR_2026 = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);

    @Param({
        "late delivery rate by carrier in September 2025",
        "top 5 products by revenue last quarter",
        "Revenue by month in 2024",
        "How many orders were paid with gift cards in California in Q4 2025?"})
    public String question;

    private LocalSqlGenerator generator;
    private final Conversation conversation = Conversation.empty("bench-session");

    @Setup
    public void buildGenerator() throws IOException {
        SemanticModelFile model = SemanticModelFile.loadDefault();
        Path directory = Files.createTempDirectory("orderlens-bench-sample");
        try {
            Path orders = directory.resolve(SampleDataset.ORDERS_FILE);
            new SampleDataGenerator(SampleOptions.defaults()).generate(orders, ProgressListener.NONE);
            try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(orders).build()) {
                ValueCatalog catalog = ValueCatalog.builder().model(model.model()).warehouse(warehouse).build();
                generator = LocalSqlGenerator.builder().model(model).catalog(catalog).clock(NEW_YEAR_2026).build();
            }
        } finally {
            BenchFiles.deleteRecursively(directory);
        }
        generator.generate(question, conversation, SqlDialect.DUCKDB);
    }

    @Benchmark
    public GeneratedSql generate() {
        return generator.generate(question, conversation, SqlDialect.DUCKDB);
    }
}
