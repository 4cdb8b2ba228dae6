package dev.orderlens.answering;

import dev.orderlens.core.port.TitleGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Titles a chat with the key terms of its first message, in any script: at most six words, each capitalised. */
public final class LocalTitleGenerator implements TitleGenerator {

    private static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'\\-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Set<String> SKIPPED = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "what", "which", "who", "when", "where", "how", "why", "is", "are", "was",
            "were", "be", "been", "do", "does", "did", "have", "has", "had", "can", "could", "would", "should", "will",
            "i", "we", "us", "our", "you", "your", "they", "their", "it", "its", "me", "my", "this", "that", "these",
            "those", "there", "show", "give", "tell", "list", "get", "got", "please", "many", "much", "about", "any",
            "say", "says", "said", "explain", "describe", "summarise", "summarize", "happened", "know", "whats",
            "hi", "hello", "hey", "s", "just", "only", "also", "some", "into", "than", "then", "so");
    private static final String FALLBACK = "New Chat";

    @Override
    public String title(String firstMessage) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(firstMessage == null ? "" : firstMessage);
        while (matcher.find() && words.size() < MAX_WORDS) {
            String word = matcher.group().replaceAll("'s$", "");
            String lower = word.toLowerCase(Locale.ROOT);
            if (!SKIPPED.contains(lower) || isYearOrCode(word)) {
                words.add(word.equals(lower) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
        }
        return words.isEmpty() ? FALLBACK : String.join(" ", words);
    }

    private static boolean isYearOrCode(String word) {
        return word.chars().anyMatch(Character::isDigit) && word.length() >= 2;
    }
}
