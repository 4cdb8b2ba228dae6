package dev.orderlens.databricks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.port.BackendException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValueDecoderTest {

    @ParameterizedTest
    @CsvSource({"LONG, INTEGER", "INT, INTEGER", "SHORT, INTEGER", "BYTE, INTEGER", "DECIMAL, DECIMAL",
            "DOUBLE, DOUBLE", "FLOAT, DOUBLE", "BOOLEAN, BOOLEAN", "DATE, DATE", "TIMESTAMP, TIMESTAMP",
            "TIMESTAMP_NTZ, TIMESTAMP", "STRING, STRING", "CHAR, STRING", "VARIANT, STRING", "ARRAY, OTHER",
            "STRUCT, OTHER", "BINARY, OTHER"})
    void maps_databricks_type_names_to_column_types(String typeName, ColumnType expected) {
        assertThat(ValueDecoder.typeOf(typeName)).isEqualTo(expected);
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(ColumnType.INTEGER, "42", 42L),
                Arguments.of(ColumnType.DECIMAL, "1234.50", new BigDecimal("1234.50")),
                Arguments.of(ColumnType.DOUBLE, "NaN", Double.NaN),
                Arguments.of(ColumnType.DOUBLE, "-Infinity", Double.NEGATIVE_INFINITY),
                Arguments.of(ColumnType.DOUBLE, "0.25", 0.25),
                Arguments.of(ColumnType.BOOLEAN, "true", true),
                Arguments.of(ColumnType.DATE, "2025-09-08", LocalDate.of(2025, 9, 8)),
                Arguments.of(ColumnType.TIMESTAMP, "2024-03-01T10:15:00.000Z", LocalDateTime.of(2024, 3, 1, 10, 15)),
                Arguments.of(ColumnType.TIMESTAMP, "2024-03-01 10:15:00", LocalDateTime.of(2024, 3, 1, 10, 15)),
                Arguments.of(ColumnType.TIMESTAMP, "2024-03-01T12:15:00+02:00", LocalDateTime.of(2024, 3, 1, 10, 15)),
                Arguments.of(ColumnType.OTHER, "[\"a\",\"b\"]", "[\"a\",\"b\"]"),
                Arguments.of(ColumnType.INTEGER, null, null));
    }

    @ParameterizedTest
    @MethodSource("values")
    void decodes_text_values_by_column_type(ColumnType type, String text, Object expected) {
        assertThat(ValueDecoder.decode(new Column("c", type), text)).isEqualTo(expected);
    }

    @Test
    void unreadable_value_names_the_column() {
        assertThatThrownBy(() -> ValueDecoder.decode(new Column("order_total", ColumnType.DECIMAL), "ten"))
                .isInstanceOf(BackendException.class).hasMessageContaining("order_total");
    }
}
