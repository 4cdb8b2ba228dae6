package dev.orderlens.databricks;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Databricks settings read from the environment (or {@code .env.local}). Present only when a host and
 * credentials are set; then the wiring uses Databricks instead of the embedded defaults.
 *
 * @param host the workspace URL, normalised ({@code https://} added, path and trailing slash dropped)
 * @param credentials a personal access token or a service principal's OAuth credentials
 * @param warehouseId the SQL warehouse id, or {@code null} when none is configured
 * @param ordersTable the orders table SQL answers are computed from
 * @param ordersIndex the vector index over orders and support notes
 * @param analyticsIndex the vector index over the analytics documents
 * @param feedbackTable the table likes and dislikes are inserted into
 */
public record DatabricksSettings(String host, DatabricksCredentials credentials, String warehouseId,
        String ordersTable, String ordersIndex, String analyticsIndex, String feedbackTable) {

    public static final String DEFAULT_ORDERS_TABLE = "customer_suppport_agent.raw.orders";
    public static final String DEFAULT_ORDERS_INDEX = "customer_suppport_agent.raw.orders_index";
    public static final String DEFAULT_ANALYTICS_INDEX = "customer_suppport_agent.raw.analytics_index";
    public static final String DEFAULT_FEEDBACK_TABLE = "customer_suppport_agent.raw.message_feedback";

    public DatabricksSettings {
        host = DatabricksWorkspace.normalizeHost(Objects.requireNonNull(host, "host")).toString();
        Objects.requireNonNull(credentials, "credentials");
        TableName.check(ordersTable, "ordersTable");
        TableName.check(ordersIndex, "ordersIndex");
        TableName.check(analyticsIndex, "analyticsIndex");
        TableName.check(feedbackTable, "feedbackTable");
    }

    /**
     * Reads {@code DATABRICKS_HOST}, {@code DATABRICKS_TOKEN} or {@code DATABRICKS_CLIENT_ID} +
     * {@code DATABRICKS_CLIENT_SECRET} (with {@code DATABRICKS_AUTH_TYPE} to choose when both are set),
     * {@code DATABRICKS_WAREHOUSE_ID} (or {@code DATABRICKS_SQL_URL}) and the {@code ORDERLENS_*} table and
     * index names.
     *
     * @return empty when the host or the credentials are not set
     * @throws IllegalArgumentException naming the variable when a value is unusable
     */
    public static Optional<DatabricksSettings> from(Map<String, String> env) {
        Optional<String> host = EnvironmentValues.value(env, "DATABRICKS_HOST");
        Optional<DatabricksCredentials> credentials = EnvironmentValues.credentials(env, "DATABRICKS_");
        if (host.isEmpty() || credentials.isEmpty()) {
            return Optional.empty();
        }
        String normalizedHost;
        try {
            normalizedHost = DatabricksWorkspace.normalizeHost(host.get()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DATABRICKS_HOST " + e.getMessage(), e);
        }
        return Optional.of(new DatabricksSettings(normalizedHost, credentials.get(), warehouseId(env).orElse(null),
                table(env, "ORDERLENS_ORDERS_TABLE", DEFAULT_ORDERS_TABLE),
                table(env, "ORDERLENS_ORDERS_INDEX", DEFAULT_ORDERS_INDEX),
                table(env, "ORDERLENS_ANALYTICS_INDEX", DEFAULT_ANALYTICS_INDEX),
                table(env, "ORDERLENS_FEEDBACK_TABLE", DEFAULT_FEEDBACK_TABLE)));
    }

    public Optional<String> warehouse() {
        return Optional.ofNullable(warehouseId);
    }

    private static Optional<String> warehouseId(Map<String, String> env) {
        Optional<String> id = EnvironmentValues.warehouseId(env, "DATABRICKS_WAREHOUSE_ID");
        Optional<String> fromUrl = EnvironmentValues.value(env, "DATABRICKS_SQL_URL")
                .map(url -> WarehouseIds.parse(url).orElseThrow(() -> new IllegalArgumentException(
                        "DATABRICKS_SQL_URL holds no warehouse id; expected a warehouse id, an HTTP path like"
                                + " /sql/1.0/warehouses/<id>, or a URL containing one")));
        if (id.isPresent() && fromUrl.isPresent() && !id.get().equals(fromUrl.get())) {
            throw new IllegalArgumentException("DATABRICKS_WAREHOUSE_ID and DATABRICKS_SQL_URL name different"
                    + " warehouses; set only one");
        }
        return id.or(() -> fromUrl);
    }

    private static String table(Map<String, String> env, String variable, String fallback) {
        return TableName.check(EnvironmentValues.value(env, variable).orElse(fallback), variable);
    }
}
