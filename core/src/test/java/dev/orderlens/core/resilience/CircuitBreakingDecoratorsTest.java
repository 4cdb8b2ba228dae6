package dev.orderlens.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.fixtures.Fakes;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.StreamInterruptedException;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.resilience.CircuitBreaker.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Each decorated port goes through its breaker, and only the outside system's failures open it. */
class CircuitBreakingDecoratorsTest {

    private static final SqlQuery QUERY = new SqlQuery("SELECT 1", 10, Duration.ofSeconds(5));
    private static final VectorQuery SEARCH = new VectorQuery("late deliveries", null, 3);
    private static final CompletionRequest REQUEST =
            CompletionRequest.text(List.of(ChatMessage.user("Why were deliveries late?")), 0, 50);

    private final CircuitBreaker breaker = CircuitBreaker.builder("backend under test").consecutiveFailures(2)
            .coolDown(Duration.ofMinutes(1)).build();
    /** What the wrapped port does next; counts how often it was reached. */
    private final AtomicInteger reached = new AtomicInteger();
    private Supplier<RuntimeException> failure = () -> null;

    private void reach() {
        reached.incrementAndGet();
        RuntimeException next = failure.get();
        if (next != null) {
            throw next;
        }
    }

    private static BackendException timeout() {
        return new BackendException("databricks", Kind.TIMEOUT, "statement did not finish within 2000 ms");
    }

    private final SqlWarehouse warehouse = new CircuitBreakingSqlWarehouse(new SqlWarehouse() {
        @Override
        public SqlResult execute(SqlQuery query) {
            reach();
            return Fakes.carrierRows();
        }

        @Override
        public SqlDialect dialect() {
            return SqlDialect.DATABRICKS;
        }
    }, breaker);

    @Test
    void a_warehouse_that_times_out_is_cut_off_and_the_next_query_fails_fast_without_reaching_it() {
        failure = CircuitBreakingDecoratorsTest::timeout;
        assertThatThrownBy(() -> warehouse.execute(QUERY)).hasMessageContaining("did not finish");
        assertThatThrownBy(() -> warehouse.execute(QUERY)).hasMessageContaining("did not finish");

        assertThatThrownBy(() -> warehouse.execute(QUERY)).isInstanceOf(CircuitOpenException.class)
                .hasMessageStartingWith("backend under test: cut off for now");
        assertThat(reached.get()).isEqualTo(2);
        assertThat(warehouse.dialect()).isEqualTo(SqlDialect.DATABRICKS);
    }

    @Test
    void invalid_sql_rejected_by_the_warehouse_never_opens_the_breaker() {
        failure = () -> new BackendException("databricks", Kind.REJECTED, "[UNRESOLVED_COLUMN] carrierz");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> warehouse.execute(QUERY)).hasMessageContaining("UNRESOLVED_COLUMN");
        }

        failure = () -> null;
        assertThat(warehouse.execute(QUERY).rows()).hasSize(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void a_vector_index_keeps_its_name_and_is_cut_off_after_outages() {
        VectorIndex index = new CircuitBreakingVectorIndex(new VectorIndex() {
            @Override
            public String name() {
                return "orders";
            }

            @Override
            public List<Passage> search(VectorQuery query) {
                reach();
                return List.of(Fakes.passage("orders", "ORD-000001", "Late, refunded."));
            }
        }, breaker);
        assertThat(index.search(SEARCH)).hasSize(1);

        failure = () -> new BackendException("databricks", Kind.UNAVAILABLE, "query index answered 503");
        assertThatThrownBy(() -> index.search(SEARCH)).hasMessageContaining("503");
        assertThatThrownBy(() -> index.search(SEARCH)).hasMessageContaining("503");

        assertThatThrownBy(() -> index.search(SEARCH)).isInstanceOf(CircuitOpenException.class);
        assertThat(reached.get()).isEqualTo(3);
        assertThat(index.name()).isEqualTo("orders");
    }

    @Test
    void an_embedding_model_is_cut_off_for_both_single_and_batch_calls() {
        EmbeddingModel model = new CircuitBreakingEmbeddingModel(new EmbeddingModel() {
            @Override
            public float[] embed(String text) {
                reach();
                return new float[] {1, 0};
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                reach();
                return List.of(new float[] {1, 0});
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public String modelName() {
                return "text-embedding-3-small";
            }
        }, breaker);
        failure = () -> new BackendException("openai", Kind.RATE_LIMITED, "embeddings: 429 after 3 attempts");

        assertThatThrownBy(() -> model.embed("a")).hasMessageContaining("429");
        assertThatThrownBy(() -> model.embedAll(List.of("a"))).hasMessageContaining("429");

        assertThatThrownBy(() -> model.embed("a")).isInstanceOf(CircuitOpenException.class);
        assertThatThrownBy(() -> model.embedAll(List.of("a"))).isInstanceOf(CircuitOpenException.class);
        assertThat(reached.get()).isEqualTo(2);
        assertThat(model.dimension()).isEqualTo(2);
        assertThat(model.modelName()).isEqualTo("text-embedding-3-small");
    }

    /** Streams the scripted tokens, then throws the scripted failure if any. */
    private final class ScriptedModel implements LanguageModel {
        private final List<String> tokens;

        ScriptedModel(String... tokens) {
            this.tokens = List.of(tokens);
        }

        @Override
        public Completion complete(CompletionRequest request) {
            reach();
            return new Completion(String.join("", tokens), TokenUsage.NONE, "test-model");
        }

        @Override
        public Completion stream(CompletionRequest request, Consumer<String> onToken) {
            reached.incrementAndGet();
            tokens.forEach(onToken);
            RuntimeException next = failure.get();
            if (next != null) {
                throw next;
            }
            return new Completion(String.join("", tokens), TokenUsage.NONE, "test-model");
        }

        @Override
        public String modelName() {
            return "test-model";
        }
    }

    @Test
    void a_language_model_that_fails_completions_is_cut_off() {
        LanguageModel model = new CircuitBreakingLanguageModel(new ScriptedModel("OK"), breaker);
        failure = () -> new BackendException("openai", Kind.UNAVAILABLE, "chat completion: 503 after 3 attempts");

        assertThatThrownBy(() -> model.complete(REQUEST)).hasMessageContaining("503");
        assertThatThrownBy(() -> model.complete(REQUEST)).hasMessageContaining("503");

        assertThatThrownBy(() -> model.complete(REQUEST)).isInstanceOf(CircuitOpenException.class);
        assertThatThrownBy(() -> model.stream(REQUEST, token -> { })).isInstanceOf(CircuitOpenException.class);
        assertThat(reached.get()).isEqualTo(2);
        assertThat(model.modelName()).isEqualTo("test-model");
    }

    @Test
    void a_stream_that_fails_before_its_first_token_counts_as_a_failure() {
        LanguageModel model = new CircuitBreakingLanguageModel(new ScriptedModel(), breaker);
        failure = () -> new BackendException("openai", Kind.TIMEOUT, "no first token within 60 s");

        assertThatThrownBy(() -> model.stream(REQUEST, token -> { })).hasMessageContaining("first token");
        assertThatThrownBy(() -> model.stream(REQUEST, token -> { })).hasMessageContaining("first token");

        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void a_stream_cut_off_after_tokens_arrived_does_not_count_and_its_tokens_are_delivered() {
        LanguageModel model = new CircuitBreakingLanguageModel(new ScriptedModel("A hurricane ", "closed"), breaker);
        failure = () -> new StreamInterruptedException("openai", "the stream broke off", "A hurricane closed", null);
        List<String> received = new ArrayList<>();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> model.stream(REQUEST, received::add))
                    .isInstanceOf(StreamInterruptedException.class);
        }

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(received).startsWith("A hurricane ", "closed").hasSize(6);
    }

    @Test
    void a_stream_trial_closes_the_breaker_at_its_first_token() {
        CircuitBreaker quick = CircuitBreaker.builder("OpenAI").consecutiveFailures(1).coolDown(Duration.ZERO)
                .build();
        LanguageModel flaky = new CircuitBreakingLanguageModel(new ScriptedModel(), quick);
        failure = () -> new BackendException("openai", Kind.UNAVAILABLE, "chat completion: 503");
        assertThatThrownBy(() -> flaky.complete(REQUEST)).hasMessageContaining("503");
        List<State> statesDuringTheStream = new ArrayList<>();
        LanguageModel streaming = new CircuitBreakingLanguageModel(new ScriptedModel("Late ", "again"), quick);
        failure = () -> null;

        streaming.stream(REQUEST, token -> statesDuringTheStream.add(quick.state()));

        assertThat(statesDuringTheStream).containsExactly(State.CLOSED, State.CLOSED);
    }
}
