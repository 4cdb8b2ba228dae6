package dev.orderlens.core.port;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Puts answers into words. */
public interface AnswerWriter {

    /**
     * Summarises a SQL result for the question, never in blank text. It states only numbers the result holds or
     * that count or add up its rows, or compare its values, and describes the whole result, not its first rows: a
     * writer that can read only part of it (a language model's prompt) is given figures over all of it.
     *
     * @param result the rows held of the result (its {@code totalRows} is the true total)
     */
    String summarizeSql(String question, String sql, SqlResult result);

    /**
     * Writes an answer grounded in the passages, citing them as {@code [1]}, {@code [2]}… in the order of
     * {@link GroundedAnswer#cited()}, streaming its text to {@code onToken} as it is written: the tokens put together
     * are the text returned. It cites only passages it was given and states no number they do not hold; with no
     * passages, or none that answer, it says so plainly.
     *
     * @throws StreamInterruptedException when the stream breaks part-way
     */
    GroundedAnswer writeGrounded(String question, List<Passage> passages, Conversation conversation,
            Consumer<String> onToken);

    /**
     * A grounded answer.
     *
     * @param text the whole answer as streamed
     * @param cited the passages it cites, {@code [1]} first
     */
    record GroundedAnswer(String text, List<Passage> cited) {
        public GroundedAnswer {
            Objects.requireNonNull(text, "text");
            cited = List.copyOf(cited);
        }
    }
}
