package dev.orderlens.answering;

import dev.orderlens.core.domain.answer.QuotedPhrases;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What to say instead of a number when a question is too vague to compute or is about something the data and
 * documents do not hold: a question back with choices the model can answer, over a year the data has.
 */
final class ClarifyingQuestions {

    private static final int CHOICES = 4;
    /** Recent days, weeks or months, how many not said: "the last days", "the past few weeks". */
    private static final Pattern UNCOUNTED_RECENT = Pattern.compile("(?i)\\b(?:the\\s+)?(?:last|past|previous|recent)"
            + "\\s+(?:few\\s+|several\\s+|couple\\s+(?:of\\s+)?)?(days|weeks|months)\\b(?!\\s+of\\b)");
    private static final int NAMED = 4;

    private final SemanticModel model;
    private final List<String> choices;

    ClarifyingQuestions(SemanticModel model, Optional<Integer> year) {
        this.model = model;
        this.choices = ModelExamples.choices(model, year, CHOICES);
    }

    /** "How are we doing?": nothing in it says which figure, so the reader picks one. */
    Clarification vague() {
        return new Clarification(Clarification.Reason.AMBIGUOUS,
                Clarification.SEVERAL_FIGURES + " Which of these do you want to see? You can also ask about " + scope()
                        + ".",
                choices);
    }

    /**
     * "What is the weather in Paris?": say what OrderLens can answer, and name the words it cannot (none when the
     * documents mention each word, as "weather" in a note on storm delays, yet the question is about something else).
     */
    Clarification outOfScope(List<String> phrases) {
        return new Clarification(Clarification.Reason.OUT_OF_SCOPE,
                "I can only answer questions about " + scope() + ", and about the documents indexed with them. "
                        + (phrases.isEmpty() ? "This question is about something else."
                                : "Nothing there covers " + QuotedPhrases.named(phrases) + "."),
                choices.subList(0, Math.min(3, choices.size())));
    }

    /**
     * "Check the status of the order of the customer who called earlier": one order or customer nobody named, which the
     * data finds only by its identifier; the choices look one up by the first sample value of each column of ids.
     */
    Clarification unnamedCase() {
        List<String> lookups = model.columns().stream().filter(c -> c.role() == ColumnRole.IDENTIFIER)
                .filter(c -> c.name().endsWith("_id") && !c.sampleValues().isEmpty())
                .map(c -> QueryScope.entityNoun(c.name()) + " " + c.sampleValues().get(0))
                .toList();
        return new Clarification(Clarification.Reason.AMBIGUOUS, "Which one do you mean? I can look an order up by"
                + " its identifier" + (lookups.isEmpty() ? "" : " (such as " + String.join(" or ", lookups) + ")")
                + ": say which, and I will show what the data holds on it.", lookups);
    }

    /**
     * "Please give me the numbers of the last days", "orders in the past few weeks": recent days, weeks or months
     * without how many, which no period can be read from ("the last days of December" are the end of a month); each
     * choice is the question asked again with a period in their place. Empty for a question that says how many.
     */
    static Optional<Clarification> howFarBack(String question) {
        Matcher recent = UNCOUNTED_RECENT.matcher(question);
        if (!recent.find()) {
            return Optional.empty();
        }
        List<String> periods = switch (recent.group(1).toLowerCase(Locale.ROOT)) {
            case "days" -> List.of("the last 7 days", "the last 14 days", "the last 30 days");
            case "weeks" -> List.of("the last 2 weeks", "the last 4 weeks", "the last 8 weeks");
            default -> List.of("the last 3 months", "the last 6 months", "the last 12 months");
        };
        String before = question.substring(0, recent.start());
        String after = question.substring(recent.end());
        return Optional.of(new Clarification(Clarification.Reason.AMBIGUOUS, "How far back do you mean by '"
                + recent.group() + "'? Say how many " + recent.group(1).toLowerCase(Locale.ROOT) + ", or pick one of"
                + " these.", periods.stream().map(period -> (before + period + after).strip()).toList()));
    }

    /** "How many orders will we get tomorrow?": no data holds the future, so offer the figures that lead up to it. */
    Clarification forecast(Optional<String> period, Optional<DataRange> range) {
        return new Clarification(Clarification.Reason.OUT_OF_SCOPE,
                "I cannot forecast: " + period.map(p -> p + " is still to come, and ").orElse("")
                        + "the data "
                        + range.map(r -> "runs from " + r.first() + " to " + r.last()).orElse("holds past orders only")
                        + ". The trend so far may help; you can also ask about " + scope() + ".",
                choices.subList(0, Math.min(3, choices.size())));
    }

    /** What an answer from the documents opens with when part of the question is in neither the data nor them. */
    static String notCovered(List<String> phrases) {
        return "Nothing in the data or the documents covers " + QuotedPhrases.named(phrases)
                + ", so what follows leaves that part of the question out.";
    }

    /** Opens an answer from the documents to a figure asked of something the data has no value or column for. */
    static String noFigure(List<String> phrases) {
        return "The orders data has no value or column for " + QuotedPhrases.named(phrases)
                + ", so no figure is computed; what follows is what the documents say.";
    }

    /** "the orders: order count, revenue, … by customer segment, channel, … or by month". */
    private String scope() {
        String metrics = model.metrics().stream().limit(NAMED).map(Metric::label).collect(Collectors.joining(", "));
        String dimensions = model.columnsWithRole(ColumnRole.DIMENSION).stream().limit(NAMED)
                .map(SemanticColumn::name).map(n -> n.replace('_', ' ')).collect(Collectors.joining(", "));
        return "the data (" + metrics + " and more, by " + dimensions + ", by month…)";
    }
}
