package dev.orderlens.local.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One labelled question of an evaluation file (see the evaluation README for the format). */
record EvalCase(String id, Route route, List<String> turns, String gold, boolean topOnly, boolean percent,
        double tolerance) {

    String question() {
        return turns.get(turns.size() - 1);
    }

    static List<EvalCase> load(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        try (InputStream in = EvalCase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> turns = new ArrayList<>();
                if (node.has("turns")) {
                    node.get("turns").forEach(t -> turns.add(t.asText()));
                } else {
                    turns.add(node.get("question").asText());
                }
                cases.add(new EvalCase(node.get("id").asText(), Route.parse(node.get("route").asText()).orElseThrow(),
                        turns, node.path("gold").asText(null), "top".equals(node.path("key").asText()),
                        node.path("pct").asBoolean(false), node.path("tol").asDouble(0.005)));
            }
        }
        return cases;
    }
}
