package dev.orderlens.bootstrap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalScoresTest {

    @Test
    void percentiles_take_the_nearest_rank() {
        List<Double> millis = List.of(10.0, 1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0, 5.0);

        StageLatency latency = StageLatency.of("sql_execute", millis);

        assertThat(latency).isEqualTo(new StageLatency("sql_execute", 10, 5.0, 9.0, 10.0, 10.0));
    }

    @Test
    void one_timing_is_every_percentile() {
        assertThat(StageLatency.of("total", List.of(42.0))).isEqualTo(new StageLatency("total", 1, 42, 42, 42, 42));
    }

    @Test
    void a_kind_without_questions_meets_any_threshold() {
        assertThat(new Score(0, 0).meets(0.99)).isTrue();
        assertThat(new Score(9, 10).meets(0.9)).isTrue();
        assertThat(new Score(8, 10).meets(0.9)).isFalse();
    }

    @Test
    void thresholds_are_fractions() {
        assertThatThrownBy(() -> new Thresholds(97, 0.9, 0.95))
                .hasMessage("minRoute must be between 0 and 1 (was 97.0)");
    }
}
