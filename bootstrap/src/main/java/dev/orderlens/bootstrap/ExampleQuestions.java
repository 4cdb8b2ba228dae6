package dev.orderlens.bootstrap;

import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.ArrayList;
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
        if (sampleData) {
            return SAMPLE;
        }
        List<String> questions = new ArrayList<>();
        List<SemanticColumn> dimensions = model.columnsWithRole(ColumnRole.DIMENSION);
        for (Metric metric : model.metrics().subList(0, Math.min(3, model.metrics().size()))) {
            questions.add(capitalised(metric.label()) + " by month");
            if (!dimensions.isEmpty()) {
                questions.add(capitalised(metric.label()) + " by " + dimensions.get(0).name().replace('_', ' '));
            }
        }
        return List.copyOf(questions);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
