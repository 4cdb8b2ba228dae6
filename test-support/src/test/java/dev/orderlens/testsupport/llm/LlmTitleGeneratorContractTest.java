package dev.orderlens.testsupport.llm;

import dev.orderlens.core.llm.LlmTitleGenerator;
import dev.orderlens.core.port.TitleGenerator;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.testsupport.TitleGeneratorContract;
import java.util.Arrays;
import java.util.stream.Collectors;

class LlmTitleGeneratorContractTest extends TitleGeneratorContract {

    @Override
    protected TitleGenerator titles() {
        return new LlmTitleGenerator(new PromptAnsweringModel(LlmTitleGeneratorContractTest::title),
                PromptTemplates.fromClasspath());
    }

    /**
     * A title as models write one despite the prompt: after a "Title:" label, in typographic quotes, with a full stop,
     * and a word or two over the limit.
     */
    private static String title(Prompt prompt) {
        String words = Arrays.stream(prompt.field("Message").split("\\s+"))
                .map(word -> word.replaceAll("[^\\p{L}\\p{N}-]", ""))
                .filter(word -> word.length() > 3 || word.chars().anyMatch(Character::isDigit))
                .limit(7)
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
        return "Title: “" + (words.isEmpty() ? "New chat" : words) + ".”";
    }
}
