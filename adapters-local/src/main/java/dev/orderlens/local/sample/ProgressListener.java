package dev.orderlens.local.sample;

/** Receives progress of long work (generating orders, writing documents), for a progress bar. */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores all progress. */
    ProgressListener NONE = (task, done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of {@code task} are finished.
     * Called from the generating thread, often: keep it cheap.
     */
    void step(String task, long done, long total);
}
