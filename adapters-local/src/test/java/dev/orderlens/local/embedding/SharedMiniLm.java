package dev.orderlens.local.embedding;

import dev.orderlens.core.pipeline.CachingEmbeddingModel;

/** One model for all tests of the JVM: loading it takes a second or two. */
public final class SharedMiniLm {

    public static final MiniLmEmbeddingModel MODEL = MiniLmEmbeddingModel.builder().build();

    /** The model behind a cache that lives as long as the JVM, so that tests rebuilding one corpus embed it once. */
    public static final CachingEmbeddingModel CACHED = new CachingEmbeddingModel(MODEL, new MapEmbeddingCache(),
            failure -> {
                throw failure;
            });

    private SharedMiniLm() {
    }
}
