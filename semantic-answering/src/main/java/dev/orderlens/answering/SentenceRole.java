package dev.orderlens.answering;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a sentence does in an explanation, in the order an explanation is read: what caused it, what it did, then
 * the figures that measure it.
 */
enum SentenceRole {
    CAUSE,
    EFFECT,
    FIGURES;

    /** Words that name a cause or say that one thing led to another, as stems. */
    private static final Set<String> CAUSE_STEMS = Stream.of("because", "due", "cause", "caused", "causes",
            "defective", "defect", "defects", "strike", "hurricane", "storm", "weather", "landfall", "outage", "batch",
            "lot", "faulty", "overheat", "overheats", "overheated", "failed", "failure", "shortage",
            "backlog", "disruption", "broke", "broken", "swollen", "suspended", "closed", "lost", "bug", "flood",
            "delay", "delayed", "delays").map(SentencePicker::stem).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CONNECTIVES = Stream.of("because", "due", "caused", "causes")
            .map(SentencePicker::stem).collect(Collectors.toUnmodifiableSet());
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\s*%|[$€£]\\s*\\d|R\\$|\\d[\\d,]{3,}|\\brate\\b");

    static SentenceRole of(Collection<String> stems, String sentence) {
        if (namesCause(stems)) {
            return CAUSE;
        }
        return FIGURE.matcher(sentence).find() ? FIGURES : EFFECT;
    }

    static boolean namesCause(Collection<String> stems) {
        return stems.stream().anyMatch(CAUSE_STEMS::contains);
    }

    /** Whether the sentence says outright that one thing led to another ("because of", "due to", "caused"). */
    static boolean saysWhy(Collection<String> stems) {
        return stems.stream().anyMatch(CONNECTIVES::contains);
    }
}
