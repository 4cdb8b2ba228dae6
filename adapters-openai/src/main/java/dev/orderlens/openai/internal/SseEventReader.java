package dev.orderlens.openai.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads the {@code data} of server-sent events: {@code data:} lines are joined until a blank line ends the
 * event; comment lines ({@code :} keep-alives) and {@code event:}/{@code id:}/{@code retry:} lines are
 * skipped; CRLF and LF both end lines.
 */
public final class SseEventReader {

    public static final String DONE = "[DONE]";

    private final BufferedReader lines;

    public SseEventReader(BufferedReader lines) {
        this.lines = lines;
    }

    /**
     * The data of the next event, or null at the end of the body. An event cut off by the end of the body is
     * incomplete and dropped, except {@code [DONE]}, which needs no terminator to mean the end.
     */
    public String next() throws IOException {
        StringBuilder data = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return data.toString();
                }
            } else if (line.startsWith("data:")) {
                String value = line.startsWith("data: ") ? line.substring(6) : line.substring(5);
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return data != null && DONE.equals(data.toString()) ? DONE : null;
    }
}
