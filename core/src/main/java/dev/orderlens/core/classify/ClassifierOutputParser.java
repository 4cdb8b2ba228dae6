package dev.orderlens.core.classify;

import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.QuestionClassifier.ClassificationException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a classifier's JSON verdict ({@code {"route": "sql"|"rag", "confidence": …, "reasoning": …, "sql": …}})
 * from model output. Tolerates code fences, prose before and after, extra fields, and a confidence given
 * as 0–1, 0–100 or a string ("0.8", "80%"). Output without a valid route and confidence is rejected.
 */
public final class ClassifierOutputParser {

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
        Route route = Route.parse(routeValue instanceof String s ? s : null)
                .orElseThrow(() -> new ClassificationException(
                        "the classifier's route must be \"sql\" or \"rag\" (was " + describe(routeValue) + ")"));
        double confidence = confidence(object.get("confidence")).orElseThrow(() -> new ClassificationException(
                "the classifier's confidence must be a number within 0..1 or 0..100 (was "
                        + describe(object.get("confidence")) + ")"));
        return new Classification(route, confidence, text(object.get("reasoning")), text(object.get("sql")));
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
