package dev.orderlens.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.mlflow.internal.Wire.KeyValue;
import dev.orderlens.mlflow.internal.Wire.Metric;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogBatchesTest {

    @Test
    void sends_2500_metrics_in_three_requests_of_at_most_1000() {
        List<LogBatches.Batch> batches = LogBatches.split(metrics(2500), List.of(), List.of());

        assertThat(batches).extracting(batch -> batch.metrics().size()).containsExactly(1000, 1000, 500);
    }

    @Test
    void sends_150_params_in_two_requests_of_at_most_100() {
        List<LogBatches.Batch> batches = LogBatches.split(List.of(), entries("p", 150, 10), List.of());

        assertThat(batches).extracting(batch -> batch.params().size()).containsExactly(100, 50);
    }

    @Test
    void keeps_each_request_within_1000_entries_in_all() {
        List<LogBatches.Batch> batches = LogBatches.split(metrics(950), entries("p", 100, 10), entries("t", 60, 10));

        assertThat(batches).allSatisfy(batch -> assertThat(batch.entries()).isLessThanOrEqualTo(1000));
        assertThat(batches.stream().mapToInt(LogBatches.Batch::entries).sum()).isEqualTo(1110);
        assertThat(batches.get(0).params()).hasSize(100);
    }

    @Test
    void splits_long_values_to_keep_each_body_under_one_megabyte() throws Exception {
        List<LogBatches.Batch> batches = LogBatches.split(metrics(10), entries("p", 100, 6000),
                entries("t", 100, 5000));

        assertThat(batches).hasSize(2);
        for (LogBatches.Batch batch : batches) {
            String body = Wire.MAPPER.writeValueAsString(
                    new Wire.LogBatch("run-1", batch.metrics(), batch.params(), batch.tags()));
            assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(1_000_000);
        }
    }

    @Test
    void sends_nothing_for_nothing() {
        assertThat(LogBatches.split(List.of(), List.of(), List.of())).isEmpty();
    }

    private static List<Metric> metrics(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Metric("m" + i, i, 1L, 0)).toList();
    }

    private static List<KeyValue> entries(String prefix, int count, int valueLength) {
        return IntStream.range(0, count).mapToObj(i -> new KeyValue(prefix + i, "v".repeat(valueLength))).toList();
    }
}
