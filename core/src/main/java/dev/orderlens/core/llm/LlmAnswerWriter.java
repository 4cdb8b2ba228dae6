package dev.orderlens.core.llm;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.prompt.PromptTemplates;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Writes SQL summaries and grounded, cited answers with a language model. */
public final class LlmAnswerWriter implements AnswerWriter {

    /** Rows put in the prompt; figures over the rest come from {@link ResultFigures}. */
    static final int SAMPLE_ROWS = 20;
    private static final int PASSAGE_CHARS = 1_500;
    private static final int CELL_CHARS = 80;

    private final LanguageModel model;
    private final PromptTemplates prompts;

    public LlmAnswerWriter(LanguageModel model, PromptTemplates prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    @Override
    public String summarizeSql(String question, String sql, SqlResult result) {
        SqlResult sample = result.head(SAMPLE_ROWS);
        String prompt = prompts.render("sql_summary", Map.of(
                "question", question,
                "sql", sql,
                "total_rows", Long.toString(result.totalRows()),
                "held_rows", Integer.toString(result.rows().size()),
                "sample_rows", Integer.toString(sample.rows().size()),
                "rows", table(sample),
                "figures", ResultFigures.describe(result)));
        return model.complete(CompletionRequest.text(List.of(ChatMessage.user(prompt)), 0.2, 400)).text().strip();
    }

    @Override
    public GroundedAnswer writeGrounded(String question, List<Passage> passages, Conversation conversation,
            Consumer<String> onToken) {
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            String text = passage.text();
            sources.append('[').append(i + 1).append("] ").append(passage.title()).append('\n')
                    .append(text.length() > PASSAGE_CHARS ? text.substring(0, PASSAGE_CHARS) + "…" : text)
                    .append("\n\n");
        }
        String prompt = prompts.render("rag_answer", Map.of(
                "history", ConversationText.history(conversation),
                "sources", passages.isEmpty() ? "(no sources were found)" : sources.toString(),
                "question", question));
        String text = model.stream(CompletionRequest.text(List.of(ChatMessage.user(prompt)), 0.2, 700), onToken).text();
        return new GroundedAnswer(text, passages);
    }

    /** The sample as a markdown table, cells cut short so that one wide value cannot flood the prompt. */
    static String table(SqlResult sample) {
        StringBuilder out = new StringBuilder("| ");
        out.append(sample.columns().stream().map(Column::name).collect(Collectors.joining(" | "))).append(" |\n");
        for (List<Object> row : sample.rows()) {
            out.append("| ").append(row.stream().map(LlmAnswerWriter::cell).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        String text = value == null ? "NULL" : value.toString().replace('|', '/').replace('\n', ' ');
        return text.length() > CELL_CHARS ? text.substring(0, CELL_CHARS) + "…" : text;
    }
}
