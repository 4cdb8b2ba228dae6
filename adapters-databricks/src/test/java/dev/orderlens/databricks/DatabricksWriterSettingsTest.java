package dev.orderlens.databricks;

import static dev.orderlens.databricks.DatabricksSettingsTest.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabricksWriterSettingsTest {

    static final String READER_TOKEN = "dapi-reader-0123456789";
    static final String WRITER_TOKEN = "dapi-writer-9876543210";
    static final String WRITER_SECRET = "dose-writer-secret-0123";

    static Map<String, String> queryEnv(String... more) {
        Map<String, String> env = env(more);
        env.put("DATABRICKS_HOST", "dbc-a1b2c3d4-e5f6.cloud.databricks.com");
        env.put("DATABRICKS_TOKEN", READER_TOKEN);
        env.put("DATABRICKS_WAREHOUSE_ID", "aaaaaaaaaaaaaaaa");
        return env;
    }

    @Test
    void absent_without_writer_credentials_so_ingest_into_databricks_is_off() {
        assertThat(DatabricksWriterSettings.from(queryEnv())).isEmpty();
        assertThat(DatabricksWriterSettings.from(queryEnv("DATABRICKS_WRITER_WAREHOUSE_ID", "bbbbbbbbbbbbbbbb")))
                .isEmpty();
    }

    @Test
    void reads_a_writer_token_and_writes_through_the_query_warehouse_by_default() {
        Map<String, String> env = queryEnv("DATABRICKS_WRITER_TOKEN", WRITER_TOKEN);

        DatabricksWriterSettings writer = DatabricksWriterSettings.from(env).orElseThrow();

        assertThat(writer.credentials()).isEqualTo(DatabricksCredentials.personalAccessToken(WRITER_TOKEN));
        assertThat(writer.warehouse()).isEmpty();
        assertThat(writer.warehouse(DatabricksSettings.from(env).orElseThrow())).contains("aaaaaaaaaaaaaaaa");
    }

    @Test
    void reads_a_writer_service_principal_and_its_own_warehouse() {
        Map<String, String> env = queryEnv("DATABRICKS_WRITER_CLIENT_ID", "writer-sp",
                "DATABRICKS_WRITER_CLIENT_SECRET", WRITER_SECRET, "DATABRICKS_WRITER_WAREHOUSE_ID", "bbbbbbbbbbbbbbbb");

        DatabricksWriterSettings writer = DatabricksWriterSettings.from(env).orElseThrow();

        assertThat(writer.credentials()).isEqualTo(DatabricksCredentials.servicePrincipal("writer-sp", WRITER_SECRET));
        assertThat(writer.warehouse(DatabricksSettings.from(env).orElseThrow())).contains("bbbbbbbbbbbbbbbb");
        assertThat(writer.toString()).contains("writer-sp").doesNotContain(WRITER_SECRET);
    }

    @Test
    void builds_a_workspace_on_the_query_host() {
        Map<String, String> env = queryEnv("DATABRICKS_WRITER_TOKEN", WRITER_TOKEN);

        DatabricksWorkspace workspace = DatabricksWriterSettings.from(env).orElseThrow()
                .workspace(DatabricksSettings.from(env).orElseThrow());

        assertThat(workspace.host()).hasToString("https://dbc-a1b2c3d4-e5f6.cloud.databricks.com");
    }

    @Test
    void both_kinds_of_writer_credentials_without_auth_type_is_an_error_without_secrets() {
        assertThatThrownBy(() -> DatabricksWriterSettings.from(queryEnv("DATABRICKS_WRITER_TOKEN", WRITER_TOKEN,
                "DATABRICKS_WRITER_CLIENT_ID", "writer-sp", "DATABRICKS_WRITER_CLIENT_SECRET", WRITER_SECRET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one authorization method")
                .hasMessageContaining("DATABRICKS_WRITER_AUTH_TYPE")
                .hasMessageNotContaining(WRITER_TOKEN).hasMessageNotContaining(WRITER_SECRET);
    }

    @Test
    void writer_auth_type_chooses_between_both_kinds() {
        DatabricksWriterSettings writer = DatabricksWriterSettings.from(queryEnv("DATABRICKS_WRITER_TOKEN",
                WRITER_TOKEN, "DATABRICKS_WRITER_CLIENT_ID", "writer-sp", "DATABRICKS_WRITER_CLIENT_SECRET",
                WRITER_SECRET, "DATABRICKS_WRITER_AUTH_TYPE", "oauth-m2m")).orElseThrow();

        assertThat(writer.credentials().isOAuth()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DATABRICKS_WRITER_CLIENT_ID|writer-sp|DATABRICKS_WRITER_CLIENT_SECRET",
            "DATABRICKS_WRITER_CLIENT_SECRET|" + WRITER_SECRET + "|DATABRICKS_WRITER_CLIENT_ID",
            "DATABRICKS_WRITER_AUTH_TYPE|azure-cli|DATABRICKS_WRITER_AUTH_TYPE",
            "DATABRICKS_WRITER_WAREHOUSE_ID|/sql/1.0/warehouses/x|DATABRICKS_WRITER_WAREHOUSE_ID"})
    void unusable_values_are_errors_naming_the_variable(String variable, String value, String named) {
        Map<String, String> env = queryEnv();
        if (!variable.startsWith("DATABRICKS_WRITER_CLIENT")) {
            env.put("DATABRICKS_WRITER_TOKEN", WRITER_TOKEN);
        }
        env.put(variable, value);

        assertThatThrownBy(() -> DatabricksWriterSettings.from(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named).hasMessageNotContaining(WRITER_SECRET);
    }

    @Test
    void the_query_principal_cannot_be_the_writer() {
        assertThatThrownBy(() -> DatabricksWriterSettings.from(queryEnv("DATABRICKS_WRITER_TOKEN", READER_TOKEN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATABRICKS_WRITER_").hasMessageContaining("read-only")
                .hasMessageNotContaining(READER_TOKEN);
        assertThatThrownBy(() -> DatabricksWriterSettings.from(env("DATABRICKS_HOST", "h",
                "DATABRICKS_CLIENT_ID", "one-sp", "DATABRICKS_CLIENT_SECRET", "s1",
                "DATABRICKS_WRITER_CLIENT_ID", "one-sp", "DATABRICKS_WRITER_CLIENT_SECRET", WRITER_SECRET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(WRITER_SECRET);
    }
}
