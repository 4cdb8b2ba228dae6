package dev.orderlens.local.duckdb;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated records as RFC 4180 writes them: fields in double quotes may hold commas, line breaks
 * and doubled quotes; lines end in LF or CRLF. Blank lines are skipped and a leading byte-order mark is dropped.
 * Record 0 is the header; the rows that follow are numbered from 1.
 */
final class CsvRecords {

    private static final int END = -1;

    private final Reader reader;
    /** Read in blocks: a call per character costs more than the parsing itself. */
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long nextRecord;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** The number the next record will have: the header is 0. */
    long nextRecordNumber() {
        return nextRecord;
    }

    /**
     * The next record's fields, or {@code null} at the end of the input.
     *
     * @throws OrdersLoadException when a quoted field is never closed
     */
    List<String> next() throws IOException {
        int c = read();
        if (nextRecord == 0 && c == '\uFEFF') {
            c = read();
        }
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c == END) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                readQuoted(field);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == END) {
                if (c == '\r') {
                    skipLineFeed();
                }
                fields.add(field.toString());
                nextRecord++;
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void readQuoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new OrdersLoadException((nextRecord == 0 ? "the header" : "row " + nextRecord)
                        + ": a quoted value is never closed");
            }
            if (c == '"') {
                int following = read();
                if (following != '"') {
                    unread(following);
                    return;
                }
            }
            field.append((char) c);
        }
    }

    private void skipLineFeed() throws IOException {
        int c = read();
        if (c != '\n') {
            unread(c);
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = Math.max(reader.read(buffer, 0, buffer.length), 0);
            position = 0;
            if (limit == 0) {
                return END;
            }
        }
        return buffer[position++];
    }

    /** Steps back over the character just read; the end of input needs no stepping back, it stays the end. */
    private void unread(int c) {
        if (c != END) {
            position--;
        }
    }
}
