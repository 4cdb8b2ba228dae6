package dev.orderlens.testsupport.llm;

import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.port.LanguageModel;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A language model that answers a prompt the way a model would, from what the prompt holds: the writer function
 * reads the question, rows, sources or history out of the rendered template and writes realistic output for them,
 * with the fences, prefixes and stray lines real models add. A component that leaves something out of its prompt
 * gets an answer without it.
 */
final class PromptAnsweringModel implements LanguageModel {

    private final Function<Prompt, String> writer;

    PromptAnsweringModel(Function<Prompt, String> writer) {
        this.writer = writer;
    }

    @Override
    public Completion complete(CompletionRequest request) {
        String text = writer.apply(new Prompt(request.messages().get(request.messages().size() - 1).content()));
        return new Completion(text, new TokenUsage(text.length() / 4 + 1, text.length() / 4 + 1), "prompt-answering");
    }

    /** Streams the answer a word at a time, as servers send tokens. */
    @Override
    public Completion stream(CompletionRequest request, Consumer<String> onToken) {
        Completion completion = complete(request);
        for (String token : completion.text().split("(?<= )")) {
            onToken.accept(token);
        }
        return completion;
    }

    @Override
    public String modelName() {
        return "prompt-answering";
    }
}
