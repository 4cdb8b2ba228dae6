package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.table.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CsvValuesTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(ColumnType.STRING, "  keeps blanks ", "  keeps blanks "),
                Arguments.of(ColumnType.INTEGER, " 42 ", 42L),
                Arguments.of(ColumnType.INTEGER, "-9000000000", -9_000_000_000L),
                Arguments.of(ColumnType.DECIMAL, "12.345", new BigDecimal("12.35")),
                Arguments.of(ColumnType.DECIMAL, "1e3", new BigDecimal("1000.00")),
                Arguments.of(ColumnType.DOUBLE, "2.5e-1", 0.25),
                Arguments.of(ColumnType.BOOLEAN, "TRUE", true),
                Arguments.of(ColumnType.BOOLEAN, "n", false),
                Arguments.of(ColumnType.BOOLEAN, "0", false),
                Arguments.of(ColumnType.DATE, "2025-09-08", LocalDate.of(2025, 9, 8)),
                Arguments.of(ColumnType.TIMESTAMP, "2025-09-08 10:15:30", LocalDateTime.of(2025, 9, 8, 10, 15, 30)),
                Arguments.of(ColumnType.TIMESTAMP, "2025-09-08T10:15", LocalDateTime.of(2025, 9, 8, 10, 15)),
                Arguments.of(ColumnType.TIMESTAMP, "2025-09-08 10:15:30.250", LocalDateTime.of(2025, 9, 8, 10, 15, 30, 250_000_000)),
                Arguments.of(ColumnType.TIMESTAMP, "2025-09-08", LocalDateTime.of(2025, 9, 8, 0, 0)),
                Arguments.of(ColumnType.TIMESTAMP, "2025-09-08T10:15:00+02:00", LocalDateTime.of(2025, 9, 8, 8, 15)),
                Arguments.of(ColumnType.TIMESTAMP, "2025-09-08 10:15:00Z", LocalDateTime.of(2025, 9, 8, 10, 15)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("accepted")
    void converts_text_to_the_column_type(ColumnType type, String text, Object expected) {
        assertThat(CsvValues.parse(text, type)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            INTEGER   | 1.5                  | is not a whole number
            INTEGER   | 99999999999999999999 | is not a whole number
            DECIMAL   | $5                   | is not a number
            DECIMAL   | 1,234.50             | is not a number
            DECIMAL   | 1e20                 | has more than 18 digits
            DOUBLE    | NaN                  | is not a number
            BOOLEAN   | maybe                | is not true or false
            DATE      | 09/08/2025           | is not a date (expected YYYY-MM-DD)
            DATE      | 2025-02-30           | is not a date (expected YYYY-MM-DD)
            TIMESTAMP | yesterday            | is not a timestamp (expected YYYY-MM-DD HH:MM:SS)
            TIMESTAMP | 2025-09-08 25:00     | is not a timestamp (expected YYYY-MM-DD HH:MM:SS)
            TIMESTAMP | 2025-13-01 10:00:00  | is not a timestamp (expected YYYY-MM-DD HH:MM:SS)
            TIMESTAMP | 2025-09-08 1a:00:00  | is not a timestamp (expected YYYY-MM-DD HH:MM:SS)
            """)
    void says_what_is_wrong_with_a_bad_value(ColumnType type, String text, String problem) {
        assertThatThrownBy(() -> CsvValues.parse(text, type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(problem);
    }

    @ParameterizedTest
    @EnumSource(ColumnType.class)
    void reads_a_blank_value_as_null_in_every_type(ColumnType type) {
        assertThat(CsvValues.parse("  ", type)).isNull();
    }

    @Test
    void keeps_text_of_unknown_types_as_written() {
        assertThat(CsvValues.parse("{\"a\": 1}", ColumnType.OTHER)).isEqualTo("{\"a\": 1}");
    }
}
