package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunkerTest {

    private final TextChunker chunker = new TextChunker(200);

    @Test
    void keeps_a_short_text_in_one_chunk() {
        assertThat(chunker.chunks("FedEx was late.\n\nUPS was not.")).containsExactly("FedEx was late.\n\nUPS was not.");
    }

    @Test
    void gives_an_empty_text_one_empty_chunk() {
        assertThat(chunker.chunks("  ")).containsExactly("");
    }

    @Test
    void cuts_at_paragraph_boundaries_first() {
        String first = "A".repeat(120) + ".";
        String second = "B".repeat(120) + ".";

        assertThat(chunker.chunks(first + "\n\n" + second)).containsExactly(first, second);
    }

    @Test
    void cuts_a_long_paragraph_between_sentences_and_never_exceeds_the_limit() {
        String sentence = "The parcel was delayed at the hub for two days. ";
        String paragraph = sentence.repeat(12).strip();

        List<String> chunks = chunker.chunks(paragraph);

        assertThat(chunks).hasSizeGreaterThan(1)
                .allSatisfy(chunk -> {
                    assertThat(chunk.length()).isLessThanOrEqualTo(200);
                    assertThat(chunk).startsWith("The parcel").endsWith("two days.");
                });
        assertThat(String.join(" ", chunks)).isEqualTo(paragraph);
    }

    @Test
    void cuts_a_sentence_longer_than_the_limit_between_words() {
        String sentence = "word ".repeat(100).strip();

        List<String> chunks = chunker.chunks(sentence);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(200));
        assertThat(String.join(" ", chunks)).isEqualTo(sentence);
    }

    @Test
    void refuses_chunks_too_short_to_mean_anything() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TextChunker(20));
    }
}
