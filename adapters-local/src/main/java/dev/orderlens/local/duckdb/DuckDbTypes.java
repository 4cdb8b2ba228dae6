package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** Maps between DuckDB's types and the logical {@link ColumnType}s and Java values of query results. */
final class DuckDbTypes {

    /** Decimal columns this adapter creates hold money: two decimals, up to 18 digits. */
    static final int DECIMAL_PRECISION = 18;
    static final int DECIMAL_SCALE = 2;

    private DuckDbTypes() {
    }

    /** The DuckDB column type a table of this adapter uses for a logical type. */
    static String sqlType(ColumnType type) {
        return switch (type) {
            case STRING, OTHER -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DECIMAL(" + DECIMAL_PRECISION + "," + DECIMAL_SCALE + ")";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
        };
    }

    /**
     * The logical type of a result column from its DuckDB type name ({@code DECIMAL(10,2)}, {@code HUGEINT},
     * {@code TIMESTAMP WITH TIME ZONE}, {@code INTEGER[]}…). Nested, interval, time and binary types are
     * {@link ColumnType#OTHER} and read as text.
     */
    static ColumnType columnType(String duckDbTypeName) {
        String name = duckDbTypeName.toUpperCase(Locale.ROOT);
        if (name.startsWith("DECIMAL(") || name.equals("DECIMAL")) {
            return ColumnType.DECIMAL;
        }
        return switch (name) {
            case "VARCHAR", "ENUM", "UUID" -> ColumnType.STRING;
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
                    "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT" -> ColumnType.INTEGER;
            case "FLOAT", "REAL", "DOUBLE" -> ColumnType.DOUBLE;
            case "BOOLEAN" -> ColumnType.BOOLEAN;
            case "DATE" -> ColumnType.DATE;
            case "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS", "TIMESTAMP WITH TIME ZONE" ->
                    ColumnType.TIMESTAMP;
            default -> ColumnType.OTHER;
        };
    }

    /**
     * The value of column {@code index} of the current row as the Java type {@link ColumnType} promises.
     * Timestamps with a time zone become their UTC local time.
     *
     * @throws ArithmeticException when an integer does not fit in a {@code long}
     */
    static Object value(ResultSet row, int index, ColumnType type) throws SQLException {
        Object raw = row.getObject(index);
        if (raw == null) {
            return null;
        }
        return switch (type) {
            case STRING, OTHER -> raw instanceof String text ? text : row.getString(index);
            case INTEGER -> raw instanceof BigInteger big ? big.longValueExact() : ((Number) raw).longValue();
            case DECIMAL -> (BigDecimal) raw;
            // A FLOAT's shortest decimal form, so that 0.1f reads as 0.1 rather than 0.10000000149.
            case DOUBLE -> raw instanceof Float single ? Double.valueOf(single.toString()) : (Double) raw;
            case BOOLEAN -> (Boolean) raw;
            case DATE -> row.getObject(index, LocalDate.class);
            case TIMESTAMP -> raw instanceof OffsetDateTime zoned
                    ? zoned.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    : row.getObject(index, LocalDateTime.class);
        };
    }
}
