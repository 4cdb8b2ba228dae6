package dev.orderlens.testsupport.llm;

import dev.orderlens.core.llm.LlmFollowUpSuggester;
import dev.orderlens.core.port.FollowUpSuggester;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.testsupport.FollowUpSuggesterContract;

class LlmFollowUpSuggesterContractTest extends FollowUpSuggesterContract {

    @Override
    protected FollowUpSuggester suggester() {
        return new LlmFollowUpSuggester(new PromptAnsweringModel(LlmFollowUpSuggesterContractTest::suggestions),
                PromptTemplates.fromClasspath(), SampleOrders.model());
    }

    /**
     * Suggestions as models write them: an introduction, a numbered list that starts by restating the question it
     * was given, and one more question than asked for.
     */
    private static String suggestions(Prompt prompt) {
        String asked = prompt.field("Question").replaceAll("[?!.\\s]+$", "") + "?";
        return """
                Here are three follow-up questions:
                1. %s
                2. How did this compare with the same period last year?
                3. Which carrier had the highest late delivery rate?
                4. What share of revenue came from the mobile channel?""".formatted(asked);
    }
}
