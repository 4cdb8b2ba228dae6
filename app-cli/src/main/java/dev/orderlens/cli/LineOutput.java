package dev.orderlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What one line of chat writes to the terminal. Ctrl-C cancels it: from then on nothing more of it reaches the
 * terminal, however long the answer behind it takes to stop, so nothing of a cancelled answer lands after the
 * prompt that follows it. A line cancelled before its answer has started writes nothing at all.
 */
final class LineOutput extends PrintWriter {

    private final Gate gate;

    LineOutput(Writer terminal) {
        this(new Gate(terminal));
    }

    private LineOutput(Gate gate) {
        super(gate);
        this.gate = gate;
    }

    /** Lets nothing more through; a write under way when Ctrl-C came is finished first, never cut. */
    void cancel() {
        gate.shut();
    }

    boolean cancelled() {
        return gate.isShut();
    }

    private static final class Gate extends Writer {

        private final Writer terminal;
        private boolean shut;

        Gate(Writer terminal) {
            this.terminal = terminal;
        }

        synchronized void shut() {
            shut = true;
        }

        synchronized boolean isShut() {
            return shut;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) throws IOException {
            if (!shut) {
                terminal.write(chars, offset, length);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            if (!shut) {
                terminal.flush();
            }
        }

        /** The terminal outlives the line: closing the line's output only flushes it. */
        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
