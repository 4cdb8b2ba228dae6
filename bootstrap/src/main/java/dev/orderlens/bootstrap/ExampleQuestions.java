package dev.orderlens.bootstrap;

import dev.orderlens.answering.ModelExamples;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.List;

/** Questions for a first-visit screen: curated ones for the sample data, ones made from the model otherwise. */
final class ExampleQuestions {

    static final List<String> SAMPLE = List.of(
            "Which carrier was late most often in September 2025?",
            "Why were Southeast deliveries late in September?",
            "Revenue by month in 2025",
            "Why did customers return the Nimbus X2 earbuds?",
            "Top 5 states by revenue last quarter",
            "How should I handle a customer who wants a refund for a damaged item?");

    private ExampleQuestions() {
    }

    static List<String> forModel(SemanticModel model, boolean sampleData) {
        return sampleData ? SAMPLE : ModelExamples.questions(model);
    }
}
