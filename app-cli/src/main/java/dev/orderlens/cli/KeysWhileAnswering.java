package dev.orderlens.cli;

import java.io.IOException;
import java.util.concurrent.Future;
import org.jline.reader.LineReader;
import org.jline.utils.NonBlockingReader;

/**
 * The keys typed while chat writes an answer. The terminal stays in raw mode for the whole chat, so Ctrl-C is not a
 * signal but a key like the others, read in the order it was typed: a Ctrl-C typed after Enter cancels that line's
 * answer however soon it comes, even while the line editor is still letting go of the terminal. (Were the terminal
 * put back in cooked mode between lines, such a Ctrl-C would be a key that nobody reads.) The other keys wait for
 * the next prompt.
 */
final class KeysWhileAnswering {

    private static final long POLL_MILLIS = 20;

    private final NonBlockingReader keys;
    private final int ctrlC;
    private final LineReader lineReader;

    /**
     * @param ctrlC the character the terminal sends for Ctrl-C (its VINTR)
     * @param lineReader where the keys typed ahead go
     */
    KeysWhileAnswering(NonBlockingReader keys, int ctrlC, LineReader lineReader) {
        this.keys = keys;
        this.ctrlC = ctrlC;
        this.lineReader = lineReader;
    }

    /** Reads the keys typed until {@code answer} is done; true when one of them was Ctrl-C. */
    boolean ctrlCBefore(Future<?> answer) throws IOException {
        StringBuilder typedAhead = new StringBuilder();
        try {
            while (!answer.isDone()) {
                int key = keys.read(POLL_MILLIS);
                if (key == ctrlC) {
                    return true;
                }
                if (key == NonBlockingReader.EOF) {
                    return false;
                }
                if (key >= 0) {
                    typedAhead.append((char) key);
                }
            }
            return false;
        } finally {
            lineReader.runMacro(typedAhead.toString());
        }
    }
}
