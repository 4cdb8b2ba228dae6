package dev.orderlens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.fixtures.Fakes;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmentionedPhrasesTest {

    private static final Passage SUMMARY = Fakes.passage("analytics", "review-2025-12",
            "In December 2025 the store received 4,006 orders; returned earbuds were refunded.");

    @Test
    void names_the_phrases_no_cited_passage_mentions() {
        assertThat(UnmentionedPhrases.note(List.of("gift-wrapped", "December"), List.of(SUMMARY), ""))
                .contains("The passages cited do not mention 'gift-wrapped', so this answer does not cover that part"
                        + " of the question.");
    }

    @Test
    void a_phrase_whose_longest_word_is_mentioned_in_another_form_is_mentioned() {
        assertThat(UnmentionedPhrases.note(List.of("returning earbuds", "refunds", "store after"), List.of(SUMMARY), ""))
                .isEmpty();
    }

    @Test
    void a_phrase_is_mentioned_only_when_one_passage_mentions_each_of_its_words() {
        Passage cards = Fakes.passage("analytics", "review-2025-11", "Gift cards sold well in November 2025.");
        Passage mixer = Fakes.passage("orders", "order-1", "Customer asked for an invoice for the hand mixer.");

        assertThat(UnmentionedPhrases.note(List.of("gift wrap", "left-handed"), List.of(cards, mixer), ""))
                .hasValueSatisfying(note -> assertThat(note)
                        .startsWith("The passages cited do not mention 'gift wrap' or 'left-handed'"));
        assertThat(UnmentionedPhrases.note(List.of("gift cards"), List.of(cards, mixer), "")).isEmpty();
    }

    @Test
    void says_nothing_of_phrases_already_named_or_when_nothing_is_cited() {
        assertThat(UnmentionedPhrases.note(List.of("tiktok"), List.of(SUMMARY),
                "Nothing in the data or the documents covers 'tiktok'.")).isEmpty();
        assertThat(UnmentionedPhrases.note(List.of("tiktok"), List.of(), "")).isEmpty();
    }

    @Test
    void several_phrases_are_named_in_one_sentence() {
        assertThat(UnmentionedPhrases.note(List.of("drone", "zip code", "tiktok"), List.of(SUMMARY), ""))
                .contains("The passages cited do not mention 'drone', 'zip code' or 'tiktok', so this answer does not"
                        + " cover that part of the question.");
    }
}
