package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "orders over two hundred dollars|orders over 200 dollars",
        "orders above a hundred and fifty dollars|orders above 150 dollars",
        "twenty-five or more items|25 or more items",
        "revenue in twenty twenty four|revenue in 2024",
        "revenue in two thousand twenty five|revenue in 2025",
        "top fifteen products|top 15 products",
        "two hundred thousand dollars|200000 dollars",
        "fifteen hundred dollars|1500 dollars",
        "between twenty and thirty dollars|between 20 and 30 dollars",
        "q four twenty twenty five|q four 2025",
        "between december twenty second and the twenty eighth|between december 22nd and the 28th",
        "klarna orders on march fourteenth twenty twenty five|klarna orders on march 14th 2025",
        "orders on march the third|orders on march 3rd",
        "since Jan first|since Jan 1st",
        "the thirty first of october|the 31st of october",
        "on the twenty-first|on the 21st"
    })
    void writes_numbers_and_days_said_in_words_as_digits(String spoken, String written) {
        assertThat(SpokenNumbers.inDigits(spoken)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "revenue in the first half of 2025",
        "the second quarter",
        "the third carrier",
        "may second quarter",
        "which one sold most",
        "top five carriers",
        "one two three",
        "someone said twentyish",
        "Q4 2025 vs Q3"
    })
    void leaves_small_numbers_and_words_that_are_not_one_number_as_written(String text) {
        assertThat(SpokenNumbers.inDigits(text)).isEqualTo(text);
    }
}
