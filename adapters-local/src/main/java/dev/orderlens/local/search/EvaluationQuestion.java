package dev.orderlens.local.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question with the documents a good search must return for it.
 *
 * @param expectedDocumentIds the ids of the documents that answer it
 */
public record EvaluationQuestion(String id, String question, List<String> expectedDocumentIds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EvaluationQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        expectedDocumentIds = List.copyOf(expectedDocumentIds);
        if (expectedDocumentIds.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " expects no document, so it cannot be scored");
        }
    }

    /** Reads lines of {@code {"id":…,"question":…,"expect_doc":["doc-id",…]}}; blank lines are skipped. */
    public static List<EvaluationQuestion> readJsonLines(Path file) {
        List<EvaluationQuestion> questions = new ArrayList<>();
        try {
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (!line.isBlank()) {
                    questions.add(parse(JSON.readTree(line), file, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading questions from " + file + " failed: " + e.getMessage(), e);
        }
        return questions;
    }

    private static EvaluationQuestion parse(JsonNode node, Path file, int lineNumber) {
        JsonNode id = node.get("id");
        JsonNode question = node.get("question");
        JsonNode expected = node.get("expect_doc");
        if (id == null || question == null || expected == null || !expected.isArray()) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": needs id, question and an expect_doc array");
        }
        List<String> documentIds = new ArrayList<>();
        expected.forEach(documentId -> documentIds.add(documentId.asText()));
        return new EvaluationQuestion(id.asText(), question.asText(), documentIds);
    }
}
