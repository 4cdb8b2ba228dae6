package dev.orderlens.core.llm;

import dev.orderlens.core.classify.ClassifierOutputParser;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.ResponseFormat;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.QuestionClassifier;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Classifies questions with a language model, asking for a JSON verdict and parsing it leniently. */
public final class LlmQuestionClassifier implements QuestionClassifier {

    static final String SCHEMA = """
            {"type":"object","additionalProperties":false,
             "required":["route","confidence","reasoning","choices"],
             "properties":{
               "route":{"type":"string","enum":["sql","rag","none","ask"]},
               "confidence":{"type":"number"},
               "reasoning":{"type":"string"},
               "choices":{"type":"array","items":{"type":"string"}}}}""";

    private final LanguageModel model;
    private final PromptTemplates prompts;
    private final SemanticModel semanticModel;
    private final Clock clock;
    private final ClassifierOutputParser parser = new ClassifierOutputParser();

    public LlmQuestionClassifier(LanguageModel model, PromptTemplates prompts, SemanticModel semanticModel,
            Clock clock) {
        this.model = model;
        this.prompts = prompts;
        this.semanticModel = semanticModel;
        this.clock = clock;
    }

    @Override
    public Classification classify(String question, Conversation conversation) {
        String prompt = prompts.render("sql_rag_classifier", Map.of(
                "schema", semanticModel.describe(),
                "today", LocalDate.now(clock).toString(),
                "history", ConversationText.history(conversation),
                "question", question));
        CompletionRequest request = new CompletionRequest(List.of(ChatMessage.user(prompt)), 0.0, 600,
                ResponseFormat.jsonSchema("route_classification", SCHEMA));
        return parser.parse(model.complete(request).text());
    }
}
