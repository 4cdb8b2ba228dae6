package dev.orderlens.core.domain.verified;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "How many late orders in 2025?      | how many late orders in 2025",
        "  how MANY late   orders, in 2025  | how many late orders in 2025",
        "What's the revenue of the West?    | whats revenue of west",
        "Revenue on 2025-03-01 above 1,500.50 | revenue on 2025.03.01 above 1.500.50",
        "Ｒｅｖｅｎｕｅ by carrier           | revenue by carrier",
        "?!                                 | ''",
    })
    void normalises_case_punctuation_spacing_and_articles(String question, String normalised) {
        assertThat(QuestionWords.normalise(question)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "How many orders were there in 2025?         | orders 2025",
        "Number of orders in 2025                    | orders 2025",
        "Average order value of orders not late      | average order value orders not late",
        "Top 5 states by revenue from UPS            | top 5 states by revenue from ups",
        "Show me the orders shipped to Texas         | orders shipped to texas",
    })
    void keeps_the_words_about_the_data_in_their_order(String question, String words) {
        assertThat(QuestionWords.dataWords(question)).isEqualTo(List.of(words.split(" ")));
    }
}
