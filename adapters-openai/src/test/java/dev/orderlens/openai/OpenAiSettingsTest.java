package dev.orderlens.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

    @Test
    void absent_without_a_key_or_a_server() {
        assertThat(OpenAiSettings.from(Map.of("OPENAI_CHAT_MODEL", "gpt-4o", "OPENAI_API_KEY", " "))).isEmpty();
    }

    @Test
    void a_key_alone_selects_openai_with_defaults() {
        OpenAiSettings settings = OpenAiSettings.from(Map.of("OPENAI_API_KEY", "sk-abc123")).orElseThrow();

        assertThat(settings).isEqualTo(new OpenAiSettings(Provider.OPENAI, "https://api.openai.com/v1", "sk-abc123",
                "gpt-4o-mini", Optional.empty(), StructuredOutput.JSON_SCHEMA,
                TokenLimitParameter.MAX_COMPLETION_TOKENS, null, 8));
        assertThat(settings.buildEmbeddingModel()).isEmpty();
        assertThat(settings.buildLanguageModel().modelName()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void a_local_server_needs_no_key() {
        OpenAiSettings settings = OpenAiSettings.from(Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1/",
                "OPENAI_CHAT_MODEL", "llama3.1:8b", "OPENAI_EMBEDDING_MODEL", "nomic-embed-text")).orElseThrow();

        assertThat(settings.provider()).isEqualTo(Provider.GENERIC_COMPATIBLE);
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.buildEmbeddingModel()).get().extracting(OpenAiEmbeddingModel::modelName)
                .isEqualTo("nomic-embed-text");
    }

    @Test
    void a_serving_endpoints_url_selects_databricks() {
        OpenAiSettings settings = OpenAiSettings.from(Map.of(
                "OPENAI_BASE_URL", "https://adb-123.azuredatabricks.net/serving-endpoints",
                "OPENAI_API_KEY", "dapi0123", "OPENAI_CHAT_MODEL", "databricks-meta-llama-3-3-70b-instruct",
                "OPENAI_STRUCTURED_OUTPUT", "json-schema")).orElseThrow();

        assertThat(settings.provider()).isEqualTo(Provider.DATABRICKS);
        assertThat(settings.structuredOutput()).isEqualTo(StructuredOutput.JSON_SCHEMA);
        assertThat(settings.tokenLimitParameter()).isEqualTo(TokenLimitParameter.MAX_TOKENS);
    }

    @Test
    void azure_settings_take_the_endpoint_deployments_and_api_version() {
        OpenAiSettings settings = OpenAiSettings.from(Map.of(
                "AZURE_OPENAI_ENDPOINT", "https://orders.openai.azure.com/",
                "AZURE_OPENAI_API_KEY", "azurekey123",
                "AZURE_OPENAI_DEPLOYMENT", "orders-gpt4o",
                "AZURE_OPENAI_EMBEDDING_DEPLOYMENT", "orders-embed",
                "OPENAI_API_VERSION", "2024-10-21")).orElseThrow();

        assertThat(settings).isEqualTo(new OpenAiSettings(Provider.AZURE, "https://orders.openai.azure.com",
                "azurekey123", "orders-gpt4o", Optional.of("orders-embed"), StructuredOutput.JSON_SCHEMA,
                TokenLimitParameter.MAX_TOKENS, "2024-10-21", 8));
        assertThat(settings.buildLanguageModel().toString())
                .contains("/openai/deployments/orders-gpt4o/chat/completions?api-version=2024-10-21");
    }

    @Test
    void azure_prefers_its_own_api_version_variable() {
        OpenAiSettings settings = OpenAiSettings.from(Map.of("AZURE_OPENAI_ENDPOINT", "https://o.openai.azure.com",
                "AZURE_OPENAI_API_KEY", "k", "AZURE_OPENAI_DEPLOYMENT", "d",
                "AZURE_OPENAI_API_VERSION", "2025-01-01-preview", "OPENAI_API_VERSION", "2024-10-21")).orElseThrow();

        assertThat(settings.azureApiVersion()).isEqualTo("2025-01-01-preview");
    }

    @Test
    void the_concurrency_limit_of_model_calls_is_a_setting() {
        OpenAiSettings settings = OpenAiSettings.from(Map.of("OPENAI_API_KEY", "sk-abc123",
                "OPENAI_MAX_CONCURRENT_REQUESTS", "256")).orElseThrow();

        assertThat(settings.maxConcurrentRequests()).isEqualTo(256);
        assertThat(settings.toString()).contains("maxConcurrentRequests=256");
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("OPENAI_API_KEY", "k",
                "OPENAI_MAX_CONCURRENT_REQUESTS", "0"))).hasMessageContaining("OPENAI_MAX_CONCURRENT_REQUESTS");
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("OPENAI_API_KEY", "k",
                "OPENAI_MAX_CONCURRENT_REQUESTS", "many"))).hasMessageContaining("OPENAI_MAX_CONCURRENT_REQUESTS");
    }

    @Test
    void validation_errors_name_the_variable() {
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("OPENAI_BASE_URL", "localhost:11434")))
                .hasMessageContaining("OPENAI_BASE_URL");
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("OPENAI_API_KEY", "k", "OPENAI_STRUCTURED_OUTPUT", "xml")))
                .hasMessageContaining("OPENAI_STRUCTURED_OUTPUT").hasMessageContaining("json_schema");
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("OPENAI_API_KEY", "k", "OPENAI_TOKEN_LIMIT_PARAMETER", "x")))
                .hasMessageContaining("OPENAI_TOKEN_LIMIT_PARAMETER");
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("OPENAI_BASE_URL", "https://api.openai.com/v1")))
                .hasMessageContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("AZURE_OPENAI_ENDPOINT", "https://o.openai.azure.com",
                "AZURE_OPENAI_DEPLOYMENT", "d"))).hasMessageContaining("AZURE_OPENAI_API_KEY");
        assertThatThrownBy(() -> OpenAiSettings.from(Map.of("AZURE_OPENAI_ENDPOINT", "https://o.openai.azure.com",
                "AZURE_OPENAI_API_KEY", "k"))).hasMessageContaining("AZURE_OPENAI_DEPLOYMENT");
    }

    @Test
    void to_string_masks_the_key() {
        OpenAiSettings settings = OpenAiSettings.from(Map.of("OPENAI_API_KEY", "sk-secret-value-42")).orElseThrow();

        assertThat(settings.toString()).doesNotContain("sk-secret-value-42").contains("apiKey=***");
    }
}
