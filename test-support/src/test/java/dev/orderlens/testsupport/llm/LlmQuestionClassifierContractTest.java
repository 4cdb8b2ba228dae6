package dev.orderlens.testsupport.llm;

import dev.orderlens.core.llm.LlmQuestionClassifier;
import dev.orderlens.core.port.QuestionClassifier;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.testsupport.QuestionClassifierContract;
import java.util.Locale;
import java.util.stream.Stream;

class LlmQuestionClassifierContractTest extends QuestionClassifierContract {

    @Override
    protected QuestionClassifier classifier() {
        return new LlmQuestionClassifier(new PromptAnsweringModel(LlmQuestionClassifierContractTest::verdict),
                PromptTemplates.fromClasspath(), SampleOrders.model(), SampleOrders.NEW_YEAR_2026);
    }

    /**
     * A verdict as models write one for the classifier's prompt: strict JSON, sometimes in a fence, the confidence
     * sometimes as a percentage string, the route by the question's wording.
     */
    private static String verdict(Prompt prompt) {
        String question = prompt.field("Question").toLowerCase(Locale.ROOT);
        if (Stream.of("why", "policy", "say", "explain").anyMatch(question::contains)) {
            return "{\"route\":\"rag\",\"confidence\":0.9,\"reasoning\":\"asks for a cause or what a document says\","
                    + "\"sql\":null}";
        }
        if (Stream.of("how many", "revenue", "orders", "rate", "top").anyMatch(question::contains)) {
            return "```json\n{\"route\":\"sql\",\"confidence\":0.93,\"reasoning\":\"a metric over the orders table\","
                    + "\"sql\":null}\n```";
        }
        return "{\"route\":\"rag\",\"confidence\":\"55%\",\"reasoning\":\"unclear; the documents may help\",\"sql\":null}";
    }
}
