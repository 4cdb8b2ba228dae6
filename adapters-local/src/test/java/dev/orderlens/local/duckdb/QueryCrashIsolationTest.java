package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.local.sample.ProgressListener;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements that used to end the process run in a child JVM, so a crash would show as the child's death
 * rather than end the test run: the guard refuses every one, the deep-stack threads carry the ones run without
 * the guard, the child finishes, and the parent still answers on the same file.
 */
class QueryCrashIsolationTest {

    @TempDir
    Path dir;

    @Test
    void the_crash_cases_are_refused_or_survived_and_the_parent_answers() throws Exception {
        SampleDataset.ensure(dir, new SampleOptions(SampleOptions.DEFAULT_SEED, 1_000), ProgressListener.NONE);
        Path orders = dir.resolve(SampleDataset.ORDERS_FILE);

        Child child = runChild(orders);
        child.lines().forEach(line -> System.out.println("crash cases: " + line));

        assertThat(child.exitCode()).as(String.join("\n", child.lines())).isZero();
        assertThat(child.lines()).contains(CrashCases.DONE);
        assertThat(child.lines()).filteredOn(line -> line.startsWith("guarded | "))
                .hasSize(CrashCases.statements().size())
                .allSatisfy(line -> assertThat(line).contains(" | refused: "));
        assertThat(child.lines()).filteredOn(line -> line.startsWith("unguarded | "))
                .hasSize(CrashCases.unguarded().size());
        try (DuckDbSqlWarehouse parent = DuckDbSqlWarehouse.builder().databaseFile(orders).build()) {
            assertThat(parent.execute(new SqlQuery("SELECT count(*) FROM orders", 1, Duration.ofSeconds(10)))
                    .rows().get(0).get(0)).isEqualTo(1_000L);
        }
    }

    private record Child(int exitCode, List<String> lines) {
    }

    private static Child runChild(Path orders) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashCases.class.getName(), orders.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> new String(readAll(process), StandardCharsets.UTF_8).lines()
                .forEach(lines::add), "crash-cases-output");
        reader.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the crash cases did not finish within 3 minutes");
        }
        reader.join();
        return new Child(process.exitValue(), lines);
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
