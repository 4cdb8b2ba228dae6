package dev.orderlens.bootstrap;

import dev.orderlens.core.routing.RoutingPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of OrderLens itself (the outside systems' settings belong to their adapters).
 *
 * @param home where generated data, indexes, telemetry and feedback live ({@code ORDERLENS_HOME})
 * @param asOf the "today" relative dates are resolved against ({@code ORDERLENS_AS_OF}); empty: the
 *     semantic model's today for the sample, else the system clock
 * @param routing the routing thresholds ({@code ORDERLENS_ROUTE_HIGH}, {@code ORDERLENS_ROUTE_LOW})
 * @param sampleOrders how many orders the generated sample holds ({@code ORDERLENS_SAMPLE_ORDERS})
 * @param semanticModelFile a semantic model file replacing the sample's ({@code ORDERLENS_SEMANTIC_MODEL})
 * @param sqlTimeout how long a query may run ({@code ORDERLENS_SQL_TIMEOUT_SECONDS})
 * @param ingest whether order events are taken in, and the secret of the ingest endpoints
 */
public record OrderLensSettings(Path home, Optional<LocalDate> asOf, RoutingPolicy routing, int sampleOrders,
        Optional<Path> semanticModelFile, Duration sqlTimeout, IngestSettings ingest) {

    public static final int DEFAULT_SAMPLE_ORDERS = 60_000;

    public static OrderLensSettings from(Map<String, String> env) {
        Path home = Optional.ofNullable(blankToNull(env.get("ORDERLENS_HOME"))).map(Path::of)
                .orElseGet(() -> Path.of(Optional.ofNullable(env.get("HOME")).orElse("."), ".orderlens"));
        Optional<LocalDate> asOf = Optional.ofNullable(blankToNull(env.get("ORDERLENS_AS_OF")))
                .map(value -> parseDate("ORDERLENS_AS_OF", value));
        double high = number(env, "ORDERLENS_ROUTE_HIGH", RoutingPolicy.DEFAULT_HIGH);
        double low = number(env, "ORDERLENS_ROUTE_LOW", RoutingPolicy.DEFAULT_LOW);
        RoutingPolicy routing;
        try {
            routing = new RoutingPolicy(high, low);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("ORDERLENS_ROUTE_HIGH/ORDERLENS_ROUTE_LOW: " + e.getMessage());
        }
        int sampleOrders = (int) number(env, "ORDERLENS_SAMPLE_ORDERS", DEFAULT_SAMPLE_ORDERS);
        if (sampleOrders < 1_000 || sampleOrders > 5_000_000) {
            throw new SettingsException("ORDERLENS_SAMPLE_ORDERS must be between 1000 and 5000000 (was " + sampleOrders + ")");
        }
        Optional<Path> model = Optional.ofNullable(blankToNull(env.get("ORDERLENS_SEMANTIC_MODEL"))).map(Path::of);
        double timeoutSeconds = number(env, "ORDERLENS_SQL_TIMEOUT_SECONDS", 30);
        if (timeoutSeconds <= 0) {
            throw new SettingsException("ORDERLENS_SQL_TIMEOUT_SECONDS must be positive");
        }
        return new OrderLensSettings(home, asOf, routing, sampleOrders, model,
                Duration.ofMillis((long) (timeoutSeconds * 1000)), IngestSettings.from(env));
    }

    public OrderLensSettings withAsOf(LocalDate date) {
        return new OrderLensSettings(home, Optional.of(date), routing, sampleOrders, semanticModelFile, sqlTimeout,
                ingest);
    }

    public Path dataDirectory() {
        return home.resolve("data");
    }

    public Path indexDirectory() {
        return home.resolve("indexes");
    }

    /** The journal of accepted order events. */
    public Path ingestJournal() {
        return home.resolve("ingest").resolve("journal.jsonl");
    }

    static LocalDate parseDate(String variable, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SettingsException(variable + " must be a date like 2026-01-01 (was '" + value + "')");
        }
    }

    static double number(Map<String, String> env, String variable, double fallback) {
        String value = blankToNull(env.get(variable));
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException(variable + " must be a number (was '" + value + "')");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
