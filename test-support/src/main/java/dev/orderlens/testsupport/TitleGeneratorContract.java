package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.port.TitleGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link TitleGenerator} must do, with a working backend behind it: for any first message, a title the
 * chat list can show as it is: one line of at most six words, not blank, with no quotation marks and no
 * punctuation at its end (a closing bracket may end it).
 */
public abstract class TitleGeneratorContract {

    private static final int MAX_WORDS = 6;
    private static final String QUOTATION_MARKS = "\"“”„«»`";

    /** A title generator with a working backend. */
    protected abstract TitleGenerator titles();

    static Stream<String> firstMessage() {
        return Stream.concat(AnsweringQuestions.all(), Stream.of(
                "Which carrier was late most often in September 2025, and by how much compared with August?",
                "**Why** were \"Nimbus X2\" earbuds returned so often?!",
                "What's the customer's refund status for ORD-004211...",
                "hi",
                "Доставка FedEx в сентябре: почему так много опозданий?"));
    }

    @ParameterizedTest
    @MethodSource("firstMessage")
    void titles_any_message_with_one_short_line_of_plain_words(String message) {
        String title = titles().title(message);

        assertThat(title).isNotBlank().doesNotContain("\n", "\r").isEqualTo(title.strip());
        assertThat(title.split("\\s+")).as("words of \"%s\"", title).hasSizeLessThanOrEqualTo(MAX_WORDS);
        assertThat(title.chars().filter(c -> QUOTATION_MARKS.indexOf(c) >= 0)).as("quotation marks in \"%s\"", title)
                .isEmpty();
        for (String word : title.split("\\s+")) {
            assertThat(word).as("a word of \"%s\" in single quotes", title).doesNotStartWith("'")
                    .doesNotStartWith("‘").doesNotEndWith("'").doesNotEndWith("’");
        }
        assertThat(Character.getType(title.codePointBefore(title.length()))).as("the last character of \"%s\"", title)
                .isNotIn((int) Character.OTHER_PUNCTUATION, (int) Character.DASH_PUNCTUATION,
                        (int) Character.INITIAL_QUOTE_PUNCTUATION, (int) Character.FINAL_QUOTE_PUNCTUATION);
    }
}
