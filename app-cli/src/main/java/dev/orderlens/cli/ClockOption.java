package dev.orderlens.cli;

import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the "today" relative dates such as "last month" are resolved against. */
final class ClockOption {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Resolve relative dates against this day (yyyy-mm-dd) instead of the default today.")
    private LocalDate asOf;

    /** The settings to lay over the environment's. */
    Map<String, String> overrides() {
        return asOf == null ? Map.of() : Map.of("ORDERLENS_AS_OF", asOf.toString());
    }
}
