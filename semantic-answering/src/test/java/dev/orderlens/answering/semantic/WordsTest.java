package dev.orderlens.answering.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "carriers, carrier, true",
        "categories, category, true",
        "electroncs, electronics, true",
        "revnue, revenue, true",
        "reveune, revenue, true",
        "looks, books, false",
        "ups, usps, false",
        "status, states, false",
        "west, east, false"
    })
    void compares_words_tolerating_plurals_and_one_typo_in_longer_words(String question, String model, boolean same) {
        assertThat(Words.same(question, model)).isEqualTo(same);
    }

    @Test
    void reads_words_without_their_accents() {
        assertThat(Words.tokens("São José dos Campos, Feira de Santana")).containsExactly(
                "sao", "jose", "dos", "campos", "feira", "de", "santana");
        assertThat(Words.originalTokens("Ribeirão Preto")).containsExactly("Ribeirao", "Preto");
    }
}
