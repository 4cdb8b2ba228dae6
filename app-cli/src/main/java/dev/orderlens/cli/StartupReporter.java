package dev.orderlens.cli;

import dev.orderlens.bootstrap.StartupListener;
import java.io.PrintWriter;

/** Shows start-up work as progress bars (one task at a time) and, when asked to, its info lines. */
final class StartupReporter implements StartupListener, AutoCloseable {

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean chatty;
    private String task;
    private String finished;
    private ProgressDisplay display;

    StartupReporter(PrintWriter err, boolean terminal, boolean chatty) {
        this.err = err;
        this.terminal = terminal;
        this.chatty = chatty;
    }

    @Override
    public synchronized void progress(String progressTask, long done, long total) {
        if (progressTask.equals(finished)) {
            return;
        }
        if (!progressTask.equals(task)) {
            close();
            task = progressTask;
            display = ProgressDisplay.start(err, terminal, progressTask, total);
        }
        display.stepTo(done, total);
        if (total > 0 && done >= total) {
            close();
            finished = progressTask;
        }
    }

    @Override
    public synchronized void info(String message) {
        if (chatty) {
            err.println(message);
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (display != null) {
            display.close();
            display = null;
        }
        task = null;
    }
}
