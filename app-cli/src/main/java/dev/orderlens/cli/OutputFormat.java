package dev.orderlens.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** How a command writes its result on standard output. */
enum OutputFormat {
    TEXT,
    JSON,
    CSV,
    MARKDOWN;

    /** Refuses a format the command does not write, as a usage error naming the ones it does. */
    static void require(OutputFormat format, CommandSpec spec, OutputFormat... supported) {
        if (!Arrays.asList(supported).contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format.label() + " is not "
                    + "supported here; use " + List.of(supported).stream().map(OutputFormat::label)
                    .collect(Collectors.joining(", ")));
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
