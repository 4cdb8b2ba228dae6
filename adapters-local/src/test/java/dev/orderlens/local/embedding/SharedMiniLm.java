package dev.orderlens.local.embedding;

/** One model for all tests of the JVM: loading it takes a second or two. */
public final class SharedMiniLm {

    public static final MiniLmEmbeddingModel MODEL = MiniLmEmbeddingModel.builder().build();

    private SharedMiniLm() {
    }
}
