package dev.orderlens.mlflow;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where MLflow is, which experiment the runs go to, and the token, read from the environment.
 *
 * @param trackingUri the server's base URL (for Databricks, the workspace URL)
 * @param experimentId the experiment's id, or {@code null} to use {@code experimentName}
 * @param experimentName the experiment to find or create when no id is given
 * @param token the bearer token, or {@code null}; never shown by {@link #toString()}
 * @param requestTimeout how long one call may take
 */
public record MlflowSettings(URI trackingUri, String experimentId, String experimentName, String token,
        Duration requestTimeout) {

    public static final String DEFAULT_EXPERIMENT_NAME = "orderlens";
    /** Databricks experiment names are workspace paths. */
    public static final String DEFAULT_DATABRICKS_EXPERIMENT_NAME = "/Shared/orderlens";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public MlflowSettings {
        Objects.requireNonNull(trackingUri, "trackingUri");
        if (experimentId == null && (experimentName == null || experimentName.isBlank())) {
            throw new IllegalArgumentException("an MLflow experiment id or name is needed");
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /**
     * Reads {@code MLFLOW_TRACKING_URI} ({@code databricks}, which takes {@code DATABRICKS_HOST} and
     * {@code DATABRICKS_TOKEN}, or an http(s) URL, with the optional {@code MLFLOW_TRACKING_TOKEN}),
     * {@code MLFLOW_EXPERIMENT_ID} (alias {@code DATABRICKS_MLFLOW_EXPERIMENT_ID}) or {@code MLFLOW_EXPERIMENT_NAME},
     * and {@code MLFLOW_HTTP_REQUEST_TIMEOUT} (seconds). Empty when MLflow is not configured.
     *
     * @throws IllegalArgumentException naming the variable that is malformed or missing
     */
    public static Optional<MlflowSettings> from(Map<String, String> env) {
        Optional<String> tracking = value(env, "MLFLOW_TRACKING_URI");
        if (tracking.isEmpty()) {
            return Optional.empty();
        }
        boolean databricks = tracking.get().equals("databricks");
        URI trackingUri;
        String token;
        if (databricks) {
            String host = value(env, "DATABRICKS_HOST").orElseThrow(() -> new IllegalArgumentException(
                    "DATABRICKS_HOST is needed when MLFLOW_TRACKING_URI is 'databricks'"));
            trackingUri = httpUrl("DATABRICKS_HOST", host.contains("://") ? host : "https://" + host);
            token = value(env, "DATABRICKS_TOKEN").or(() -> value(env, "MLFLOW_TRACKING_TOKEN"))
                    .orElseThrow(() -> new IllegalArgumentException(
                            "DATABRICKS_TOKEN is needed when MLFLOW_TRACKING_URI is 'databricks'"));
        } else {
            trackingUri = httpUrl("MLFLOW_TRACKING_URI", tracking.get());
            // A Databricks token is never sent to another server.
            token = value(env, "MLFLOW_TRACKING_TOKEN").orElse(null);
        }
        String experimentId = value(env, "MLFLOW_EXPERIMENT_ID")
                .or(() -> value(env, "DATABRICKS_MLFLOW_EXPERIMENT_ID")).orElse(null);
        String experimentName = value(env, "MLFLOW_EXPERIMENT_NAME")
                .orElse(databricks ? DEFAULT_DATABRICKS_EXPERIMENT_NAME : DEFAULT_EXPERIMENT_NAME);
        Duration timeout = value(env, "MLFLOW_HTTP_REQUEST_TIMEOUT").map(MlflowSettings::seconds)
                .orElse(DEFAULT_REQUEST_TIMEOUT);
        return Optional.of(new MlflowSettings(trackingUri, experimentId, experimentName, token, timeout));
    }

    @Override
    public String toString() {
        return "MlflowSettings[trackingUri=" + trackingUri + ", "
                + (experimentId != null ? "experimentId=" + experimentId : "experimentName=" + experimentName)
                + ", token=" + (token == null ? "none" : "****") + ", requestTimeout=" + requestTimeout + "]";
    }

    private static URI httpUrl(String variable, String value) {
        try {
            URI uri = new URI(value.replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without the value
        }
        throw new IllegalArgumentException(variable + " must be an http(s) URL without credentials");
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "MLFLOW_HTTP_REQUEST_TIMEOUT must be a positive number of seconds (was '" + value + "')");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
