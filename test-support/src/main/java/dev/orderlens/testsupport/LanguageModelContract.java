package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.StreamInterruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LanguageModel} must do, whether it talks to a server or answers from memory. An
 * implementation's test extends this class and builds models for the scenarios below.
 */
public abstract class LanguageModelContract {

    /** Long enough for any implementation, short enough that a hang fails the build instead of stalling it. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    protected static final CompletionRequest QUESTION = CompletionRequest.text(List.of(
            ChatMessage.system("You answer questions about e-commerce orders."),
            ChatMessage.user("How did revenue develop in May?")), 0.2, 300);

    /** A model that answers every request with exactly {@code text}; when streaming, in more than one token. */
    protected abstract LanguageModel modelAnswering(String text);

    /** A model whose stream delivers exactly {@code partialText} and then breaks off. */
    protected abstract LanguageModel modelBreakingOffAfter(String partialText);

    @Test
    void complete_returns_the_answer_text() {
        LanguageModel model = modelAnswering("Revenue rose 12% in May, driven by the Spring Refresh sale.");

        Completion completion = model.complete(QUESTION);

        assertThat(completion.text()).isEqualTo("Revenue rose 12% in May, driven by the Spring Refresh sale.");
    }

    @Test
    void stream_delivers_tokens_whose_concatenation_is_the_returned_text() {
        String answer = "Late deliveries peaked in the Southeast between 8 and 19 September.";
        LanguageModel model = modelAnswering(answer);
        List<String> tokens = new ArrayList<>();

        Completion completion = model.stream(QUESTION, tokens::add);

        assertThat(tokens).hasSizeGreaterThan(1);
        assertThat(String.join("", tokens)).isEqualTo(completion.text()).isEqualTo(answer);
    }

    @Test
    void stream_and_complete_give_the_same_text() {
        LanguageModel model = modelAnswering("Returns of the Nimbus X2 earbuds tripled in June.");

        assertThat(model.stream(QUESTION, token -> { }).text()).isEqualTo(model.complete(QUESTION).text());
    }

    @Test
    void quotes_newlines_and_non_ascii_text_pass_unchanged() {
        String answer = "Top product: \"Café crème\" — 42 orders.\nNext: 日本茶 (17) 😀\\";
        LanguageModel model = modelAnswering(answer);
        StringBuilder streamed = new StringBuilder();

        assertThat(model.complete(QUESTION).text()).isEqualTo(answer);
        assertThat(model.stream(QUESTION, streamed::append).text()).isEqualTo(answer);
        assertThat(streamed).hasToString(answer);
    }

    @Test
    void a_broken_stream_ends_with_the_delivered_text_as_partial_answer() {
        String partial = "The Klarna outage on 14 March caused";
        LanguageModel model = modelBreakingOffAfter(partial);
        StringBuilder delivered = new StringBuilder();

        StreamInterruptedException broken = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(
                StreamInterruptedException.class, () -> model.stream(QUESTION, delivered::append)));

        assertThat(broken).as("the stream must fail, not return a partial answer as if complete").isNotNull();
        assertThat(broken.partialText()).isEqualTo(partial);
        assertThat(delivered).hasToString(partial);
    }

    @Test
    void model_name_is_not_blank() {
        assertThat(modelAnswering("ok").modelName()).isNotBlank();
    }
}
