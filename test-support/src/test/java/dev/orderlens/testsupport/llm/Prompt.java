package dev.orderlens.testsupport.llm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rendered prompt, read the way a model reads it: by its labelled lines and sections. */
record Prompt(String text) {

    /** The rest of the last line that starts with {@code label: } ("Question", "Message"). */
    String field(String label) {
        int at = text.lastIndexOf("\n" + label + ": ");
        if (at < 0) {
            throw new IllegalArgumentException("the prompt has no " + label + " line:\n" + text);
        }
        int start = at + label.length() + 3;
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    /** The text between {@code from} and the next {@code to} after it. */
    String between(String from, String to) {
        int start = text.indexOf(from);
        if (start < 0) {
            throw new IllegalArgumentException("the prompt has no '" + from + "':\n" + text);
        }
        start += from.length();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The first group of {@code pattern} in the prompt. */
    Optional<String> find(String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    boolean contains(String part) {
        return text.contains(part);
    }
}
