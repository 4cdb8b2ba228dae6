package dev.orderlens.local.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDeterminismTest {

    private static final SampleOptions SMALL = SampleOptions.defaults().withOrderCount(2_000);

    @TempDir
    Path dir;

    @Test
    void the_same_seed_generates_identical_tables() throws Exception {
        assertThat(checksum(SMALL, "a")).isEqualTo(checksum(SMALL, "b"));
    }

    @Test
    void another_seed_generates_another_table() throws Exception {
        assertThat(checksum(SMALL, "a")).isNotEqualTo(checksum(SMALL.withSeed(7), "c"));
    }

    @Test
    void rejects_order_counts_outside_the_supported_range() {
        assertThatThrownBy(() -> SampleOptions.defaults().withOrderCount(10)).isInstanceOf(IllegalArgumentException.class);
    }

    private String checksum(SampleOptions options, String name) throws Exception {
        Path file = dir.resolve(name + ".duckdb");
        new SampleDataGenerator(options).generate(file, ProgressListener.NONE);
        try (OrdersDatabase db = new OrdersDatabase(file)) {
            return db.checksum();
        }
    }
}
