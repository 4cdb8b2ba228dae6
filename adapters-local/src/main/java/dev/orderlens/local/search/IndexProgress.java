package dev.orderlens.local.search;

/** Hears how far an index build has got. */
@FunctionalInterface
public interface IndexProgress {

    /**
     * @param done documents indexed so far
     * @param total documents to index, or -1 when the source does not know its size
     */
    void update(int done, int total);

    static IndexProgress none() {
        return (done, total) -> { };
    }
}
