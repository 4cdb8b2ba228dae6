package dev.orderlens.answering;

import dev.orderlens.answering.semantic.Words;
import dev.orderlens.core.domain.calendar.WrittenDays;
import dev.orderlens.core.domain.search.Passage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the two to four sentences of the retrieved passages that answer the question, and orders them as an
 * explanation is read: cause, then effect, then figures. A sentence earns its place by the question's words it
 * shares and, when the question asks why, by naming a cause; when it asks what was changed afterwards, by lying
 * under a report's follow-up heading. Passages about something other than what the
 * question names are left out, and a sentence that repeats one already picked is dropped.
 */
final class SentencePicker {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(\\[])|\\n\\s*\\n|\\n(?=[-*#] )");
    /** A bold label opening a paragraph ("**What happened.**"): a heading, not part of the sentence. */
    private static final Pattern LABEL = Pattern.compile("\\*\\*[^*\\n]{1,60}\\.\\*\\*\\s*");
    /** "send it back", "sent the sweater back": a return, as the policies word it. */
    private static final Pattern SENT_BACK = Pattern.compile("(?i)\\b(?:send|sends|sent|sending|mail|mailed|ship"
            + "|shipped|bring|brought|take|took)\\b(?:\\s+\\S+){0,3}?\\s+back\\b");
    private static final Set<String> QUESTION_ONLY = Set.of("why", "say", "says", "said", "explain", "summarise",
            "summarize", "describe", "tell", "happened", "anything", "something", "should", "handle", "know");
    private static final Set<String> ASKS_WHY = Set.of("why", "cause", "caused", "causes", "reason", "reasons",
            "explain", "happened");
    /** Words asking what was done after something happened: "what did we change after the outage?". */
    private static final Set<String> ASKS_WHAT_CHANGED = Set.of("change", "changed", "changes", "introduce",
            "introduced", "prevent", "prevented", "fix", "fixed", "lessons", "improve", "improved",
            "improvements", "controls", "safeguards");
    /** Headings of the part of a report that says what was done afterwards. */
    private static final Set<String> FOLLOW_UP_HEADINGS = Set.of("follow-up", "follow up", "next steps", "actions",
            "action items", "changes", "lessons learned", "prevention");
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private static final Pattern FIELD = Pattern.compile("[A-Z][\\w ]{0,30}:\\s");
    /** Words without which a line is a list of names rather than a sentence. */
    private static final Set<String> GLUE = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "the", "a", "an", "of", "to", "for", "with", "by", "from", "that", "and", "after", "because", "says",
            "say", "said", "will", "can", "not", "no", "on", "in", "at");
    private static final List<String> SUFFIXES = List.of("ation", "ing", "ed", "ly");
    private static final int MAX_SENTENCES = 4;
    private static final int MIN_WORDS = 4;
    private static final int LONG_LINE_WORDS = 7;
    private static final int CAUSE_BONUS = 2;
    /** Sentences sharing this share of their words say the same thing. */
    private static final double SAME_SENTENCE = 0.6;

    /**
     * @param overlap how many of the question's words the sentence holds
     * @param score the overlap, plus a bonus for naming a cause when the question asks why
     */
    record Picked(Passage passage, String text, int passageRank, int position, int overlap, int score,
            SentenceRole role, Set<String> stems) {
    }

    List<Picked> pick(String question, List<Passage> passages) {
        List<LocalDate> days = WrittenDays.in(question);
        Set<String> terms = terms(question, days);
        if (terms.isEmpty() && days.isEmpty()) {
            return List.of();
        }
        boolean asksWhy = Words.tokens(question).stream().anyMatch(ASKS_WHY::contains);
        boolean asksWhatChanged = Words.tokens(question).stream().anyMatch(ASKS_WHAT_CHANGED::contains);
        List<Picked> candidates = candidates(question, days, asksWhy, asksWhatChanged, terms, passages);
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt((Picked c) -> -c.score()).thenComparingInt(Picked::passageRank)
                .thenComparingInt(Picked::position));
        // Naming a cause orders the sentences; only the question's own words say whether one is on topic.
        int best = candidates.stream().mapToInt(Picked::overlap).max().orElseThrow();
        Map<Passage, Integer> bestOfPassage = new HashMap<>();
        candidates.forEach(c -> bestOfPassage.merge(c.passage(), c.overlap(), Math::max));
        List<Picked> chosen = new ArrayList<>();
        for (Picked candidate : candidates) {
            // A cause stated in a passage that is on topic answers "why" even in words of its own
            // ("because of a defective battery batch" in the earbuds' recall FAQ).
            boolean causeOnTopic = asksWhy && candidate.role() == SentenceRole.CAUSE
                    && bestOfPassage.get(candidate.passage()) * 2 >= best;
            boolean strongEnough = candidate.overlap() * 2 >= best || causeOnTopic || chosen.size() < 2;
            if (chosen.size() < MAX_SENTENCES && strongEnough && chosen.stream().noneMatch(c -> repeats(c, candidate))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparing(Picked::role).thenComparingInt(Picked::passageRank)
                .thenComparingInt(Picked::position));
        return chosen;
    }

    private static List<Picked> candidates(String question, List<LocalDate> days, boolean asksWhy,
            boolean asksWhatChanged, Set<String> terms, List<Passage> passages) {
        QuestionSubject subject = QuestionSubject.of(question);
        // A subject no passage names is likely a word written with a capital by habit, not a name to filter on; a
        // record's identifier is not, and what is said of other records does not answer for it.
        boolean filter = subject.named() && passages.stream().anyMatch(subject::isAbout)
                || !subject.identifiers().isEmpty();
        // "why did cancellations jump on March 14, 2025": once a passage is about that day, what others say of its
        // month or year is beside the point, unless the sentence itself names the day.
        boolean dayReported = !days.isEmpty() && passages.stream().anyMatch(p -> names(p.title(), days));
        List<Picked> candidates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int p = 0; p < passages.size(); p++) {
            Passage passage = passages.get(p);
            if (filter && !subject.isAbout(passage)) {
                continue;
            }
            boolean titledWithDay = dayReported && names(passage.title(), days);
            List<Sentence> sentences = split(passage.text());
            boolean onTopic = sentences.stream().anyMatch(sentence -> overlap(terms, sentence.stems()) > 0);
            for (int s = 0; s < sentences.size(); s++) {
                if (sentences.get(s).heading()) {
                    continue;
                }
                String sentence = sentences.get(s).text();
                Set<String> stems = sentences.get(s).stems();
                boolean namesDay = names(sentence, days);
                if (Words.tokens(sentence).size() < MIN_WORDS || !readsAsSentence(sentence, stems)
                        || !seen.add(sentence) || dayReported && !titledWithDay && !namesDay) {
                    continue;
                }
                // Every sentence of a record's own note is about the record the question names.
                int overlap = overlap(terms, stems) + (namesDay ? 1 : 0) + (subject.identifiers().isEmpty() ? 0 : 1);
                // "did we change anything after the hurricane?": what a report on it says was done afterwards
                boolean doneAfter = asksWhatChanged && onTopic && sentences.get(s).followUp();
                if (doneAfter) {
                    overlap = Math.max(overlap, 1) + CAUSE_BONUS;
                }
                if (overlap == 0) {
                    continue;
                }
                SentenceRole role = SentenceRole.of(stems, sentence);
                int score = overlap + (asksWhy ? causeBonus(role, stems) : 0);
                candidates.add(new Picked(passage, sentence, p, s, overlap, score, role, stems));
            }
        }
        return candidates;
    }

    /**
     * One sentence of a passage, cleaned of markdown, with its stems read once.
     *
     * @param heading whether it is a markdown heading ("# Incident report: …"), which says nothing itself
     * @param followUp whether it lies under a heading of what was done afterwards ("**Follow-up.**")
     */
    private record Sentence(String text, Set<String> stems, boolean heading, boolean followUp) {
    }

    /** Cuts a passage into its sentences, without the bold labels that head its paragraphs. */
    private static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (String paragraph : PARAGRAPH.split(text.strip())) {
            Matcher label = LABEL.matcher(paragraph.strip());
            boolean followUp = label.lookingAt() && FOLLOW_UP_HEADINGS.contains(label.group().replaceAll("[*.:]", "")
                    .strip().toLowerCase(Locale.ROOT));
            for (String raw : SENTENCE_END.split(label.replaceAll(""))) {
                String sentence = clean(raw);
                sentences.add(new Sentence(sentence, stems(sentence), raw.strip().startsWith("#"), followUp));
            }
        }
        return sentences;
    }

    /** Whether the text writes out one of the days; without days to look for, nothing is read. */
    private static boolean names(String text, List<LocalDate> days) {
        return !days.isEmpty() && WrittenDays.in(text).stream().anyMatch(days::contains);
    }

    private static int causeBonus(SentenceRole role, Set<String> stems) {
        if (role != SentenceRole.CAUSE) {
            return 0;
        }
        return SentenceRole.saysWhy(stems) ? CAUSE_BONUS + 1 : CAUSE_BONUS;
    }

    /**
     * A record's field ("Product: Nimbus X2 wireless earbuds.", "Promised by: 2025-05-14.") names things but says
     * nothing about them; a short line without a word of English grammar is a list of names. A long line reads as
     * a sentence in any language (a customer's comment in Portuguese).
     */
    private static boolean readsAsSentence(String sentence, Set<String> stems) {
        Matcher field = FIELD.matcher(sentence);
        String said = field.lookingAt() ? sentence.substring(field.end()) : sentence;
        long words = Words.tokens(said).stream().filter(word -> word.chars().anyMatch(Character::isLetter)).count();
        if (field.lookingAt() && words < MIN_WORDS) {
            return false;
        }
        return words >= LONG_LINE_WORDS || stems.stream().anyMatch(GLUE::contains);
    }

    private static String clean(String sentence) {
        return sentence.strip().replace("**", "").replace("__", "").replaceAll("^[-*#]+\\s*", "")
                .replaceAll("\\s+", " ");
    }

    /** Whether two sentences share so many words that the second adds nothing. */
    private static boolean repeats(Picked kept, Picked candidate) {
        Set<String> shared = new LinkedHashSet<>(kept.stems());
        shared.retainAll(candidate.stems());
        Set<String> all = new LinkedHashSet<>(kept.stems());
        all.addAll(candidate.stems());
        return !all.isEmpty() && (double) shared.size() / all.size() >= SAME_SENTENCE;
    }

    private static Set<String> stems(String sentence) {
        Set<String> stems = new LinkedHashSet<>();
        Words.tokens(sentence).forEach(word -> stems.add(stem(word)));
        return stems;
    }

    /** The question's words the sentence holds; a year or a count alone does not put a sentence on topic. */
    private static int overlap(Set<String> terms, Set<String> stems) {
        int words = 0;
        int numbers = 0;
        for (String term : terms) {
            if (stems.contains(term)) {
                if (term.chars().allMatch(Character::isDigit) && term.length() < QuestionSubject.IDENTIFIER_DIGITS) {
                    numbers++;
                } else {
                    words++;
                }
            }
        }
        return words == 0 ? 0 : words + numbers;
    }

    /**
     * The question's words that put a sentence on topic. A day it writes out is one term, not a month, a number and
     * a year, or a sentence about the month would share more of the question than one about the day.
     */
    private static Set<String> terms(String question, List<LocalDate> days) {
        Set<String> dayWords = new HashSet<>();
        days.forEach(day -> dayWords.addAll(Words.tokens(String.join(" ", WrittenDays.spellings(day)))));
        Set<String> terms = new LinkedHashSet<>();
        for (String word : Words.tokens(question)) {
            if (!EnglishWords.FUNCTION_WORDS.contains(word) && !QUESTION_ONLY.contains(word) && word.length() > 1
                    && !dayWords.contains(word)) {
                terms.add(stem(word));
            }
        }
        if (SENT_BACK.matcher(question).find()) {
            terms.add(stem("return"));
        }
        return terms;
    }

    /** A rough stem, so that "recalled", "recalls" and "recall" meet, as do "cancellations" and "cancelled". */
    static String stem(String word) {
        String stem = Words.singular(word);
        for (String suffix : SUFFIXES) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
                return stem.substring(0, stem.length() - suffix.length());
            }
        }
        return stem;
    }
}
