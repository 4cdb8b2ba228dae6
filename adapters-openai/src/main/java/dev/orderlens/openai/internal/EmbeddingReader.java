package dev.orderlens.openai.internal;

import com.fasterxml.jackson.core.JacksonException;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads an embeddings answer into vectors in input order, checking there is exactly one per input. */
public final class EmbeddingReader implements ApiClient.BodyReader<List<float[]>> {

    private final String backend;
    private final String operation;
    private final int inputCount;

    public EmbeddingReader(String backend, String operation, int inputCount) {
        this.backend = backend;
        this.operation = operation;
        this.inputCount = inputCount;
    }

    @Override
    public List<float[]> read(InputStream body) throws IOException {
        EmbeddingResponse response;
        try {
            response = Json.MAPPER.readValue(body.readAllBytes(), EmbeddingResponse.class);
        } catch (JacksonException e) {
            throw invalid("the answer is not an embeddings list (" + e.getOriginalMessage() + ")");
        }
        if (response == null || response.data() == null || response.data().size() != inputCount) {
            int got = response == null || response.data() == null ? 0 : response.data().size();
            throw invalid("expected " + inputCount + " vectors, got " + got);
        }
        float[][] byIndex = new float[inputCount][];
        for (EmbeddingResponse.Item item : response.data()) {
            if (item.index() < 0 || item.index() >= inputCount || byIndex[item.index()] != null
                    || item.embedding() == null) {
                throw invalid("vector index " + item.index() + " is missing, repeated or out of range");
            }
            byIndex[item.index()] = item.embedding();
        }
        return new ArrayList<>(Arrays.asList(byIndex));
    }

    private BackendException invalid(String why) {
        return new BackendException(backend, Kind.INVALID_RESPONSE, operation + ": " + why);
    }
}
