package dev.orderlens.bootstrap;

/** Hears about long start-up work (generating data, building indexes) and the backends picked. */
public interface StartupListener {

    StartupListener SILENT = new StartupListener() {
    };

    /** Progress of a long task; {@code total} may be 0 when unknown. */
    default void progress(String task, long done, long total) {
    }

    /** A line worth telling the user ("warehouse: DuckDB at …"). */
    default void info(String message) {
    }
}
