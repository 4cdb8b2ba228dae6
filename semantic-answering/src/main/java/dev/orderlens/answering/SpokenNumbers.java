package dev.orderlens.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written or dictated as words, in digits: "two hundred dollars" is "200 dollars", "twenty-five" is "25",
 * "twenty twenty five" is the year "2025". A lone small number ("one", "three") is left as written: "which one" is
 * not a figure, and the parser reads small numbers beside a bound on its own. Days of the month said as ordinals
 * ("march fourteenth", "the twenty eighth") are written "14th", "28th"; "first" to "twelfth" only right after a
 * month, since "the first half" and "the second quarter" are no days.
 */
final class SpokenNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000);
    private static final String NUMBER_WORD = "(?:" + String.join("|", UNITS.keySet()) + "|"
            + String.join("|", TENS.keySet()) + "|" + String.join("|", SCALES.keySet()) + ")";
    /** A run of number words, joined by spaces, hyphens or "and" after a scale ("two hundred and fifty"). */
    private static final Pattern RUN = Pattern.compile("(?i)\\b(?:a\\s+(?=hundred|thousand))?" + NUMBER_WORD
            + "(?:(?:\\s+|-|(?<=hundred|thousand)\\s+and\\s+)" + NUMBER_WORD + ")*\\b");
    /**
     * The smallest number said in one word that is always a number; "one" to "twelve" are also words of their own ("the
     * top one", "a second look"). "zero" is a number in any sentence ("orders with zero tickets").
     */
    private static final int SMALLEST_UNAMBIGUOUS = 13;
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
            + "|march|april|june|july|august|september|october|november|december)";
    /**
     * An ordinal, after the tens it completes ("twenty second") or after a month ("march the third"), unless a part
     * of a year follows ("may second quarter").
     */
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:(" + MONTH + ")\\s+(?:the\\s+)?)?(?:(twenty|thirty)"
            + "[\\s-]+)?(" + String.join("|", ORDINALS.keySet()) + ")\\b(?!\\s+(?:quarter|half|week|month|year)s?\\b)");

    private SpokenNumbers() {
    }

    static String inDigits(String text) {
        Matcher run = RUN.matcher(ordinalsInDigits(text));
        return run.replaceAll(match -> {
            List<String> words = words(match.group());
            List<String> parts = new ArrayList<>();
            boolean anySpoken = false;
            for (int start = 0; start < words.size(); ) {
                int end = longestNumber(words, start);
                Long value = value(words.subList(start, end));
                boolean spoken = value != null && (value >= SMALLEST_UNAMBIGUOUS || value == 0 || end - start > 1);
                parts.add(spoken ? String.valueOf(value) : String.join(" ", words.subList(start, end)));
                anySpoken |= spoken;
                start = end;
            }
            return Matcher.quoteReplacement(anySpoken ? String.join(" ", parts) : match.group());
        });
    }

    private static String ordinalsInDigits(String text) {
        return ORDINAL.matcher(text).replaceAll(match -> {
            int day = ORDINALS.get(match.group(3).toLowerCase(Locale.ROOT))
                    + (match.group(2) == null ? 0 : TENS.get(match.group(2).toLowerCase(Locale.ROOT)));
            boolean isDay = day <= 31 && (match.group(1) != null || match.group(2) != null || day >= SMALLEST_UNAMBIGUOUS);
            String month = match.group(1) == null ? "" : match.group(1) + " ";
            return Matcher.quoteReplacement(isDay ? month + day + suffix(day) : match.group());
        });
    }

    private static String suffix(int day) {
        if (day % 10 == 1 && day != 11) {
            return "st";
        }
        if (day % 10 == 2 && day != 12) {
            return "nd";
        }
        return day % 10 == 3 && day != 13 ? "rd" : "th";
    }

    /**
     * Where the longest number said from {@code start} ends: "four twenty twenty five" is "four" then the year, as in
     * "q four twenty twenty five".
     */
    private static int longestNumber(List<String> words, int start) {
        for (int end = words.size(); end > start + 1; end--) {
            if (value(words.subList(start, end)) != null) {
                return end;
            }
        }
        return start + 1;
    }

    private static List<String> words(String run) {
        List<String> words = new ArrayList<>();
        for (String word : run.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!word.equals("and")) {
                words.add(word.equals("a") ? "one" : word);
            }
        }
        return words;
    }

    /**
     * The number the words say, or {@code null} when they are not one number: a year said in two pairs ("twenty
     * twenty five", "nineteen ninety") is the pairs side by side.
     */
    private static Long value(List<String> words) {
        List<Long> pairs = pairs(words);
        if (pairs.size() == 2 && pairs.get(0) >= 10 && pairs.get(1) >= 10) {
            return pairs.get(0) * 100 + pairs.get(1);
        }
        long total = 0;
        long current = 0;
        Integer lastSize = null;
        for (String word : words) {
            if (SCALES.containsKey(word)) {
                int scale = SCALES.get(word);
                if (current == 0 || lastSize != null && lastSize >= scale) {
                    return null;
                }
                if (scale == 100) {
                    current *= scale;
                } else {
                    total += current * scale;
                    current = 0;
                }
                lastSize = scale;
                continue;
            }
            int amount = UNITS.containsKey(word) ? UNITS.get(word) : TENS.get(word);
            boolean fits = current % 100 == 0 || current % 100 >= 20 && current % 10 == 0 && amount < 10;
            if (!fits) {
                return null;
            }
            current += amount;
            lastSize = null;
        }
        return total + current;
    }

    /** The words as numbers below a hundred ("twenty", "twenty five" as one), or empty when a scale word is among them. */
    private static List<Long> pairs(List<String> words) {
        List<Long> pairs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (SCALES.containsKey(word)) {
                return List.of();
            }
            if (TENS.containsKey(word) && i + 1 < words.size() && UNITS.containsKey(words.get(i + 1))
                    && UNITS.get(words.get(i + 1)) < 10 && UNITS.get(words.get(i + 1)) > 0) {
                pairs.add((long) TENS.get(word) + UNITS.get(words.get(++i)));
            } else {
                pairs.add((long) (UNITS.containsKey(word) ? UNITS.get(word) : TENS.get(word)));
            }
        }
        return pairs;
    }
}
