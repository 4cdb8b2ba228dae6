package dev.orderlens.answering;

import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.core.domain.table.SqlDialect;
import java.time.LocalDate;

/** Where the SQL dialects differ for the queries the local generator writes. */
interface DialectRules {

    /**
     * The bucket of a time column for a grain, as a date (or the year or the hour of the day as a number, the
     * weekday's name, or 'weekend' and 'weekday').
     */
    default String timeBucket(TimeGrain grain, String column) {
        switch (grain) {
            case DAY:
                return "CAST(" + column + " AS DATE)";
            case YEAR:
                return "year(" + column + ")";
            case HALF:
                return "make_date(year(" + column + "), CASE WHEN month(" + column + ") <= 6 THEN 1 ELSE 7 END, 1)";
            case DAY_OF_WEEK:
                return dayName(column);
            case DAY_TYPE:
                return "CASE WHEN " + dayOfWeekNumber(column) + " IN (" + weekendDayNumbers()
                        + ") THEN 'weekend' ELSE 'weekday' END";
            case HOUR_OF_DAY:
                return "hour(" + column + ")";
            default:
                return "CAST(date_trunc('" + truncationUnit(grain) + "', " + column + ") AS DATE)";
        }
    }

    /** The weekday's name of a time column. */
    String dayName(String column);

    /** How {@code date_trunc} names the grain. */
    String truncationUnit(TimeGrain grain);

    /** The weekday of a time column as a number that sorts Monday first. */
    String dayOfWeekNumber(String column);

    /** The numbers {@link #dayOfWeekNumber} gives Saturday and Sunday, separated by commas. */
    String weekendDayNumbers();

    /** A timestamp literal for midnight of a day. */
    default String timestamp(LocalDate day) {
        return "TIMESTAMP '" + day + " 00:00:00'";
    }

    static DialectRules of(SqlDialect dialect) {
        return dialect == SqlDialect.DATABRICKS ? new Databricks() : new DuckDb();
    }

    /** DuckDB. */
    final class DuckDb implements DialectRules {
        @Override
        public String dayName(String column) {
            return "dayname(" + column + ")";
        }

        @Override
        public String truncationUnit(TimeGrain grain) {
            return grain.columnName();
        }

        @Override
        public String dayOfWeekNumber(String column) {
            return "isodow(" + column + ")";
        }

        @Override
        public String weekendDayNumbers() {
            return "6, 7";
        }
    }

    /** Databricks SQL (Spark). */
    final class Databricks implements DialectRules {
        @Override
        public String dayName(String column) {
            return "date_format(" + column + ", 'EEEE')";
        }

        @Override
        public String truncationUnit(TimeGrain grain) {
            return grain.name();
        }

        @Override
        public String dayOfWeekNumber(String column) {
            return "weekday(" + column + ")";
        }

        @Override
        public String weekendDayNumbers() {
            // weekday() counts from Monday as 0
            return "5, 6";
        }
    }
}
