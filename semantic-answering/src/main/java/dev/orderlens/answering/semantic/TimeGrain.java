package dev.orderlens.answering.semantic;

import java.util.Locale;
import java.util.Optional;

/** A time bucket a trend can be grouped by. */
public enum TimeGrain {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    /** The first or second half of a year, January to June or July to December. */
    HALF,
    YEAR,
    DAY_OF_WEEK,
    /** Weekend (Saturday and Sunday) or weekday, whatever the week: "weekend vs weekday orders". */
    DAY_TYPE,
    /** The hour of the day a time falls in, 0 to 23, whatever the day. */
    HOUR_OF_DAY;

    /** The name of the result column that holds the bucket ({@code month}, {@code day_of_week}…). */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the buckets come round again (Monday after Sunday, weekend after weekday, midnight
     * after 23:00) rather than follow in time. */
    public boolean cyclic() {
        return this == DAY_OF_WEEK || this == DAY_TYPE || this == HOUR_OF_DAY;
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
