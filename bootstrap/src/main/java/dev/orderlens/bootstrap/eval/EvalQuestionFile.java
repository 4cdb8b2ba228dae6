package dev.orderlens.bootstrap.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.route.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads an evaluation file: one JSON object a line ({@code id}, {@code question} or {@code turns}, then either
 * {@code route} with {@code gold}, {@code key}, {@code pct}, {@code tol} or {@code expect_any}, or {@code expect}
 * with {@code phrase} for {@code mention}); blank lines and lines starting with {@code #} are skipped.
 */
public final class EvalQuestionFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "route", "question", "turns", "gold", "key", "pct", "tol",
            "expect_any", "expect", "phrase");

    private EvalQuestionFile() {
    }

    /** @throws InvalidEvalFileException naming the file and line of the first problem */
    public static List<EvalQuestion> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidEvalFileException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidEvalFileException(file + ": could not be read (" + e.getMessage() + ")");
        }
        return parse(lines, file.toString());
    }

    public static List<EvalQuestion> parse(List<String> lines, String source) {
        List<EvalQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1);
            EvalQuestion question;
            try {
                question = question(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new InvalidEvalFileException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
            } catch (IllegalArgumentException e) {
                throw new InvalidEvalFileException(where + ": " + e.getMessage());
            }
            if (!ids.add(question.id())) {
                throw new InvalidEvalFileException(where + ": id '" + question.id() + "' is used twice");
            }
            questions.add(question);
        }
        if (questions.isEmpty()) {
            throw new InvalidEvalFileException(source + ": holds no questions");
        }
        return questions;
    }

    private static EvalQuestion question(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'");
            }
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("'id' is required");
        }
        Route route = route(node);
        Expectation expect = expectation(node);
        String key = text(node, "key");
        if (key != null && !key.equals("top")) {
            throw new IllegalArgumentException("'key' may only be \"top\" (was '" + key + "')");
        }
        JsonNode tol = node.get("tol");
        if (tol != null && !tol.isNumber()) {
            throw new IllegalArgumentException("'tol' must be a number");
        }
        JsonNode pct = node.get("pct");
        if (pct != null && !pct.isBoolean()) {
            throw new IllegalArgumentException("'pct' must be true or false");
        }
        return new EvalQuestion(id, route, expect, text(node, "phrase"), turns(node), text(node, "gold"), key != null,
                pct != null && pct.booleanValue(), tol == null ? EvalQuestion.DEFAULT_TOLERANCE : tol.doubleValue(),
                strings(node, "expect_any"));
    }

    private static Route route(JsonNode node) {
        String route = text(node, "route");
        if (route == null) {
            return null;
        }
        return Route.parse(route).orElseThrow(() -> new IllegalArgumentException("'route' must be sql or rag"));
    }

    private static Expectation expectation(JsonNode node) {
        String expect = text(node, "expect");
        if (expect == null) {
            return null;
        }
        return Expectation.parse(expect).orElseThrow(() ->
                new IllegalArgumentException("'expect' must be refuse, clarify or mention (was '" + expect + "')"));
    }

    private static List<String> turns(JsonNode node) {
        String question = text(node, "question");
        List<String> turns = strings(node, "turns");
        if ((question == null) == turns.isEmpty()) {
            throw new IllegalArgumentException("give either 'question' or a non-empty 'turns'");
        }
        return question != null ? List.of(question) : turns;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return value.textValue();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual() || element.textValue().isBlank()) {
                throw new IllegalArgumentException("'" + field + "' must hold non-empty strings");
            }
            strings.add(element.textValue());
        }
        return strings;
    }
}
