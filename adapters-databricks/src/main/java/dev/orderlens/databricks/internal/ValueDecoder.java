package dev.orderlens.databricks.internal;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.databricks.internal.StatementApi.ColumnInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns JSON_ARRAY values (always text, or {@code null} for SQL NULL) into typed values according to the
 * column's Databricks {@code type_name}. Timestamps carrying an offset are brought to UTC; unknown types stay text.
 */
public final class ValueDecoder {

    /** Timestamps as {@code 2024-03-01T10:15:00.000Z}, {@code 2024-03-01 10:15:00}, with or without fraction/offset. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter(Locale.ROOT);

    private ValueDecoder() {
    }

    public static List<Column> columns(List<ColumnInfo> infos) {
        List<Column> columns = new ArrayList<>(infos.size());
        for (ColumnInfo info : infos) {
            columns.add(new Column(info.name(), typeOf(info.typeName())));
        }
        return columns;
    }

    public static ColumnType typeOf(String typeName) {
        switch (typeName == null ? "" : typeName.toUpperCase(Locale.ROOT)) {
            case "LONG": case "INT": case "SHORT": case "BYTE":
                return ColumnType.INTEGER;
            case "DECIMAL":
                return ColumnType.DECIMAL;
            case "DOUBLE": case "FLOAT":
                return ColumnType.DOUBLE;
            case "BOOLEAN":
                return ColumnType.BOOLEAN;
            case "DATE":
                return ColumnType.DATE;
            case "TIMESTAMP": case "TIMESTAMP_NTZ":
                return ColumnType.TIMESTAMP;
            case "ARRAY": case "MAP": case "STRUCT": case "BINARY": case "INTERVAL": case "USER_DEFINED_TYPE":
            case "NULL":
                return ColumnType.OTHER;
            default:
                return ColumnType.STRING;
        }
    }

    public static List<Object> row(List<Column> columns, List<String> values) {
        if (values.size() != columns.size()) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "SQL result row has "
                    + values.size() + " values for " + columns.size() + " columns");
        }
        List<Object> row = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            row.add(decode(columns.get(i), values.get(i)));
        }
        return row;
    }

    static Object decode(Column column, String text) {
        if (text == null) {
            return null;
        }
        try {
            switch (column.type()) {
                case INTEGER:
                    return Long.valueOf(text.trim());
                case DECIMAL:
                    return new BigDecimal(text.trim());
                case DOUBLE:
                    return Double.valueOf(text.trim());
                case BOOLEAN:
                    return parseBoolean(text.trim());
                case DATE:
                    return LocalDate.parse(text.trim());
                case TIMESTAMP:
                    return OffsetDateTime.parse(text.trim(), TIMESTAMP)
                            .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                default:
                    return text;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "SQL result column '"
                    + column.name() + "' of type " + column.type() + " holds an unreadable value");
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new NumberFormatException("not a boolean");
    }
}
