package dev.orderlens.core.domain.route;

import java.util.Locale;
import java.util.Optional;

/** The route a user asked for: {@code AUTO} lets the router decide, the others force it. */
public enum RoutePreference {
    AUTO,
    SQL,
    RAG;

    public Optional<Route> forcedRoute() {
        return switch (this) {
            case AUTO -> Optional.empty();
            case SQL -> Optional.of(Route.SQL);
            case RAG -> Optional.of(Route.RAG);
        };
    }

    /** Parses {@code auto|sql|rag} case-insensitively; {@code null} or blank means AUTO. */
    public static RoutePreference parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        String normalized = value.strip().toUpperCase(Locale.ROOT);
        for (RoutePreference preference : values()) {
            if (preference.name().equals(normalized)) {
                return preference;
            }
        }
        throw new IllegalArgumentException("route must be one of auto, sql, rag (was '" + value + "')");
    }
}
