package dev.orderlens.answering;

import dev.orderlens.answering.semantic.Words;
import dev.orderlens.core.domain.search.Passage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a question is about: the products, carriers, places or codes it writes with a capital or a digit
 * ("Nimbus X2", "Bahia", "FedEx", "ORD-000777"). A passage that names none of them is about something else, however many
 * ordinary words it shares with the question (an order note that mentions a return is not about the earbuds). A
 * record's identifier is named only by itself: a note on another order is not about ORD-000777 for sharing its "ORD".
 */
final class QuestionSubject {

    /** Capitalised words that name a time or the asker rather than a subject. */
    private static final Set<String> NOT_NAMES = Set.of("i", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "q1", "q2", "q3", "q4");

    /** Digits this many or more are an identifier ("ORD-000777"), not a year or a count. */
    static final int IDENTIFIER_DIGITS = 5;
    /** A record's identifier as the data writes it: "ORD-000777", "CUST-01909"; not "mid-2025". */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{L}{2,6}-\\d{"
            + IDENTIFIER_DIGITS + ",}(?![\\p{L}\\p{N}])");



    private final Set<String> names;
    private final Set<String> identifiers;

    private QuestionSubject(Set<String> names, Set<String> identifiers) {
        this.names = names;
        this.identifiers = identifiers;
    }

    static QuestionSubject of(String question) {
        List<String> words = Words.originalTokens(question);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            boolean code = lower.chars().anyMatch(Character::isDigit)
                    && (lower.chars().anyMatch(Character::isLetter) || lower.length() >= IDENTIFIER_DIGITS);
            if ((capitalised || code) && !NOT_NAMES.contains(lower)
                    && !EnglishWords.FUNCTION_WORDS.contains(lower)) {
                names.add(SentencePicker.stem(lower));
            }
        }
        Set<String> identifiers = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(question);
        while (identifier.find()) {
            identifiers.add(identifier.group().toUpperCase(Locale.ROOT));
        }
        return new QuestionSubject(Set.copyOf(names), identifiers);
    }

    /** The records' identifiers the question names, as the data writes them, in the order written. */
    List<String> identifiers() {
        return List.copyOf(identifiers);
    }

    boolean named() {
        return !names.isEmpty();
    }

    /** Whether the passage, by its title or text, names anything the question is about. */
    boolean isAbout(Passage passage) {
        if (!identifiers.isEmpty()) {
            Matcher named = IDENTIFIER.matcher(passage.title() + " " + passage.text());
            while (named.find()) {
                if (identifiers.contains(named.group().toUpperCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        if (names.isEmpty()) {
            return true;
        }
        for (String word : Words.tokens(passage.title() + " " + passage.text())) {
            if (names.contains(SentencePicker.stem(word))) {
                return true;
            }
        }
        return false;
    }
}
