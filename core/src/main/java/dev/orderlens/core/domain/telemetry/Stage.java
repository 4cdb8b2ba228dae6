package dev.orderlens.core.domain.telemetry;

import java.util.Locale;

/** The timed stages of answering a question. */
public enum Stage {
    CONTEXT,
    CLASSIFY,
    SQL_GENERATE,
    SQL_EXECUTE,
    RETRIEVAL,
    SUMMARISE,
    FOLLOW_UPS,
    SAVE,
    TOTAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
