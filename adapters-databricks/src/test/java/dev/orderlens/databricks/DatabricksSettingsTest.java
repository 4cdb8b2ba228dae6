package dev.orderlens.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatabricksSettingsTest {

    static final String TOKEN = "dapi0123456789abcdef";
    static final String SECRET = "dose0123456789abcdef";

    static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void absent_without_host_or_credentials() {
        assertThat(DatabricksSettings.from(env())).isEmpty();
        assertThat(DatabricksSettings.from(env("DATABRICKS_HOST", "adb-1.7.azuredatabricks.net"))).isEmpty();
        assertThat(DatabricksSettings.from(env("DATABRICKS_TOKEN", TOKEN))).isEmpty();
    }

    @Test
    void reads_a_personal_access_token_with_default_table_names() {
        DatabricksSettings settings = DatabricksSettings.from(env("DATABRICKS_HOST",
                "dbc-a1b2c3d4-e5f6.cloud.databricks.com/", "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_WAREHOUSE_ID", "abcdef0123456789")).orElseThrow();

        assertThat(settings.host()).isEqualTo("https://dbc-a1b2c3d4-e5f6.cloud.databricks.com");
        assertThat(settings.credentials()).isEqualTo(DatabricksCredentials.personalAccessToken(TOKEN));
        assertThat(settings.warehouse()).contains("abcdef0123456789");
        assertThat(settings.ordersTable()).isEqualTo("customer_suppport_agent.raw.orders");
        assertThat(settings.ordersIndex()).isEqualTo("customer_suppport_agent.raw.orders_index");
        assertThat(settings.analyticsIndex()).isEqualTo("customer_suppport_agent.raw.analytics_index");
        assertThat(settings.feedbackTable()).isEqualTo("customer_suppport_agent.raw.message_feedback");
    }

    @Test
    void reads_table_and_index_names_from_the_environment() {
        DatabricksSettings settings = DatabricksSettings.from(env("DATABRICKS_HOST", "https://h.cloud.databricks.com",
                "DATABRICKS_TOKEN", TOKEN, "ORDERLENS_ORDERS_TABLE", "main.shop.orders",
                "ORDERLENS_ORDERS_INDEX", "main.shop.orders_idx", "ORDERLENS_ANALYTICS_INDEX", "main.shop.docs_idx",
                "ORDERLENS_FEEDBACK_TABLE", "main.shop.feedback")).orElseThrow();

        assertThat(settings.ordersTable()).isEqualTo("main.shop.orders");
        assertThat(settings.ordersIndex()).isEqualTo("main.shop.orders_idx");
        assertThat(settings.analyticsIndex()).isEqualTo("main.shop.docs_idx");
        assertThat(settings.feedbackTable()).isEqualTo("main.shop.feedback");
        assertThat(settings.warehouse()).isEmpty();
    }

    @Test
    void reads_service_principal_credentials_and_masks_secrets() {
        DatabricksSettings settings = DatabricksSettings.from(env("DATABRICKS_HOST", "h.cloud.databricks.com",
                "DATABRICKS_CLIENT_ID", "sp-id", "DATABRICKS_CLIENT_SECRET", SECRET)).orElseThrow();

        assertThat(settings.credentials().isOAuth()).isTrue();
        assertThat(settings.toString()).contains("sp-id").doesNotContain(SECRET);
        assertThat(DatabricksSettings.from(env("DATABRICKS_HOST", "h", "DATABRICKS_TOKEN", TOKEN)).orElseThrow()
                .toString()).doesNotContain(TOKEN);
    }

    @Test
    void both_kinds_of_credentials_without_auth_type_is_an_error() {
        assertThatThrownBy(() -> DatabricksSettings.from(env("DATABRICKS_HOST", "h", "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_CLIENT_ID", "sp-id", "DATABRICKS_CLIENT_SECRET", SECRET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one authorization method")
                .hasMessageContaining("DATABRICKS_AUTH_TYPE")
                .hasMessageNotContaining(TOKEN).hasMessageNotContaining(SECRET);
    }

    @ParameterizedTest
    @CsvSource({"pat, false", "oauth-m2m, true", "OAUTH-M2M, true"})
    void auth_type_chooses_between_both_kinds(String authType, boolean oauth) {
        DatabricksSettings settings = DatabricksSettings.from(env("DATABRICKS_HOST", "h", "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_CLIENT_ID", "sp-id", "DATABRICKS_CLIENT_SECRET", SECRET,
                "DATABRICKS_AUTH_TYPE", authType)).orElseThrow();

        assertThat(settings.credentials().isOAuth()).isEqualTo(oauth);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DATABRICKS_CLIENT_ID|sp-id|DATABRICKS_CLIENT_SECRET",
            "DATABRICKS_CLIENT_SECRET|" + SECRET + "|DATABRICKS_CLIENT_ID",
            "DATABRICKS_AUTH_TYPE|azure-cli|DATABRICKS_AUTH_TYPE",
            "ORDERLENS_FEEDBACK_TABLE|main.x; DROP TABLE y|ORDERLENS_FEEDBACK_TABLE",
            "DATABRICKS_SQL_URL|https://h/sql/editor|DATABRICKS_SQL_URL",
            "DATABRICKS_WAREHOUSE_ID|abc/../x|DATABRICKS_WAREHOUSE_ID"})
    void unusable_values_are_errors_naming_the_variable(String variable, String value, String named) {
        Map<String, String> env = env("DATABRICKS_HOST", "h", "DATABRICKS_TOKEN", TOKEN);
        env.put(variable, value);

        assertThatThrownBy(() -> DatabricksSettings.from(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abcdef0123456789",
            "/sql/1.0/warehouses/abcdef0123456789",
            "/sql/1.0/endpoints/abcdef0123456789",
            "https://adb-1.7.azuredatabricks.net/sql/1.0/warehouses/abcdef0123456789",
            "https://dbc-a1b2.cloud.databricks.com/sql/warehouses/abcdef0123456789?o=1234",
            "jdbc:databricks://dbc-a1b2.cloud.databricks.com:443/default;transportMode=http;ssl=1;httpPath=/sql/1.0/warehouses/abcdef0123456789;AuthMech=3",
            "databricks://token:dapiSECRET@dbc-a1b2.cloud.databricks.com?http_path=%2Fsql%2F1.0%2Fwarehouses%2Fabcdef0123456789"})
    void sql_url_alias_yields_the_warehouse_id(String sqlUrl) {
        DatabricksSettings settings = DatabricksSettings.from(env("DATABRICKS_HOST", "h", "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_SQL_URL", sqlUrl)).orElseThrow();

        assertThat(settings.warehouse()).contains("abcdef0123456789");
    }

    @Test
    void sql_url_error_never_repeats_the_url() {
        assertThatThrownBy(() -> DatabricksSettings.from(env("DATABRICKS_HOST", "h", "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_SQL_URL", "databricks://token:dapiSECRET@h/none")))
                .hasMessageNotContaining("dapiSECRET");
    }

    @Test
    void warehouse_id_and_sql_url_naming_different_warehouses_is_an_error() {
        assertThatThrownBy(() -> DatabricksSettings.from(env("DATABRICKS_HOST", "h", "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_WAREHOUSE_ID", "aaaaaaaaaaaaaaaa", "DATABRICKS_SQL_URL", "/sql/1.0/warehouses/bbbbbbbbbbbbbbbb")))
                .hasMessageContaining("DATABRICKS_WAREHOUSE_ID").hasMessageContaining("DATABRICKS_SQL_URL");
    }
}
