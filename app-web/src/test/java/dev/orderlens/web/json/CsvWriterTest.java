package dev.orderlens.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "a,b|\"a,b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
            "+1 555|'+1 555",
            "@SUM(A1)|'@SUM(A1)",
            "-12.5|-12.5"})
    void fields_are_quoted_and_formulas_neutralised(String text, String expected) {
        assertThat(CsvWriter.field(text)).isEqualTo(expected);
    }

    @Test
    void a_result_is_a_header_then_one_crlf_line_per_row_with_empty_nulls() throws Exception {
        SqlResult result = SqlResult.of(List.of(new Column("day", ColumnType.DATE), new Column("total", ColumnType.DECIMAL),
                new Column("note", ColumnType.STRING)),
                List.of(Arrays.asList(LocalDate.of(2025, 9, 8), new BigDecimal("12.50"), null),
                        Arrays.asList(LocalDate.of(2025, 9, 9), new BigDecimal("-3.00"), "late, again")));
        StringWriter out = new StringWriter();

        CsvWriter.write(result, out);

        assertThat(out.toString()).isEqualTo("day,total,note\r\n2025-09-08,12.50,\r\n2025-09-09,-3.00,\"late, again\"\r\n");
    }
}
