package dev.orderlens.core.llm;

import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.TitleGenerator;
import dev.orderlens.core.prompt.PromptTemplates;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Titles chats with a language model, holding it to six plain words whatever it answers. */
public final class LlmTitleGenerator implements TitleGenerator {

    static final int MAX_WORDS = 6;
    /** Quotation marks, straight and typographic, and markdown emphasis, which models add around titles. */
    private static final String QUOTES_AND_MARKUP = "[\"'`*#“”„«»‘’]";
    /** Full stops, ellipses, dashes and the like at the end; a closing bracket stays. */
    private static final String CLOSING_PUNCTUATION = "[\\p{Po}\\p{Pd}\\p{Pi}\\p{Pf}\\s]+$";

    private final LanguageModel model;
    private final PromptTemplates prompts;

    public LlmTitleGenerator(LanguageModel model, PromptTemplates prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    @Override
    public String title(String firstMessage) {
        String prompt = prompts.render("chat_title", Map.of("message", firstMessage));
        String raw = model.complete(CompletionRequest.text(List.of(ChatMessage.user(prompt)), 0.3, 30)).text();
        String firstLine = raw.strip().lines().findFirst().orElse("");
        String cleaned = firstLine.replaceAll("^(?i)title:\\s*", "").replaceAll(QUOTES_AND_MARKUP, "").strip();
        String title = Arrays.stream(cleaned.split("\\s+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS)
                .collect(Collectors.joining(" ")).replaceAll(CLOSING_PUNCTUATION, "").strip();
        if (title.isEmpty()) {
            throw new IllegalStateException("the model returned no title");
        }
        return title;
    }
}
