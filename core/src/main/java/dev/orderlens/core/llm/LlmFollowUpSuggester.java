package dev.orderlens.core.llm;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.port.FollowUpSuggester;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Suggests follow-up questions with a language model, one per line of its answer. Lines that are not questions, the
 * question just answered and repeats are left out, as models tend to restate what they were asked.
 */
public final class LlmFollowUpSuggester implements FollowUpSuggester {

    private static final int MAX_SUGGESTIONS = 3;
    private static final int MAX_CHARS = 200;

    private final LanguageModel model;
    private final PromptTemplates prompts;
    private final SemanticModel semanticModel;

    public LlmFollowUpSuggester(LanguageModel model, PromptTemplates prompts, SemanticModel semanticModel) {
        this.model = model;
        this.prompts = prompts;
        this.semanticModel = semanticModel;
    }

    @Override
    public List<String> suggest(Answer answer, Conversation conversation) {
        String prompt = prompts.render("follow_ups", Map.of(
                "schema", semanticModel.describe(),
                "question", answer.question(),
                "answer", answer.text()));
        String raw = model.complete(CompletionRequest.text(List.of(ChatMessage.user(prompt)), 0.5, 200)).text();
        List<String> suggestions = new ArrayList<>();
        for (String line : raw.lines().map(l -> l.replaceFirst("^\\s*(?:[-*•]|\\d+[.)])\\s*", "").strip()).toList()) {
            boolean fresh = line.endsWith("?") && line.length() <= MAX_CHARS
                    && !FollowUpSuggester.sameQuestion(line, answer.question())
                    && suggestions.stream().noneMatch(s -> FollowUpSuggester.sameQuestion(s, line));
            if (fresh && suggestions.size() < MAX_SUGGESTIONS) {
                suggestions.add(line);
            }
        }
        return suggestions;
    }
}
