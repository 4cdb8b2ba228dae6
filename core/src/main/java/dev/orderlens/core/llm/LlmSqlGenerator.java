package dev.orderlens.core.llm;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.core.sql.SqlText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes SQL with a language model from the semantic model's definitions. */
public final class LlmSqlGenerator implements SqlGenerator {

    public static final String WRITTEN_BY = "language model, raw SQL";

    /** The prompt's answer for a question the table cannot answer, which models often follow with a reason. */
    private static final Pattern NO_SQL = Pattern.compile("^NO_SQL\\b", Pattern.CASE_INSENSITIVE);

    private final LanguageModel model;
    private final PromptTemplates prompts;
    private final SemanticModel semanticModel;
    private final Clock clock;

    public LlmSqlGenerator(LanguageModel model, PromptTemplates prompts, SemanticModel semanticModel, Clock clock) {
        this.model = model;
        this.prompts = prompts;
        this.semanticModel = semanticModel;
        this.clock = clock;
    }

    @Override
    public GeneratedSql generate(String question, Conversation conversation, SqlDialect dialect) {
        String prompt = prompts.render("sql_generator", Map.of(
                "dialect", dialect.displayName(),
                "schema", semanticModel.describe(),
                "table", semanticModel.table(),
                "today", LocalDate.now(clock).toString(),
                "time_column", semanticModel.timeColumn(),
                "history", ConversationText.history(conversation),
                "question", question));
        String output = model.complete(CompletionRequest.text(List.of(ChatMessage.user(prompt)), 0.0, 800)).text();
        String sql = SqlText.stripCodeFences(output);
        if (sql.isBlank() || NO_SQL.matcher(sql).find()) {
            throw new QuestionNotUnderstoodException("the question cannot be answered from " + semanticModel.table());
        }
        return new GeneratedSql(sql, null).withWrittenBy(WRITTEN_BY);
    }
}
