package dev.orderlens.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParenthesesTest {

    @Test
    void finds_the_parenthesis_closing_the_one_given_past_those_nested_in_it() {
        String text = "sum(CASE WHEN (a) THEN 1 END) - sum(b)";

        assertThat(Parentheses.closing(text, 3)).hasValue(28);
        assertThat(Parentheses.closing(text, text.indexOf('(', 5))).hasValue(16);
    }

    @Test
    void finds_nothing_when_the_parenthesis_is_never_closed() {
        assertThat(Parentheses.closing("avg(x", 3)).isEmpty();
    }
}
