package dev.orderlens.answering;

import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;

/** Questions any semantic model can answer, made from its first metrics and dimension: what to offer a newcomer. */
public final class ModelExamples {

    private static final int METRICS = 3;

    private ModelExamples() {
    }

    /** "Orders by month", "Orders by channel", … for the model's first three metrics. */
    public static List<String> questions(SemanticModel model) {
        List<String> questions = new ArrayList<>();
        List<SemanticColumn> dimensions = model.columnsWithRole(ColumnRole.DIMENSION);
        for (Metric metric : model.metrics().subList(0, Math.min(METRICS, model.metrics().size()))) {
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
