package dev.orderlens.answering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.route.Route;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Questions labelled with the route that answers them best, one JSON object a line: {@code {"question", "route"}};
 * route {@code "none"} labels a question about something neither the orders nor the documents hold (the weather,
 * a share price, a poem), so that questions like it can be told apart from those OrderLens answers.
 */
final class RouteExamples {

    static final String DEFAULT_RESOURCE = "orderlens/route-examples.jsonl";

    private static final String OUTSIDE = "none";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RouteExamples() {
    }

    /** @param route the route that answers it, empty when nothing OrderLens holds does */
    record Example(String question, Optional<Route> route) {
        Example {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(route, "route");
        }

        boolean outside() {
            return route.isEmpty();
        }
    }

    static List<Example> loadDefault() {
        try (InputStream in = RouteExamples.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("route examples '" + DEFAULT_RESOURCE + "' are not on the classpath");
            }
            return load(in, "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read route examples " + DEFAULT_RESOURCE, e);
        }
    }

    static List<Example> load(InputStream in, String source) throws IOException {
        List<Example> examples = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String question = node.path("question").asText("");
                String label = node.path("route").asText("");
                Optional<Route> route = Route.parse(label);
                if (question.isBlank() || (route.isEmpty() && !label.equals(OUTSIDE))) {
                    throw new IllegalArgumentException(source + " line " + number
                            + ": needs a non-empty \"question\" and a \"route\" of sql, rag or none");
                }
                examples.add(new Example(question, route));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(source + " line " + number + ": not valid JSON", e);
            }
        }
        return examples;
    }
}
