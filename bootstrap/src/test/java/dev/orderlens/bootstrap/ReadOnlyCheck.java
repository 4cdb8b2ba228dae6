package dev.orderlens.bootstrap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a test asserts about SQL that reached the warehouse, written apart from the product's guard so that the
 * guard is not checked against itself: one statement, starting with SELECT or WITH, without a writing or
 * state-changing keyword, without a file, URL or catalog reader, reading only the given table (and its own
 * common table expressions).
 */
final class ReadOnlyCheck {

    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\\n]*|/\\*.*?\\*/"
            + "|[A-Za-z_][A-Za-z0-9_$]*(?:\\.[A-Za-z_][A-Za-z0-9_$]*)*|\\d+(?:\\.\\d+)?|\\S", Pattern.DOTALL);
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "DROP", "CREATE",
            "ALTER", "TRUNCATE", "RENAME", "COPY", "ATTACH", "DETACH", "INSTALL", "LOAD", "PRAGMA", "SET", "RESET",
            "CALL", "EXPORT", "IMPORT", "VACUUM", "CHECKPOINT", "GRANT", "REVOKE", "INTO", "USE", "EXECUTE", "PREPARE",
            "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN");
    private static final Pattern READERS = Pattern.compile("read_.*|.*_scan|glob|getenv|current_setting|duckdb_.*"
            + "|pragma_.*|sqlite_.*|query|query_table|sniff_csv|.*information_schema.*|pg_.*|which_secret");
    /** Functions whose arguments contain FROM without it naming a table. */
    private static final Set<String> FROM_IN_ARGUMENTS = Set.of("EXTRACT", "TRIM", "SUBSTRING", "POSITION",
            "OVERLAY");

    private ReadOnlyCheck() {
    }

    /** What is wrong with the SQL, or an empty list when it only reads {@code table}. */
    static List<String> violations(String sql, String table) {
        List<String> tokens = tokens(sql);
        List<String> found = new ArrayList<>();
        if (tokens.isEmpty()) {
            return List.of("empty");
        }
        int first = 0;
        while (first < tokens.size() && tokens.get(first).equals("(")) {
            first++;
        }
        String start = first < tokens.size() ? upper(tokens.get(first)) : "";
        if (!start.equals("SELECT") && !start.equals("WITH")) {
            found.add("starts with " + start);
        }
        Set<String> cteNames = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean afterWithOrComma = i > 0 && (upper(tokens.get(i - 1)).equals("WITH")
                    || upper(tokens.get(i - 1)).equals("RECURSIVE") || tokens.get(i - 1).equals(","));
            if (afterWithOrComma && upper(tokens.get(i + 1)).equals("AS") && tokens.get(i + 2).equals("(")) {
                cteNames.add(tokens.get(i).toLowerCase(Locale.ROOT));
            }
        }
        Deque<String> calls = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String word = upper(token);
            if (token.equals(";")) {
                found.add("more than one statement");
            } else if (token.equals("(")) {
                calls.push(i > 0 ? upper(tokens.get(i - 1)) : "");
                if (i > 0 && READERS.matcher(tokens.get(i - 1).toLowerCase(Locale.ROOT)).matches()) {
                    found.add("calls " + tokens.get(i - 1));
                }
            } else if (token.equals(")")) {
                calls.poll();
            } else if (WRITES.contains(word)) {
                found.add("uses " + word);
            } else if ((word.equals("FROM") || word.equals("JOIN")) && !FROM_IN_ARGUMENTS.contains(calls.isEmpty() ? "" : calls.peek())
                    && i + 1 < tokens.size()) {
                String source = tokens.get(i + 1);
                String name = source.replace("\"", "").toLowerCase(Locale.ROOT);
                if (!source.equals("(") && !name.equals(table) && !cteNames.contains(name)) {
                    found.add("reads " + source);
                }
                if (i + 3 < tokens.size() && tokens.get(i + 2).equals(",") && !tokens.get(i + 3).equals("(")
                        && !cteNames.contains(tokens.get(i + 3).toLowerCase(Locale.ROOT))
                        && !tokens.get(i + 3).equalsIgnoreCase(table)) {
                    found.add("reads " + tokens.get(i + 3));
                }
            } else if (READERS.matcher(token.toLowerCase(Locale.ROOT)).matches() && !token.startsWith("'")) {
                found.add("names " + token);
            }
        }
        return found;
    }

    /** Words, numbers, symbols and quoted names; string literals kept whole, comments dropped. */
    private static List<String> tokens(String sql) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sql);
        while (matcher.find()) {
            String token = matcher.group();
            if (!token.startsWith("--") && !token.startsWith("/*")) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static String upper(String token) {
        return token.startsWith("'") ? "" : token.toUpperCase(Locale.ROOT);
    }
}
