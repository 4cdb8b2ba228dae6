package dev.orderlens.core.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a statement corpus from the test classpath. An entry starts with a line {@code #### name} or
 * {@code #### name => expected reason}; its statement is every line up to the next such line. Text before the
 * first entry describes the file.
 */
final class SqlCorpus {

    private static final String ENTRY = "#### ";
    private static final String REASON = " => ";

    /** One statement with what it is and, for hostile statements, part of the reason it must be refused with. */
    record Entry(String name, String expectedReason, String sql) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SqlCorpus() {
    }

    static List<Entry> load(String resource) {
        try (InputStream in = SqlCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        String header = null;
        StringBuilder sql = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(ENTRY)) {
                addEntry(entries, header, sql);
                header = line.substring(ENTRY.length());
                sql.setLength(0);
            } else if (header != null) {
                sql.append(line).append('\n');
            }
        }
        addEntry(entries, header, sql);
        return entries;
    }

    private static void addEntry(List<Entry> entries, String header, StringBuilder sql) {
        if (header == null) {
            return;
        }
        String statement = sql.toString().strip();
        if (statement.isEmpty()) {
            throw new IllegalStateException("corpus entry '" + header + "' has no statement");
        }
        int reason = header.indexOf(REASON);
        entries.add(reason < 0
                ? new Entry(header, null, statement)
                : new Entry(header.substring(0, reason), header.substring(reason + REASON.length()), statement));
    }
}
