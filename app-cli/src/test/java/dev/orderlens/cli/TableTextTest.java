package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.SettingsException;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.core.sql.UnsafeSqlException;
import dev.orderlens.local.duckdb.OrdersLoadException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableTextTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(0.183456, "0.18", "0.183456"),
                Arguments.of(1.0E7, "10,000,000", "10000000"),
                Arguments.of(new BigDecimal("1234.50"), "1,234.50", "1234.50"),
                Arguments.of(2025L, "2025", "2025"),
                Arguments.of(LocalDateTime.of(2025, 11, 1, 0, 0), "2025-11-01", "2025-11-01 00:00:00"),
                Arguments.of(LocalDateTime.of(2025, 11, 1, 13, 5, 9), "2025-11-01 13:05:09", "2025-11-01 13:05:09"),
                Arguments.of(LocalDate.of(2025, 4, 7), "2025-04-07", "2025-04-07"),
                Arguments.of(null, "", ""),
                Arguments.of(Boolean.TRUE, "true", "true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void rounds_for_people_and_keeps_every_digit_for_machines(Object value, String display, String exact) {
        assertThat(Values.display(value, DisplayFormats.plain().column("value"))).isEqualTo(display);
        assertThat(Values.exact(value)).isEqualTo(exact);
    }

    @Test
    void quotes_csv_fields_that_need_it() {
        SqlResult result = SqlResult.of(List.of(new Column("note", ColumnType.STRING), new Column("n", ColumnType.INTEGER)),
                List.of(Arrays.asList("said \"late\", twice", 1L), Arrays.asList("two\nlines", null)));
        StringWriter out = new StringWriter();

        TableText.csv(new PrintWriter(out, true), result, TableText.names(result));

        assertThat(out.toString()).isEqualTo("note,n\r\n\"said \"\"late\"\", twice\",1\r\n\"two\nlines\",\r\n");
    }

    @Test
    void keeps_table_cells_on_one_line_and_escapes_markdown_pipes() {
        SqlResult result = SqlResult.of(List.of(new Column("note", ColumnType.STRING)),
                List.of(List.of("a|b\nc")));
        StringWriter aligned = new StringWriter();
        StringWriter markdown = new StringWriter();

        TableText.aligned(new PrintWriter(aligned, true), result, 10, DisplayFormats.plain());
        TableText.markdown(new PrintWriter(markdown, true), result, 10, DisplayFormats.plain());

        assertThat(aligned.toString()).isEqualTo("note\n-----\na|b c\n");
        assertThat(markdown.toString()).isEqualTo("| note |\n| --- |\n| a\\|b c |\n");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new BackendException("openai", BackendException.Kind.UNAVAILABLE, "down"), 1),
                Arguments.of(new IllegalStateException("unexpected"), 1),
                Arguments.of(new SettingsException("ORDERLENS_HOME is not a directory"), 2),
                Arguments.of(new UnsafeSqlException("only SELECT"), 2),
                Arguments.of(new IllegalArgumentException("question must not be empty"), 2),
                Arguments.of(new OrdersLoadException("line 3: bad"), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void maps_failures_to_exit_codes(Exception failure, int exitCode) {
        assertThat(new ExitCodes().getExitCode(failure)).isEqualTo(exitCode);
    }
}
