package dev.orderlens.databricks;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The principal order-event ingest writes with, read from the environment. It is kept apart from the query
 * principal of {@link DatabricksSettings}, which stays read-only: generated SQL never runs with rights to write.
 * It signs in to the same workspace host.
 *
 * @param credentials the writer's personal access token or service principal OAuth credentials
 * @param warehouseId the warehouse ingest writes through, or {@code null} to use the query warehouse
 */
public record DatabricksWriterSettings(DatabricksCredentials credentials, String warehouseId) {

    private static final String PREFIX = "DATABRICKS_WRITER_";

    public DatabricksWriterSettings {
        Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * Reads {@code DATABRICKS_WRITER_TOKEN} or {@code DATABRICKS_WRITER_CLIENT_ID} +
     * {@code DATABRICKS_WRITER_CLIENT_SECRET} (with {@code DATABRICKS_WRITER_AUTH_TYPE} to choose when both are
     * set) and {@code DATABRICKS_WRITER_WAREHOUSE_ID}.
     *
     * @return empty when no writer credentials are set: ingest into Databricks is then off
     * @throws IllegalArgumentException naming the variable when a value is unusable, or when the writer is the
     *         query principal itself
     */
    public static Optional<DatabricksWriterSettings> from(Map<String, String> env) {
        Optional<DatabricksCredentials> writer = EnvironmentValues.credentials(env, PREFIX);
        if (writer.isEmpty()) {
            return Optional.empty();
        }
        Optional<DatabricksCredentials> query = EnvironmentValues.credentials(env, "DATABRICKS_");
        if (query.isPresent() && query.get().samePrincipal(writer.get())) {
            throw new IllegalArgumentException(PREFIX + "* name the query principal itself (DATABRICKS_TOKEN or"
                    + " DATABRICKS_CLIENT_ID); the writer must be another principal, so that queries stay read-only");
        }
        return Optional.of(new DatabricksWriterSettings(writer.get(),
                EnvironmentValues.warehouseId(env, PREFIX + "WAREHOUSE_ID").orElse(null)));
    }

    public Optional<String> warehouse() {
        return Optional.ofNullable(warehouseId);
    }

    /** The warehouse to write through: the writer's own, else the query warehouse. */
    public Optional<String> warehouse(DatabricksSettings settings) {
        return warehouse().or(settings::warehouse);
    }

    /** A workspace on the query settings' host that signs in as the writer, with default timeouts and retries. */
    public DatabricksWorkspace workspace(DatabricksSettings settings) {
        return DatabricksWorkspace.builder().host(settings.host()).credentials(credentials).build();
    }
}
