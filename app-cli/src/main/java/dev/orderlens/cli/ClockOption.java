package dev.orderlens.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of DATE}: the "today" relative dates such as "last month" are resolved against. */
final class ClockOption {

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Resolve relative dates against this day (yyyy-mm-dd) instead of the default today.")
    private LocalDate asOf;

    /** The settings to lay over the environment's. */
    Map<String, String> overrides() {
        return asOf == null ? Map.of() : Map.of("ORDERLENS_AS_OF", asOf.toString());
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date like 2026-01-01");
            }
        }
    }
}
