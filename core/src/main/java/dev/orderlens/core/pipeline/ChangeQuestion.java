package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.calendar.WrittenDays;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asking why a figure moved ("Why did refunds go up in 2025?", "Why were deliveries to Bahia late in
 * October 2025?"). Such a question wants two things the routes give apart: the numbers, from a query, and the
 * reasons, from the documents. This reads the question for the figures to query: the movement words are dropped,
 * a year is looked at month by month, and a month or a day is set beside the one before it, so that the numbers
 * show the change rather than one total; a part of a month is shown alone. A why-question followed by a request for
 * figures has its numbers asked already: that request is the query. A movement said and then its cause asked ("orders
 * jumped in April 2025 - what drove that?") is read as the same why-question.
 *
 * @param question the question as asked, which the documents are searched and the reasons written for
 * @param numbersQuestion the question whose query shows the change
 */
record ChangeQuestion(String question, String numbersQuestion) {

    /**
     * "Why did refunds go up…", "Catching up: why did…" after a short lead, "Why we had so many…" as written
     * without the question's "did".
     */
    private static final Pattern WHY = Pattern.compile("^\\s*(?:\\p{L}+(?:\\s+\\p{L}+)?:\\s*)?(?:and\\s+|so\\s+)?"
            + "why\\s+(?:(?:did|do|does|were|was|are|is|has|have|had)\\s+|(?=(?:we|they|our|the|customers|orders)"
            + "\\s))(.+?)[\\s?.!]*$", Pattern.CASE_INSENSITIVE);
    /**
     * "orders jumped in the first week of April 2025 - what drove that?", "… - was there a promo behind it, and what
     * were its terms?": a movement said, then its cause asked.
     */
    private static final Pattern CAUSE_AFTER = Pattern.compile("^\\s*(.+?)[\\s,;:.\\-\u2013\u2014]+(?:so\\s+)?(?:what"
            + "(?:['\u2019]s|\\s+is|\\s+was)?\\s+(?:drove|driving|drives|behind|caused|causing)"
            + "|(?:was|is)\\s+there\\s+(?:a|an|any|some)\\s+\\p{L}+\\s+behind)"
            + "(?:\\s+(?:that|it|this|them))?(?:,?\\s+and\\s+[^?]*)?[\\s?.!]*$", Pattern.CASE_INSENSITIVE);
    /** Words that say a figure moved; they are dropped from the numbers' question. */
    private static final Pattern MOVEMENT = Pattern.compile("\\b(?:go|goes|went|gone|going)\\s+(?:up|down)\\b"
            + "|\\b(?:change|changed|rise|rose|risen|increase|increased|decrease|decreased|drop|dropped|fall|fell"
            + "|fallen|grow|grew|grown|decline|declined|spike|spiked|jump|jumped|climb|climbed|surge|surged|dip|dipped"
            + "|plunge|plunged|worsen|worsened|get\\s+worse|got\\s+worse|so\\s+high|so\\s+low|higher|lower|worse"
            + "|better|up|down|so\\s+(?:many|much|few|often))\\b", Pattern.CASE_INSENSITIVE);
    /** Where the question's first sentence ends: what follows it ("I see a cluster of them") is no figure to query. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[?!])\\s+|(?<=\\.)\\s+(?=[A-Z])");
    /** A sentence that opens by asking for figures: "Number of returns by reason", "Show me the late rate by month". */
    private static final Pattern FIGURE_REQUEST = Pattern.compile("\\s*(?:(?:can|could)\\s+(?:you|u)\\s+|please\\s+"
            + "|pls\\s+)?(?:(?:the\\s+)?(?:number|count|total|share|breakdown)\\s+(?:of|by)\\b|how\\s+(?:many|much)\\b"
            + "|(?:show|give|list|break\\s+down|split)\\b)", Pattern.CASE_INSENSITIVE);
    /** Words that say a figure was bad without a movement word; they stay, since they name the figure. */
    private static final Pattern STATE = Pattern.compile("\\b(?:late|delayed|slow|slower)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A period that pins a figure down: a year, or one counted back from today. */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:(?:19|20)\\d{2}|yesterday|today"
            + "|(?:last|this|previous|past)\\s+(?:week|month|quarter|year))\\b", Pattern.CASE_INSENSITIVE);
    /** "Why did it go up?" names no figure of its own: without the conversation there is nothing to query. */
    private static final Pattern PRONOUN = Pattern.compile("(?i)it|that|this|they|these|those");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(january|february|march|april|may|june|july|august"
            + "|september|october|november|december)\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** "the first week of April 2025": a part of a month, which the month before would dwarf. */
    private static final Pattern PART_OF_MONTH = Pattern.compile("\\b(?:weeks?|days|fortnight)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> GRAINS = List.of("by month", "by week", "by day", "by quarter", "monthly",
            "weekly", "daily", "per month", "per week", "per day", " vs ", "versus", "compared");

    /** The question read as a change to explain, or empty when it asks something else. */
    static Optional<ChangeQuestion> of(String question) {
        String[] sentences = SENTENCE_BREAK.split(question.strip(), 2);
        Matcher why = WHY.matcher(sentences[0]);
        Matcher causeAfter = CAUSE_AFTER.matcher(question.strip());
        String rest;
        if (why.matches()) {
            // "Why are Apparel items coming back? Number of Apparel returns by reason in 2025": the figures are asked
            if (sentences.length == 2 && FIGURE_REQUEST.matcher(sentences[1]).lookingAt()) {
                return Optional.of(new ChangeQuestion(question, sentences[1].strip()));
            }
            rest = why.group(1);
        } else if (causeAfter.matches() && MOVEMENT.matcher(causeAfter.group(1)).find()) {
            rest = causeAfter.group(1);
        } else {
            return Optional.empty();
        }
        boolean moved = MOVEMENT.matcher(rest).find();
        // "Why were deliveries late (in September)?" asks for causes in general; with a dated period there is a
        // figure to show.
        if (!moved && !(STATE.matcher(rest).find() && PERIOD.matcher(rest).find())) {
            return Optional.empty();
        }
        String figures = MOVEMENT.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (figures.isEmpty() || PRONOUN.matcher(figures).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ChangeQuestion(question, overTime(figures)));
    }

    /** The figures over the period asked, split so that their movement shows. */
    private static String overTime(String figures) {
        String lower = figures.toLowerCase(Locale.ROOT);
        if (GRAINS.stream().anyMatch(lower::contains)) {
            return figures;
        }
        // A day is read first: "14 March 2025" also holds "March 2025", and its year would split it by month.
        List<LocalDate> days = WrittenDays.in(figures);
        if (days.size() == 1) {
            return figures + " vs " + WrittenDays.spelled(days.get(0).minusDays(1));
        }
        if (PART_OF_MONTH.matcher(figures).find()) {
            return figures;
        }
        Matcher month = MONTH_YEAR.matcher(figures);
        if (month.find()) {
            YearMonth asked = YearMonth.of(Integer.parseInt(month.group(2)),
                    Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)));
            return figures + " vs " + name(asked.minusMonths(1));
        }
        if (YEAR.matcher(figures).find()) {
            return figures + " by month";
        }
        return figures;
    }

    private static String name(YearMonth month) {
        String lower = month.getMonth().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + " " + month.getYear();
    }
}
