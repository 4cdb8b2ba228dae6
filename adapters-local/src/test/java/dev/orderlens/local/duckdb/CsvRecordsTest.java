package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void reads_quoted_fields_with_commas_quotes_and_line_breaks() throws IOException {
        assertThat(records("a,\"b, \"\"quoted\"\"\nnext line\",c\n")).containsExactly(
                List.of("a", "b, \"quoted\"\nnext line", "c"));
    }

    @Test
    void ends_records_at_lf_or_crlf_and_skips_blank_lines() throws IOException {
        assertThat(records("h1,h2\r\n1,2\r\n\r\n\n3,4")).containsExactly(
                List.of("h1", "h2"), List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void keeps_empty_fields() throws IOException {
        assertThat(records(",\"\",\n")).containsExactly(List.of("", "", ""));
    }

    @Test
    void drops_a_leading_byte_order_mark() throws IOException {
        assertThat(records("\uFEFForder_id\nORD-1\n")).containsExactly(List.of("order_id"), List.of("ORD-1"));
    }

    @Test
    void reads_input_longer_than_its_buffer_whatever_falls_on_the_block_edges() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(",\"say \"\"hi\"\"\"\r\n");
        }

        List<List<String>> records = records(text.toString());

        assertThat(records).hasSize(20_000).allSatisfy(record -> assertThat(record.get(1)).isEqualTo("say \"hi\""));
        assertThat(records.get(19_999).get(0)).isEqualTo("19999");
    }

    @Test
    void numbers_rows_from_one_after_the_header() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("h\n\"multi\nline\"\nx\n"));
        records.next();
        assertThat(records.nextRecordNumber()).isEqualTo(1);
        records.next();
        assertThat(records.nextRecordNumber()).isEqualTo(2);
    }

    private static List<List<String>> records(String text) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(text));
        List<List<String>> all = new ArrayList<>();
        for (List<String> record = records.next(); record != null; record = records.next()) {
            all.add(record);
        }
        return all;
    }
}
