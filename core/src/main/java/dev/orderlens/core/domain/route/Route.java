package dev.orderlens.core.domain.route;

import java.util.Locale;
import java.util.Optional;

/** How a question is answered: by a SQL query over the orders table, or by retrieval-augmented generation. */
public enum Route {
    SQL,
    RAG;

    /** Parses a route label case-insensitively, tolerating surrounding blanks; empty when it is not a route. */
    public static Optional<Route> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String normalized = label.strip().toUpperCase(Locale.ROOT);
        for (Route route : values()) {
            if (route.name().equals(normalized)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
