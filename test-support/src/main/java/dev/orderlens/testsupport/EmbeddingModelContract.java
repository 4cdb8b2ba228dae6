package dev.orderlens.testsupport;

import dev.orderlens.core.domain.search.VectorSimilarity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.orderlens.core.port.EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link EmbeddingModel} must do. Implementations' tests extend it and provide {@link #model()}. */
public abstract class EmbeddingModelContract {

    private static final float TOLERANCE = 1e-4f;

    /** The model under test; may be the same instance for every test. */
    protected abstract EmbeddingModel model();

    /** Whether the model's vectors reflect meaning; fakes that hash text answer false and skip that test. */
    protected boolean capturesMeaning() {
        return true;
    }

    @Test
    void vectors_have_the_declared_dimension() {
        EmbeddingModel model = model();

        assertThat(model.embed("Where is my parcel?")).hasSize(model.dimension());
        assertThat(model.embedAll(List.of("late delivery", "refund request")))
                .allSatisfy(vector -> assertThat(vector).hasSize(model.dimension()));
    }

    @Test
    void has_a_model_name() {
        assertThat(model().modelName()).isNotBlank();
    }

    @Test
    void embed_all_keeps_the_order_and_agrees_with_embed() {
        EmbeddingModel model = model();
        List<String> texts = List.of("The FedEx parcel arrived three days late.",
                "Customers return the earbuds because the battery fails.",
                "Klarna payments failed for two hours.");

        List<float[]> vectors = model.embedAll(texts);

        assertThat(vectors).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] single = model.embed(texts.get(i));
            for (int d = 0; d < single.length; d++) {
                assertThat(vectors.get(i)[d]).as("text %d, dimension %d", i, d).isCloseTo(single[d], within(TOLERANCE));
            }
        }
    }

    @Test
    void embeds_an_empty_list_as_an_empty_list() {
        assertThat(model().embedAll(List.of())).isEmpty();
    }

    @Test
    void similar_sentences_are_closer_than_unrelated_ones() {
        assumeThat(capturesMeaning()).as("the model captures meaning").isTrue();
        EmbeddingModel model = model();
        float[] question = model.embed("Why was my package delivered late?");
        float[] similar = model.embed("The parcel arrived days after the promised delivery date.");
        float[] unrelated = model.embed("Our spring sale takes 20% off kitchen appliances.");

        assertThat(VectorSimilarity.cosine(question, similar))
                .isGreaterThan(VectorSimilarity.cosine(question, unrelated));
    }
}
