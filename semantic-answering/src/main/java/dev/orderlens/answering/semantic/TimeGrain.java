package dev.orderlens.answering.semantic;

import java.util.Locale;
import java.util.Optional;

/** A time bucket a trend can be grouped by. */
public enum TimeGrain {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    DAY_OF_WEEK;

    /** The name of the result column that holds the bucket ({@code month}, {@code day_of_week}…). */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TimeGrain> parse(String name) {
        for (TimeGrain grain : values()) {
            if (grain.columnName().equalsIgnoreCase(name)) {
                return Optional.of(grain);
            }
        }
        return Optional.empty();
    }
}
