package dev.orderlens.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MlflowSettingsTest {

    @Test
    void is_absent_without_a_tracking_uri() {
        assertThat(MlflowSettings.from(Map.of("MLFLOW_EXPERIMENT_ID", "1", "DATABRICKS_TOKEN", "t"))).isEmpty();
    }

    @Test
    void reads_a_tracking_server_url_with_its_token_and_experiment_id() {
        MlflowSettings settings = MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "http://mlflow:5000/",
                "MLFLOW_EXPERIMENT_ID", "42", "MLFLOW_TRACKING_TOKEN", "tok",
                "MLFLOW_HTTP_REQUEST_TIMEOUT", "3")).orElseThrow();

        assertThat(settings.trackingUri()).isEqualTo(URI.create("http://mlflow:5000"));
        assertThat(settings.experimentId()).isEqualTo("42");
        assertThat(settings.token()).isEqualTo("tok");
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void uses_the_databricks_workspace_and_token_for_databricks() {
        MlflowSettings settings = MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "databricks",
                "DATABRICKS_HOST", "adb-123.4.azuredatabricks.net", "DATABRICKS_TOKEN", "dapi-secret",
                "DATABRICKS_MLFLOW_EXPERIMENT_ID", "9876")).orElseThrow();

        assertThat(settings.trackingUri()).isEqualTo(URI.create("https://adb-123.4.azuredatabricks.net"));
        assertThat(settings.token()).isEqualTo("dapi-secret");
        assertThat(settings.experimentId()).isEqualTo("9876");
    }

    @Test
    void prefers_mlflow_experiment_id_over_its_databricks_alias() {
        MlflowSettings settings = MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "http://mlflow:5000",
                "MLFLOW_EXPERIMENT_ID", "1", "DATABRICKS_MLFLOW_EXPERIMENT_ID", "2")).orElseThrow();

        assertThat(settings.experimentId()).isEqualTo("1");
    }

    @Test
    void finds_the_experiment_by_name_when_no_id_is_given() {
        assertThat(MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "http://mlflow:5000",
                "MLFLOW_EXPERIMENT_NAME", "support-bot")).orElseThrow().experimentName()).isEqualTo("support-bot");
        assertThat(MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "http://mlflow:5000")).orElseThrow()
                .experimentName()).isEqualTo("orderlens");
        assertThat(MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "databricks", "DATABRICKS_HOST",
                "https://x.cloud.databricks.com", "DATABRICKS_TOKEN", "t")).orElseThrow().experimentName())
                .isEqualTo("/Shared/orderlens");
    }

    @Test
    void never_sends_a_databricks_token_to_another_tracking_server() {
        MlflowSettings settings = MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "https://mlflow.example.com",
                "DATABRICKS_TOKEN", "dapi-secret")).orElseThrow();

        assertThat(settings.token()).isNull();
    }

    @Test
    void names_what_is_missing_or_malformed() {
        assertThatThrownBy(() -> MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "databricks",
                "DATABRICKS_TOKEN", "t"))).hasMessageContaining("DATABRICKS_HOST");
        assertThatThrownBy(() -> MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "databricks",
                "DATABRICKS_HOST", "h.cloud.databricks.com"))).hasMessageContaining("DATABRICKS_TOKEN");
        assertThatThrownBy(() -> MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "file:///tmp/mlruns")))
                .hasMessageContaining("MLFLOW_TRACKING_URI");
        assertThatThrownBy(() -> MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "https://u:pw-secret@host")))
                .hasMessageContaining("MLFLOW_TRACKING_URI").hasMessageNotContaining("pw-secret");
        assertThatThrownBy(() -> MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "http://h",
                "MLFLOW_HTTP_REQUEST_TIMEOUT", "soon"))).hasMessageContaining("MLFLOW_HTTP_REQUEST_TIMEOUT");
    }

    @Test
    void never_shows_the_token() {
        MlflowSettings settings = MlflowSettings.from(Map.of("MLFLOW_TRACKING_URI", "databricks",
                "DATABRICKS_HOST", "h.cloud.databricks.com", "DATABRICKS_TOKEN", "dapi-secret")).orElseThrow();

        assertThat(settings.toString()).doesNotContain("dapi-secret").contains("token=****")
                .contains("https://h.cloud.databricks.com");
    }
}
