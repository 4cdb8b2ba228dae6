package dev.orderlens.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.sql.SqlToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTokenizerTest {

    private static List<String> texts(String sql) {
        return SqlTokenizer.tokenize(sql).stream().map(SqlToken::text).toList();
    }

    @Test
    void splits_words_literals_numbers_and_symbols_and_drops_comments() {
        List<SqlToken> tokens = SqlTokenizer.tokenize(
                "SELECT a, 'it''s' -- note\n/* block */ FROM \"T\" WHERE n >= 1.5e3 AND `c d` = $x$ $ ' $x$");

        assertThat(tokens).extracting(SqlToken::text).containsExactly("SELECT", "a", ",", "'it''s'", "FROM", "\"T\"",
                "WHERE", "n", ">", "=", "1.5e3", "AND", "`c d`", "=", "$x$ $ ' $x$");
        assertThat(tokens).extracting(SqlToken::kind).containsExactly(Kind.WORD, Kind.WORD, Kind.SYMBOL, Kind.STRING,
                Kind.WORD, Kind.QUOTED_IDENTIFIER, Kind.WORD, Kind.WORD, Kind.SYMBOL, Kind.SYMBOL, Kind.NUMBER,
                Kind.WORD, Kind.QUOTED_IDENTIFIER, Kind.SYMBOL, Kind.STRING);
    }

    @Test
    void records_where_each_token_sits_in_the_text() {
        SqlToken limit = SqlTokenizer.tokenize("SELECT 1 /* x */ LIMIT 50").get(3);

        assertThat(limit.text()).isEqualTo("50");
        assertThat(limit.start()).isEqualTo(23);
        assertThat(limit.end()).isEqualTo(25);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "orders           | orders",
        "ORDERS           | orders",
        "\"Orders\"       | orders",
        "\"a\"\"b\"       | a\"b",
        "`Raw Orders`     | raw orders"})
    void reads_identifiers_as_engines_compare_them(String text, String identifier) {
        assertThat(SqlTokenizer.tokenize(text).get(0).identifier()).isEqualTo(identifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'\\d+'", "'a\\\\'", "'\\\\'''", "'C:\\temp'", "'line\\nbreak'"})
    void accepts_backslashes_where_both_engines_end_the_string_in_the_same_place(String literal) {
        assertThat(texts("SELECT " + literal + " FROM t")).containsExactly("SELECT", literal, "FROM", "t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'\\'", "'a\\' FROM t --'", "'\\\\\\' x'"})
    void refuses_strings_whose_end_depends_on_backslash_escapes(String literal) {
        assertThatThrownBy(() -> SqlTokenizer.tokenize("SELECT " + literal))
                .isInstanceOf(UnsafeSqlException.class)
                .hasMessageContaining("ends in different places");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10L | 10L", "1.5BD | 1.5BD", "1e-5 | 1e-5", ".5 | .5", "3 | 3"})
    void keeps_numbers_with_exponents_and_spark_type_suffixes_whole(String text, String token) {
        assertThat(texts(text)).containsExactly(token);
    }

    @Test
    void keeps_non_ascii_text_inside_literals_and_quoted_names() {
        assertThat(texts("SELECT 'Zürich ；' AS \"größe\", `straße`"))
                .containsExactly("SELECT", "'Zürich ；'", "AS", "\"größe\"", ",", "`straße`");
    }

    @Test
    void ends_a_line_comment_at_a_carriage_return() {
        assertThat(texts("SELECT 1 -- note\rFROM t")).containsExactly("SELECT", "1", "FROM", "t");
    }
}
