package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestSettingsTest {

    private static final String SECRET = "s3cret-for-the-ingest-endpoints";

    @Test
    void by_default_ingest_is_off_and_its_endpoints_closed() {
        IngestSettings settings = IngestSettings.from(Map.of());

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.endpointsOpen()).isFalse();
        assertThat(settings.header()).isEqualTo("X-Api-Key");
        assertThat(settings.accepts("")).isFalse();
    }

    @Test
    void a_secret_turns_ingest_and_its_endpoints_on_and_is_never_shown() {
        IngestSettings settings = IngestSettings.from(Map.of("ORDERLENS_INGEST_SECRET", SECRET,
                "ORDERLENS_INGEST_HEADER", "X-OrderLens-Key"));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.required()).isFalse();
        assertThat(settings.accepts(SECRET)).isTrue();
        assertThat(settings.accepts(SECRET + "x")).isFalse();
        assertThat(settings.accepts(null)).isFalse();
        assertThat(settings.header()).isEqualTo("X-OrderLens-Key");
        assertThat(settings.toString()).doesNotContain(SECRET).contains("secret set");
    }

    @Test
    void on_runs_ingest_without_a_secret_but_keeps_the_endpoints_closed() {
        IngestSettings settings = IngestSettings.from(Map.of("ORDERLENS_INGEST", "ON"));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.required()).isTrue();
        assertThat(settings.endpointsOpen()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ORDERLENS_INGEST, sometimes", "ORDERLENS_INGEST_SECRET, too-short", "ORDERLENS_INGEST_HEADER, X Key",
            "ORDERLENS_INGEST_HEADER, X-Api-Key:"})
    void refuses_unusable_values_naming_the_variable(String variable, String value) {
        assertThatThrownBy(() -> IngestSettings.from(Map.of(variable, value)))
                .isInstanceOf(SettingsException.class).hasMessageContaining(variable);
    }
}
