package dev.orderlens.databricks.internal;

import dev.orderlens.databricks.internal.StatementApi.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns Java values into named statement parameters: the value as text plus the SQL type to cast it to. */
public final class Parameters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Parameters() {
    }

    public static List<Parameter> of(Map<String, ?> values) {
        List<Parameter> parameters = new ArrayList<>(values.size());
        values.forEach((name, value) -> parameters.add(of(name, value)));
        return parameters;
    }

    public static Parameter of(String name, Object value) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name must be an identifier (was '" + name + "')");
        }
        if (value == null) {
            return new Parameter(name, null, "STRING");
        }
        if (value instanceof String || value instanceof Character || value instanceof Enum<?>) {
            return new Parameter(name, value.toString(), "STRING");
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Parameter(name, value.toString(), "BIGINT");
        }
        if (value instanceof BigDecimal decimal) {
            int scale = Math.max(decimal.scale(), 0);
            int precision = Math.min(Math.max(decimal.precision(), scale + 1), 38);
            return new Parameter(name, decimal.toPlainString(), "DECIMAL(" + precision + "," + scale + ")");
        }
        if (value instanceof Double || value instanceof Float) {
            return new Parameter(name, value.toString(), "DOUBLE");
        }
        if (value instanceof Boolean) {
            return new Parameter(name, value.toString(), "BOOLEAN");
        }
        if (value instanceof LocalDate) {
            return new Parameter(name, value.toString(), "DATE");
        }
        if (value instanceof LocalDateTime) {
            return new Parameter(name, value.toString(), "TIMESTAMP_NTZ");
        }
        if (value instanceof Instant) {
            return new Parameter(name, value.toString(), "TIMESTAMP");
        }
        throw new IllegalArgumentException("parameter '" + name + "' has an unsupported type "
                + value.getClass().getSimpleName());
    }
}
