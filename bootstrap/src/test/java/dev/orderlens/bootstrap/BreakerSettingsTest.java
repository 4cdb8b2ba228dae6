package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BreakerSettingsTest {

    @Test
    void defaults_cut_a_backend_off_after_five_failures_for_thirty_seconds() {
        assertThat(BreakerSettings.from(Map.of())).isEqualTo(new BreakerSettings(5, Duration.ofSeconds(30)));
    }

    @Test
    void reads_the_threshold_and_a_fractional_cool_down() {
        BreakerSettings settings = BreakerSettings.from(Map.of("ORDERLENS_BREAKER_FAILURES", "2",
                "ORDERLENS_BREAKER_COOL_DOWN_SECONDS", "1.5"));

        assertThat(settings).isEqualTo(new BreakerSettings(2, Duration.ofMillis(1500)));
        assertThat(settings.breaker("Databricks SQL").backend()).isEqualTo("Databricks SQL");
    }

    @ParameterizedTest
    @CsvSource({"ORDERLENS_BREAKER_FAILURES, 0", "ORDERLENS_BREAKER_FAILURES, 2.5",
            "ORDERLENS_BREAKER_FAILURES, many", "ORDERLENS_BREAKER_COOL_DOWN_SECONDS, 0"})
    void refuses_unusable_values_naming_the_variable(String variable, String value) {
        assertThatThrownBy(() -> BreakerSettings.from(Map.of(variable, value)))
                .isInstanceOf(SettingsException.class).hasMessageContaining(variable);
    }
}
