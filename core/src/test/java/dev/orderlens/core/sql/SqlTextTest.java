package dev.orderlens.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sql fence                          | ```sql\\nSELECT 1\\n```",
        "upper-case tag                     | ```SQL\\nSELECT 1\\n```",
        "other tag                          | ```duckdb\\nSELECT 1\\n```",
        "no tag                             | ```\\nSELECT 1\\n```",
        "tag then spaces                    | ```sql   \\n  SELECT 1  \\n```  ",
        "prose around the fence             | Here it is:\\n```sql\\nSELECT 1\\n```\\nIt counts.",
        "one line                           | ```sql SELECT 1```",
        "one line without tag               | ```SELECT 1```",
        "missing closing fence              | ```sql\\nSELECT 1\\n",
        "no fence                           | \\n\\t SELECT 1 \\n",
        "windows line ends                  | ```sql\\r\\nSELECT 1\\r\\n```\\r\\n"})
    void returns_the_sql_inside_the_first_fence(String name, String text) {
        assertThat(SqlText.stripCodeFences(unescape(text))).isEqualTo("SELECT 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "first of two fences   | ```sql\\nSELECT 1\\n```\\nor\\n```sql\\nSELECT 2\\n```   | SELECT 1",
        "multi-line body       | ```sql\\nSELECT a,\\n  b\\nFROM t\\n```                   | SELECT a,\\n  b\\nFROM t",
        "first line is SQL     | ```SELECT a\\nFROM t```                                | SELECT a\\nFROM t",
        "empty fence           | ```sql\\n```                                           | ''"})
    void keeps_the_body_as_written(String name, String text, String expected) {
        assertThat(SqlText.stripCodeFences(unescape(text))).isEqualTo(unescape(expected));
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }
}
