package dev.orderlens.core.semantic;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name nearest to a misspelt one, by edit distance ignoring case: the hint after "column X is not there".
 * A name that differs in more than half its letters is no hint, unless one of the two contains the other
 * ({@code valor} and {@code valor_total}).
 */
public final class ClosestName {

    private ClosestName() {
    }

    public static Optional<String> among(String wanted, List<String> names) {
        return names.stream()
                .filter(name -> distance(wanted, name) <= wanted.length() / 2 || contains(wanted, name))
                .min(Comparator.comparingInt((String name) -> distance(wanted, name))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static boolean contains(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        return a.contains(b) || b.contains(a);
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
