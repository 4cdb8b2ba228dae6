package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes answers without a language model. SQL results are summarised from their rows (the total, the leader
 * and runner-up of a ranking, the change between compared periods, the peak of a trend), every number taken from
 * the rows and formatted per its metric; grounded answers are extractive: the passages' sentences that answer the
 * question, cause first, then effect, then figures (see {@link SentencePicker}), each followed by the number of its
 * source, the sources numbered in the order they are first cited and only those cited. When nothing matches it says
 * so instead of inventing an answer.
 */
public final class LocalAnswerWriter implements AnswerWriter {

    static final String NOT_FOUND = "I could not find this in the documents.";

    private final ResultSummary summary;
    private final SentencePicker picker = new SentencePicker();
    private final String notFound;

    private LocalAnswerWriter(Builder builder) {
        SemanticModel model = Objects.requireNonNull(builder.model, "model").model();
        this.summary = new ResultSummary(builder.model, builder.rowLimit);
        this.notFound = notFound(ModelExamples.questions(model));
    }

    /** Not found, and what can be asked instead: a question back rather than a dead end. */
    private static String notFound(List<String> examples) {
        if (examples.size() < 2) {
            return NOT_FOUND;
        }
        return NOT_FOUND + " I can answer questions about the orders' figures, such as \u201c" + examples.get(0)
                + "\u201d or \u201c" + examples.get(1) + "\u201d, and about what the documents say."
                + " Which figure or topic do you mean?";
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String summarizeSql(String question, String sql, SqlResult result) {
        return summary.summarize(result, sql);
    }

    @Override
    public GroundedAnswer writeGrounded(String question, List<Passage> passages, Conversation conversation,
            Consumer<String> onToken) {
        List<SentencePicker.Picked> picked = picker.pick(question, passages);
        if (picked.isEmpty()) {
            String text = recordsNotInDocuments(question, passages).orElse(notFound);
            stream(text, onToken);
            return new GroundedAnswer(text, List.of());
        }
        List<Passage> cited = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (SentencePicker.Picked sentence : picked) {
            if (!cited.contains(sentence.passage())) {
                cited.add(sentence.passage());
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence.text()).append(" [").append(cited.indexOf(sentence.passage()) + 1).append(']');
        }
        String answer = text.toString();
        stream(answer, onToken);
        return new GroundedAnswer(answer, cited);
    }

    /**
     * "What happened to order ORD-004512?" when no document names it: said as such, with where its record is,
     * rather than a general "not found".
     */
    private static Optional<String> recordsNotInDocuments(String question, List<Passage> passages) {
        QuestionSubject subject = QuestionSubject.of(question);
        List<String> identifiers = subject.identifiers();
        if (identifiers.isEmpty() || passages.stream().anyMatch(subject::isAbout)) {
            return Optional.empty();
        }
        return Optional.of("No document mentions " + String.join(" or ", identifiers) + ". The orders table holds "
                + (identifiers.size() == 1 ? "its record" : "their records") + ": ask \u201cshow "
                + String.join(" and ", identifiers) + "\u201d to see " + (identifiers.size() == 1 ? "it." : "them."));
    }

    /** Sends the text word by word; the pieces put together are the text. */
    private static void stream(String text, Consumer<String> onToken) {
        int start = 0;
        while (start < text.length()) {
            int space = text.indexOf(' ', start);
            int end = space < 0 ? text.length() : space + 1;
            onToken.accept(text.substring(start, end));
            start = end;
        }
    }

    public static final class Builder {
        private SemanticModelFile model;
        private int rowLimit;

        private Builder() {
        }

        /** The model whose metric formats the numbers are written in. */
        public Builder model(SemanticModelFile model) {
            this.model = model;
            return this;
        }

        /**
         * The most rows a query may return (the SQL guard's row limit), so that rows the limit stopped are not
         * described as all there are or as a top N asked for; unset, every LIMIT is taken as asked.
         */
        public Builder rowLimit(int rowLimit) {
            if (rowLimit < 0) {
                throw new IllegalArgumentException("rowLimit must not be negative");
            }
            this.rowLimit = rowLimit;
            return this;
        }

        public LocalAnswerWriter build() {
            return new LocalAnswerWriter(this);
        }
    }
}
