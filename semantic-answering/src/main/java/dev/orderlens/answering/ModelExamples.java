package dev.orderlens.answering;

import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Up to {@code count} questions to offer when a question is too vague to compute: metrics of different kinds
     * (a count, an amount, a rate…), each by another dimension, over {@code year} when the data has one.
     */
    public static List<String> choices(SemanticModel model, Optional<Integer> year, int count) {
        List<Metric> varied = new ArrayList<>();
        Set<MetricFormat> formats = new LinkedHashSet<>();
        model.metrics().stream().filter(m -> formats.add(m.format())).forEach(varied::add);
        model.metrics().stream().filter(m -> !varied.contains(m)).forEach(varied::add);
        List<SemanticColumn> dimensions = model.columnsWithRole(ColumnRole.DIMENSION);
        String period = year.map(y -> " in " + y).orElse("");
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < Math.min(count, varied.size()); i++) {
            String by = i == 0 || dimensions.isEmpty() ? "month"
                    : dimensions.get((i - 1) % dimensions.size()).name().replace('_', ' ');
            choices.add(capitalised(varied.get(i).label()) + " by " + by + period);
        }
        return List.copyOf(choices);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
