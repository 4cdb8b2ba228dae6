package dev.orderlens.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a statement corpus from the classpath ({@code /sql/hostile.sql}, {@code /sql/legit.sql} and their held-out
 * twins). An entry starts with a line {@code #### name} or {@code #### name => expected reason}; its statement is
 * every line up to the next such line. Text before the first entry describes the file. Lines end at {@code \n}
 * only, so a statement may hold a lone carriage return.
 */
public final class SqlCorpus {

    private static final String ENTRY = "#### ";
    private static final String REASON = " => ";

    /**
     * One statement with what it is and, for hostile statements of the development set, part of the reason it must
     * be refused with.
     *
     * @param name what the entry tries, starting with its class ({@code catalog: ...}, {@code spark: ...})
     * @param expectedReason part of the reason, or {@code null} where any refusal will do
     */
    public record Entry(String name, String expectedReason, String sql) {

        /**
         * Whether the entry is written for Databricks only (Spark SQL syntax, or the Databricks table's name), so a
         * DuckDB guard need not see it.
         */
        public boolean databricksOnly() {
            return name.startsWith("spark:") || name.contains(": spark:") || name.startsWith("databricks:");
        }

        /** Whether the entry may be stopped by a limit while it runs, rather than refused before. */
        public boolean resource() {
            return name.startsWith("resource:");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private SqlCorpus() {
    }

    public static List<Entry> load(String resource) {
        try (InputStream in = SqlCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus " + resource);
            }
            return parse(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
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
                header = line.substring(ENTRY.length()).strip();
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
