package dev.orderlens.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A WireMock extension that answers OpenAI's {@code POST /v1/embeddings} with vectors computed from each input, in
 * the response shape of the API: words hashed into {@code dimension} buckets, normalised. Texts sharing words get
 * close vectors, so an index built through it finds what it should, without a real model. Register it with
 * {@code wireMockConfig().extensions(new ComputedEmbeddings(64))} and stub the path with
 * {@code post("/v1/embeddings").willReturn(ok().withTransformers(ComputedEmbeddings.NAME))}.
 */
public final class ComputedEmbeddings implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "computed-embeddings";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int dimension;

    public ComputedEmbeddings(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            return json(200, answer(request.path("model").asText(), inputs(request.path("input"))).toString());
        } catch (IOException e) {
            return json(400, "{\"error\":{\"message\":\"not JSON\",\"type\":\"invalid_request_error\"}}");
        }
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }

    /** The vector this stub returns for {@code text}. */
    public float[] vectorOf(String text) {
        float[] vector = new float[dimension];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), dimension)] += 1;
            }
        }
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        if (norm == 0) {
            vector[0] = 1;
            return vector;
        }
        for (int i = 0; i < dimension; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    private static List<String> inputs(JsonNode input) {
        List<String> texts = new ArrayList<>();
        if (input.isArray()) {
            input.forEach(item -> texts.add(item.asText()));
        } else {
            texts.add(input.asText());
        }
        return texts;
    }

    private ObjectNode answer(String model, List<String> texts) {
        ObjectNode body = JSON.createObjectNode().put("object", "list");
        ArrayNode data = body.putArray("data");
        int tokens = 0;
        for (int index = 0; index < texts.size(); index++) {
            ArrayNode embedding = data.addObject().put("object", "embedding").put("index", index)
                    .putArray("embedding");
            for (float value : vectorOf(texts.get(index))) {
                embedding.add(value);
            }
            tokens += texts.get(index).getBytes(StandardCharsets.UTF_8).length / 4 + 1;
        }
        body.put("model", model);
        body.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        return body;
    }
}
