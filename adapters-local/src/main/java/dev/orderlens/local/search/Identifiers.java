package dev.orderlens.local.search;

import java.io.Reader;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Business identifiers such as ORD-000123 or CUST-00007. A standard tokenizer splits them at the hyphen, which
 * makes "ORD" match every order; they are kept whole instead, so that a question naming one finds it.
 */
final class Identifiers {

    private static final Pattern IDENTIFIER = Pattern.compile("\\b([A-Za-z]{2,})-(\\d{2,})\\b");

    private Identifiers() {
    }

    /** The identifiers named in a text, upper-cased, in order of appearance. */
    static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = IDENTIFIER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().toUpperCase(Locale.ROOT));
        }
        return found;
    }

    /** Rewrites ORD-000123 as ORD_000123, which the standard tokenizer keeps as one token. */
    static Reader joinedForTokenizing(Reader reader) {
        return new PatternReplaceCharFilter(IDENTIFIER, "$1_$2", reader);
    }
}
