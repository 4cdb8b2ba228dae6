package dev.orderlens.core.port;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.table.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes a read-only SQL query that answers a question. */
public interface SqlGenerator {

    /**
     * One read-only query over the semantic model's table, in the dialect given, that the read-only guard lets run;
     * never blank. A question it cannot express as such a query is refused with
     * {@link QuestionNotUnderstoodException} rather than guessed at.
     *
     * @param dialect the dialect of the warehouse the SQL will run on
     * @throws QuestionNotUnderstoodException when the question cannot be expressed as SQL over the model
     * @throws ClarificationNeededException when the question must be made precise before a query can answer it
     * @throws BackendException when the model behind the generator fails
     */
    GeneratedSql generate(String question, Conversation conversation, SqlDialect dialect);

    /**
     * SQL for a question, with what the generator understood, kept for follow-up questions.
     *
     * @param context values to lay over the conversation's context (e.g. the query's metric and filters)
     * @param notes sentences the answer must carry because the SQL alone would mislead: where the data begins and
     *     ends when the question's period lies outside it, what the generator assumed
     * @param writtenBy which path wrote the SQL (e.g. {@code language model, semantic query}), for telemetry; or
     *     {@code null} when the generator does not say
     */
    record GeneratedSql(String sql, ConversationContext context, List<String> notes, String writtenBy) {

        /** The context key of the sentence stating the period and filters the query applied (see {@link #scope()}). */
        public static final String SCOPE = "query.scope";

        public GeneratedSql {
            Objects.requireNonNull(sql, "sql");
            context = context == null ? ConversationContext.empty() : context;
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public GeneratedSql(String sql, ConversationContext context, List<String> notes) {
            this(sql, context, notes, null);
        }

        public GeneratedSql(String sql, ConversationContext context) {
            this(sql, context, List.of());
        }

        /** This SQL with one more note for the answer to carry. */
        public GeneratedSql withNote(String note) {
            List<String> more = new ArrayList<>(notes);
            more.add(note);
            return new GeneratedSql(sql, context, more, writtenBy);
        }

        public GeneratedSql withWrittenBy(String path) {
            return new GeneratedSql(sql, context, notes, path);
        }

        /** The period and filters the query applied, as a sentence the answer ends with; blank when not known. */
        public String scope() {
            return context.get(SCOPE).orElse("").strip();
        }
    }

    /** The generator could not understand the question well enough to write SQL for it. */
    final class QuestionNotUnderstoodException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public QuestionNotUnderstoodException(String message) {
            super(message);
        }
    }

    /**
     * The question can be read in several ways that give different numbers (or part of it that changes the meaning
     * could not be read), so the generator asks which one was meant instead of picking one.
     */
    final class ClarificationNeededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Clarification clarification;

        public ClarificationNeededException(Clarification clarification) {
            super(clarification.text());
            this.clarification = clarification;
        }

        public Clarification clarification() {
            return clarification;
        }
    }
}
