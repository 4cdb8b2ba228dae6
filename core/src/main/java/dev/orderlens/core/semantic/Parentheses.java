package dev.orderlens.core.semantic;

import java.util.OptionalInt;

/** Where a parenthesis of an expression or query closes, for code that rewrites or reads aggregate calls. */
public final class Parentheses {

    private Parentheses() {
    }

    /** The index of the parenthesis closing the one at {@code open}; empty when it is never closed. */
    public static OptionalInt closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
