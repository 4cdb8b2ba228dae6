package dev.orderlens.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the markdown of an answer for a terminal, one line at a time: {@code **bold**} and headings in bold,
 * {@code *emphasis*} in italics, code spans without their backticks, bullets as {@code •}, links as
 * {@code text (url)}. Without a terminal the words are written plainly, with no markup and no escape codes.
 */
final class TerminalMarkdown {

    private static final String BOLD = "\u001b[1m";
    private static final String NOT_BOLD = "\u001b[22m";
    private static final String ITALIC = "\u001b[3m";
    private static final String NOT_ITALIC = "\u001b[23m";

    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("(\\s*)[-*+]\\s+(.*)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern STRONG = Pattern.compile(
            "\\*\\*(\\S(?:.*?\\S)??)\\*\\*|(?<!\\w)__(\\S(?:.*?\\S)??)__(?!\\w)");
    private static final Pattern EMPHASIS = Pattern.compile(
            "\\*(\\S(?:.*?\\S)??)\\*|(?<!\\w)_(\\S(?:.*?\\S)??)_(?!\\w)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((\\S+?)\\)");

    private final boolean ansi;

    /** @param ansi whether the output is a terminal that understands escape codes for bold and italics */
    TerminalMarkdown(boolean ansi) {
        this.ansi = ansi;
    }

    /** Every line of {@code markdown}, rendered. */
    String render(String markdown) {
        StringBuilder text = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            text.append(i == 0 ? "" : "\n").append(line(lines[i]));
        }
        return text.toString();
    }

    /** One line (without its line break), rendered. */
    String line(String line) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            return styled(inline(heading.group(1)), BOLD, NOT_BOLD);
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            return bullet.group(1) + "• " + inline(bullet.group(2));
        }
        return inline(line);
    }

    /** Code spans are written as they are; markup is read only outside them. */
    private String inline(String text) {
        StringBuilder rendered = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int from = 0;
        while (code.find()) {
            rendered.append(outsideCode(text.substring(from, code.start()))).append(code.group(1));
            from = code.end();
        }
        return rendered.append(outsideCode(text.substring(from))).toString();
    }

    private String outsideCode(String text) {
        String linked = LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(link.group(1) + " (" + link.group(2) + ")"));
        String strong = replace(STRONG, linked, BOLD, NOT_BOLD);
        return replace(EMPHASIS, strong, ITALIC, NOT_ITALIC);
    }

    private String replace(Pattern markup, String text, String on, String off) {
        return markup.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                styled(match.group(1) != null ? match.group(1) : match.group(2), on, off)));
    }

    private String styled(String text, String on, String off) {
        return ansi ? on + text + off : text;
    }
}
