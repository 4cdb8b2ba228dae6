package dev.orderlens.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunEntriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "model.classifier        | model.classifier",
        "model.gpt-4o mini/v2    | model.gpt-4o mini/v2",
        "model.llama3:8b         | model.llama3_8b",
        "/etc/../passwd          | etc/__/passwd",
        "failure.ünïcode         | failure._n_code",
    })
    void keeps_only_characters_mlflow_allows_in_keys(String raw, String expected) {
        assertThat(RunEntries.key(raw)).isEqualTo(expected);
    }

    @Test
    void truncates_keys_and_values_to_mlflows_limits() {
        RunEntries entries = new RunEntries(1L)
                .param("k".repeat(300), "v".repeat(7000))
                .tag("t", "x".repeat(9000));

        assertThat(entries.params().get(0).key()).hasSize(250);
        assertThat(entries.params().get(0).value()).hasSize(6000);
        assertThat(entries.tags().get(0).value()).hasSize(5000);
    }

    @Test
    void leaves_out_metrics_that_are_not_finite_numbers() {
        RunEntries entries = new RunEntries(1L).metric("nan", Double.NaN).metric("inf", Double.POSITIVE_INFINITY)
                .metric("ok", 1.5);

        assertThat(entries.metrics()).extracting(Wire.Metric::key).containsExactly("ok");
    }
}
