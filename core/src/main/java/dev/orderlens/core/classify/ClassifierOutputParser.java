package dev.orderlens.core.classify;

import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.QuestionClassifier.ClassificationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a classifier's JSON verdict ({@code {"route": "sql"|"rag"|"none"|"ask", "confidence": …, "reasoning": …,
 * "choices": […], "sql": …}}) from model output: "none" and "ask" become a refusal or a question back offering the
 * choices. Tolerates code fences, prose before and after, extra fields, and a confidence given
 * as 0–1, 0–100 or a string ("0.8", "80%"). Output without a valid route and confidence is rejected.
 */
public final class ClassifierOutputParser {

    /** The route of a question about something neither the orders nor the documents hold. */
    public static final String OUT_OF_SCOPE = "none";
    /** The route of a question too vague to compute, answered with a question back. */
    public static final String ASK_BACK = "ask";
    private static final int MAX_CHOICES = 4;

    /** @throws ClassificationException when no JSON object with a valid route and confidence is found */
    public Classification parse(String output) {
        if (output == null || output.isBlank()) {
            throw new ClassificationException("the classifier returned nothing");
        }
        String lastProblem = "no JSON object found in the classifier output";
        for (int start = output.indexOf('{'); start >= 0; start = output.indexOf('{', start + 1)) {
            Map<?, ?> object;
            try {
                if (!(JsonValueReader.read(output, start).value() instanceof Map<?, ?> map)) {
                    continue;
                }
                object = map;
            } catch (IllegalArgumentException notJson) {
                continue;
            }
            try {
                return toClassification(object);
            } catch (ClassificationException invalid) {
                lastProblem = invalid.getMessage();
            }
        }
        throw new ClassificationException(lastProblem);
    }

    private static Classification toClassification(Map<?, ?> object) {
        Object routeValue = object.get("route");
        String label = routeValue instanceof String s ? s.strip().toLowerCase(Locale.ROOT) : null;
        Optional<Clarification.Reason> askBack = Optional.ofNullable(label == null ? null : switch (label) {
            case OUT_OF_SCOPE -> Clarification.Reason.OUT_OF_SCOPE;
            case ASK_BACK -> Clarification.Reason.AMBIGUOUS;
            default -> null;
        });
        Route route = askBack.isPresent() ? Route.RAG : Route.parse(label).orElseThrow(() -> new ClassificationException(
                "the classifier's route must be \"sql\", \"rag\", \"" + OUT_OF_SCOPE + "\" or \"" + ASK_BACK
                        + "\" (was " + describe(routeValue) + ")"));
        double confidence = confidence(object.get("confidence")).orElseThrow(() -> new ClassificationException(
                "the classifier's confidence must be a number within 0..1 or 0..100 (was "
                        + describe(object.get("confidence")) + ")"));
        String reasoning = text(object.get("reasoning"));
        return new Classification(route, confidence, reasoning, askBack.isPresent() ? null : text(object.get("sql")),
                askBack.map(reason -> clarification(reason, reasoning, choices(object.get("choices")))).orElse(null));
    }

    /** The refusal or question back, in OrderLens's words, with the model's reason for a refusal. */
    private static Clarification clarification(Clarification.Reason reason, String reasoning, List<String> choices) {
        String offer = choices.isEmpty() ? "" : " You could ask one of these instead.";
        if (reason == Clarification.Reason.OUT_OF_SCOPE) {
            String why = reasoning == null || reasoning.isEmpty() ? "" : " (" + reasoning + ")";
            return new Clarification(reason, "I can only answer questions about the orders and the documents indexed "
                    + "with them, and this one is about something else" + why + "." + offer, choices);
        }
        return new Clarification(reason, Clarification.SEVERAL_FIGURES
                + (choices.isEmpty() ? " Which figure and period do you want to see?" : " Which of these do you want "
                        + "to see?"), choices);
    }

    private static List<String> choices(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(c -> ((String) c).strip())
                .filter(c -> !c.isEmpty()).limit(MAX_CHOICES).toList();
    }

    private static Optional<Double> confidence(Object value) {
        Double number = null;
        if (value instanceof Double d) {
            number = d;
        } else if (value instanceof String s) {
            String trimmed = s.strip();
            boolean percent = trimmed.endsWith("%");
            try {
                number = Double.valueOf(percent ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (percent) {
                number = number / 100.0;
            }
        }
        if (number == null || number.isNaN() || number < 0) {
            return Optional.empty();
        }
        if (number > 1.0 && number <= 100.0) {
            number = number / 100.0;
        }
        return number <= 1.0 ? Optional.of(number) : Optional.empty();
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : null;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "missing";
        }
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text).toLowerCase(Locale.ROOT) + "'";
    }
}
