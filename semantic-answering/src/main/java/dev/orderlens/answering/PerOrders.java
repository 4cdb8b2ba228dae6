package dev.orderlens.answering;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure said per so many orders, as quality and risk people count ("cancellations per 1,000 Klarna orders", "late
 * deliveries per 100 delivered orders", "support tickets per 1,000 orders"): the rate of what is counted, or the
 * average per order, said per that many orders. What is counted is said as its rate ("the cancellation rate for
 * Klarna orders") and a count of anything else as its average per order ("support tickets per order"); the number is
 * kept aside for the measure (see {@link MeasureRef#per}).
 */
final class PerOrders {

    private static final Pattern PER = Pattern.compile("(?i)((?:(?:\\b([\\p{L}-]+)\\s+)??\\b("
            + "cancell?ations?|cancels|cancell?ed\\s+orders|returns|returned\\s+orders|late\\s+deliveries"
            + "|late\\s+orders|on[-\\s]time\\s+deliveries)\\s+)?\\bper)\\s+(?:a\\s+|one\\s+|every\\s+)?"
            + "(100|1,?000|10,?000|hundred|thousand|ten\\s+thousand)\\s+((?:[\\p{L}&'-]+\\s+){0,3}?)"
            + "(?:orders|deliveries|shipments|parcels)\\b");
    /**
     * The groups of {@link #PER}: everything up to "per", a word before what is counted, what is counted, the number
     * of orders, and the words naming the orders.
     */
    private static final int LEAD = 1;
    private static final int KIND = 2;
    private static final int COUNTED = 3;
    private static final int NUMBER = 4;
    private static final int ROWS = 5;
    /** The rows a rate is already taken over, which said again would narrow them: "per 100 delivered orders". */
    private static final Pattern RATE_BASE = Pattern.compile("(?i)\\b(?:delivered(?:[-\\s]or[-\\s]returned)?|shipped"
            + "|completed|fulfilled)\\s+");

    /** The number of orders said, and the words that said it. */
    record Said(int per, String phrase) {
    }

    private PerOrders() {
    }

    static Optional<Said> find(String text) {
        Matcher per = PER.matcher(text);
        return per.find() ? Optional.of(new Said(number(per.group(NUMBER)), per.group().strip())) : Optional.empty();
    }

    private static int number(String said) {
        String digits = said.replace(",", "").toLowerCase(Locale.ROOT);
        return switch (digits) {
            case "hundred" -> 100;
            case "thousand" -> 1000;
            default -> digits.startsWith("ten") ? 10000 : Integer.parseInt(digits);
        };
    }

    /** The text with the figure said per order: its rate for a count of what a rate counts, else per one order. */
    static String perOrder(String text) {
        return PER.matcher(text).replaceAll(match -> {
            String rows = match.group(ROWS);
            String kind = match.group(KIND);
            if (match.group(COUNTED) == null || kind != null && !EnglishWords.FUNCTION_WORDS.contains(
                    kind.toLowerCase(Locale.ROOT))) {
                // "defective returns per 1,000 orders": a kind of what a rate counts is no rate of the model's
                return Matcher.quoteReplacement(match.group(LEAD) + " " + rows + "order");
            }
            String counted = match.group(COUNTED).toLowerCase(Locale.ROOT);
            String rate = counted.startsWith("cancel") ? "cancellation rate" : counted.startsWith("return")
                    ? "return rate" : counted.startsWith("late") ? "late delivery rate" : "on-time rate";
            String over = RATE_BASE.matcher(rows).replaceAll("").strip();
            return Matcher.quoteReplacement(over.isEmpty() ? rate : rate + " for " + over + " orders");
        });
    }
}
