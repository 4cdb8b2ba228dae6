package dev.orderlens.answering;

import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.port.LanguageModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** A language model that gives the answers it was handed, in order, and keeps the requests it was sent. */
final class ScriptedModel implements LanguageModel {

    private final Deque<String> answers = new ArrayDeque<>();
    private final List<CompletionRequest> requests = new ArrayList<>();

    ScriptedModel answering(String... next) {
        answers.addAll(List.of(next));
        return this;
    }

    List<CompletionRequest> requests() {
        return requests;
    }

    /** The last message of the request at {@code index}: the prompt, or the correction asked for. */
    String lastMessage(int index) {
        List<?> messages = requests.get(index).messages();
        return requests.get(index).messages().get(messages.size() - 1).content();
    }

    @Override
    public Completion complete(CompletionRequest request) {
        requests.add(request);
        if (answers.isEmpty()) {
            throw new IllegalStateException("no answer left for request " + requests.size());
        }
        return new Completion(answers.removeFirst(), null, "scripted");
    }

    @Override
    public Completion stream(CompletionRequest request, Consumer<String> onToken) {
        Completion completion = complete(request);
        onToken.accept(completion.text());
        return completion;
    }

    @Override
    public String modelName() {
        return "scripted";
    }
}
