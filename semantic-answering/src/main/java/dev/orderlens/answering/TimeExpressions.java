package dev.orderlens.answering;

import dev.orderlens.answering.semantic.AnsweringVocabulary.NamedPeriod;
import dev.orderlens.answering.semantic.Words;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds the dates and periods in the words of a question ("Q4 2025", "last 30 days", "April 1 to April 7, 2025",
 * "September") and resolves them against today. A month or quarter without a year is the most recent one that has
 * begun, or the one of the year the conversation is about.
 */
final class TimeExpressions {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "last", 4);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("thirty", 30),
            Map.entry("ninety", 90));
    private static final Set<String> PAST = Set.of("last", "past", "previous", "prior", "trailing");
    /** Words after a length of time that say the day it starts on: "2 weeks starting March 1". */
    private static final Set<String> SPAN_STARTS = Set.of("starting", "beginning", "commencing", "from");
    /** Which half of a year a word names: "the first half", "the back half". */
    private static final Map<String, Integer> HALVES = Map.of("first", 1, "1st", 1, "front", 1, "second", 2, "2nd", 2,
            "back", 2, "latter", 2, "last", 2);
    private static final Set<String> CURRENT = Set.of("this", "current");
    private static final Set<String> TO_DATE = Set.of("ytd", "mtd", "qtd", "wtd");
    /**
     * Month names that are also words: "may", "mar", "dec" name a month only beside a year, a day or "in", or ("mar",
     * "dec") as the last word.
     */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "mar", "dec");
    /** The days of the week by name and by their three-letter short names: "monday", "mon". */
    private static final Set<String> WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .flatMap(name -> Stream.of(name, name.substring(0, 3))).collect(Collectors.toUnmodifiableSet());
    /** Words setting a unit of time just before another period: "the month before", "the previous year". */
    private static final Set<String> BEFORE_WORDS = Set.of("before", "previous", "prior", "preceding", "earlier");
    private static final Set<String> AFTER_WORDS = Set.of("after", "following", "afterwards", "later");
    /** Words saying which end of a period a part of it is counted from: true for its start. */
    private static final Map<String, Boolean> PART_EDGES = Map.of("first", true, "opening", true, "last", false,
            "final", false, "closing", false);
    /** Words for a stretch of time said again: "the same period of 2024", "the same dates in 2024". */
    private static final Set<String> SAME_SPANS = Set.of("period", "time", "stretch", "window", "days", "dates",
            "weeks", "months", "span");
    /** Lengths of time a number of them is said in: "7 days", "2 weeks". */
    private static final Set<String> LENGTHS = Set.of("day", "days", "week", "weeks", "month", "months");
    /** Words between a length of time and the day it ends on: "the quarter ending 30/09/2025". */
    private static final Set<String> ENDING_WORDS = Set.of("ending", "ended", "ends");
    /** Words between a length of time and "before" or "after": "the 7 days right before it". */
    private static final Set<String> LENGTH_BESIDE_ADVERBS = Set.of("right", "just", "immediately", "directly");
    /** Words pointing back at the period just read: "the week after it". */
    private static final Set<String> POINTERS = Set.of("it", "that", "this", "then");
    private static final int WEEKS_IN_YEAR = 52;
    /** Verbs after an event's name that say it began: "since the hurricane hit". */
    private static final Set<String> EVENT_STARTED = Set.of("hit", "started", "began", "begun", "struck", "happened",
            "landed", "kicked", "broke");
    /** Verbs after an event's name that say it was over: "since the sale ended". */
    private static final Set<String> EVENT_ENDED = Set.of("ended", "finished", "closed", "wrapped", "stopped");
    /** Words before a thing an order has, which an event's name then says rather than its dates. */
    private static final Set<String> HAD_WORDS = Set.of("with", "without", "had", "has", "have", "having");
    /** Words between those and the thing had: "with a battery problem", "had any battery issues". */
    private static final Set<String> HAD_WHAT = Set.of("a", "an", "the", "any");
    /** Words before a number that make it a bound on an amount: "more than 2000", "at least 1999". */
    private static final Set<String> AMOUNT_BOUNDS = Set.of("than", "least", "most", "exceeding");
    /** Words before a number that bound an amount unless the number is a recent year: "over 1500", "2025 over 2024". */
    private static final Set<String> SIDE_BOUNDS = Set.of("over", "under", "above", "below");
    private static final int RECENT_YEARS = 10;
    /** Words after a number that make it money: "2000 dollars", "$2,000" (read as "2000 usd"). */
    private static final Set<String> MONEY_WORDS = Set.of("usd", "dollar", "dollars", "bucks");
    /** Words after "until" or "to" that end a range today: "from July until now", "from March to date". */
    private static final Set<String> NOW_WORDS = Set.of("now", "today", "date", "present");
    /** "full weeks", "complete months": whole units, not counted back from today. */
    private static final Set<String> WHOLE_UNITS = Set.of("full", "complete", "whole", "entire");
    /** Words between "last" or "this" and the unit that say it is meant whole: "the last calendar year". */
    private static final Set<String> UNIT_QUALIFIERS = Stream.concat(Stream.of("calendar"), WHOLE_UNITS.stream())
            .collect(Collectors.toUnmodifiableSet());
    /** Words one letter from a month's name that are words of their own, not its misspelling: "match days". */
    private static final Set<String> NEAR_MONTHS = Set.of("match", "marsh", "parch", "larch");
    private static final Set<String> RANGE_JOINERS = Set.of("to", "until", "till", "through", "thru");
    private static final Set<String> START_WORDS = Set.of("start", "beginning", "begining", "first");
    private static final Set<String> PAIR_JOINERS = Set.of("vs", "versus", "and", "or");
    /** Words leading into the second period of a pair: "Q1 and for Q2 2025", "H1 and the second half of 2025". */
    private static final Set<String> PAIR_LEADS = Set.of("for", "the", "in", "during");
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "of", "for", "since", "about", "during", "from",
            "between", "after", "before", "till", "thru", "and", "vs", "versus", "until", "to", "through");

    private final LocalDate today;
    private final Integer contextYear;
    /** Each name of each of the shop's named periods, cut into words once rather than at every word of a question. */
    private final List<EventName> eventNames;
    /** Whether the question asks for a figure, so that a named day without a year is the latest one. */
    private final boolean figureAsked;

    /**
     * @param contextYear the year the conversation is about (for "and Q2?"), or {@code null}
     * @param events the shop's named periods ("the spring refresh sale")
     */
    static TimeExpressions of(LocalDate today, Integer contextYear, List<NamedPeriod> events) {
        return new TimeExpressions(today, contextYear, events.stream().flatMap(event -> event.words().stream()
                .map(name -> new EventName(event, Words.tokens(name)))).toList(), false);
    }

    private TimeExpressions(LocalDate today, Integer contextYear, List<EventName> eventNames, boolean figureAsked) {
        this.today = today;
        this.contextYear = contextYear;
        this.eventNames = eventNames;
        this.figureAsked = figureAsked;
    }

    /** The same reading for a question that asks for a figure: "how many cyber monday orders" is the latest one. */
    TimeExpressions askingForFigure() {
        return new TimeExpressions(today, contextYear, eventNames, true);
    }

    /** One name of a named period, in words. */
    private record EventName(NamedPeriod event, List<String> tokens) {
    }

    /**
     * A period found at words {@code [start, end)}.
     *
     * @param ends for a range ("between August and September"), the periods at its two ends; empty otherwise
     * @param event whether the words name one of the shop's named periods rather than dates
     */
    record Found(int start, int end, Period period, List<Period> ends, boolean event) {
        Found(int start, int end, Period period, List<Period> ends) {
            this(start, end, period, ends, false);
        }

        Found(int start, int end, Period period) {
            this(start, end, period, List.of());
        }
    }

    List<Found> find(List<String> words) {
        return find(words, Optional.empty());
    }

    /**
     * @param earlier the period the conversation is about, which "the year before" in a follow-up counts back from
     *     when the question names no period before it
     */
    List<Found> find(List<String> words, Optional<Period> earlier) {
        Optional<Found> asOf = toDateWord(words) ? asOf(words) : Optional.empty();
        if (asOf.isPresent()) {
            // "QTD revenue as at the November 2025 close", "MTD discounts as of the 15th": the day a period to date
            // runs up to, in place of today
            Found day = asOf.get();
            LocalDate last = day.period().end().minusDays(1);
            List<Found> found = new TimeExpressions(last, contextYear, eventNames, figureAsked).scan(words, earlier);
            found.removeIf(f -> f.start() < day.end() && f.end() > day.start());
            // the words saying the day are read as part of the period to date, which they end
            Optional<Found> toDate = found.stream().filter(f -> toDateWord(words.subList(f.start(), f.end())))
                    .findFirst();
            if (toDate.isPresent()) {
                found.add(new Found(day.start(), day.end(), toDate.get().period()));
                found.sort(Comparator.comparingInt(Found::start));
            }
            return found;
        }
        List<Found> found = scan(words, earlier);
        List<Found> years = found.stream().filter(f -> f.period().isWholeYear()).toList();
        if (contextYear == null && years.size() == 1 && namedDayLeft(words, found)) {
            // "black friday sales, 2025 edition", "cyber monday in 2024", "black friday this past yr": the year a
            // named day is in
            Found year = years.get(0);
            List<Found> inYear = new TimeExpressions(today, year.period().start().getYear(), eventNames, figureAsked)
                    .scan(words, earlier);
            if (inYear.size() > found.size()) {
                inYear.removeIf(f -> f.start() == year.start());
                return inYear;
            }
        }
        return found;
    }

    private static boolean toDateWord(List<String> words) {
        return IntStream.range(0, words.size()).anyMatch(i -> TO_DATE.contains(words.get(i))
                || words.get(i).equals("to") && i + 1 < words.size() && words.get(i + 1).equals("date"));
    }

    /** "as of the 15th", "as at the November 2025 close": the day or period a figure to date is taken at. */
    private Optional<Found> asOf(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!words.get(i).equals("as") || !Set.of("of", "at").contains(words.get(i + 1))) {
                continue;
            }
            int at = words.get(i + 2).equals("the") ? i + 3 : i + 2;
            Optional<Unit> unit = unit(words, at);
            Integer day = at < words.size() ? dayNumber(words.get(at)) : null;
            if (unit.isEmpty() && day != null) {
                unit = monthNamedBefore(words, i).map(m -> new Unit(Kind.DAY, m.year(), m.month(), day, 0, at + 1));
            }
            if (unit.isPresent()) {
                int end = unit.get().end();
                end = end < words.size() && Set.of("close", "end").contains(words.get(end)) ? end + 1 : end;
                return found(i, end, resolve(unit.get(), null));
            }
        }
        return Optional.empty();
    }

    /** Whether a named day ("black friday") was left unread for want of a year: only then is a second scan worth it. */
    private static boolean namedDayLeft(List<String> words, List<Found> found) {
        return IntStream.range(0, words.size()).anyMatch(i -> NamedDay.at(words, i).isPresent()
                && found.stream().noneMatch(f -> f.start() <= i && i < f.end()));
    }

    private List<Found> scan(List<String> words, Optional<Period> earlier) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<Period> anchor = found.isEmpty() ? earlier : Optional.of(found.get(found.size() - 1).period());
            int at = i;
            Optional<Found> next = lengthBeside(words, at, anchor).or(() -> endingOn(words, at));
            if (next.isEmpty()) {
                next = anchor.flatMap(period -> dayAWeekBefore(words, at, period)
                        .or(() -> unitBefore(words, at, period)).or(() -> oneOfYear(words, at, period))
                        .or(() -> oneBeside(words, at, period)).or(() -> weekdayBefore(words, at, period))
                        .or(() -> samePeriodOfYear(words, at, period)).or(() -> sameForYear(words, at, period)));
            }
            if (next.isEmpty()) {
                next = at(words, i);
            }
            if (next.isPresent()) {
                found.add(next.get());
                i = next.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * "the 7 days right before it", "the week after it", "the 10 days after Black Friday 2025": so many days, weeks
     * or months next to a period, the one just read when "it" or "that" points back at it.
     */
    private Optional<Found> lengthBeside(List<String> words, int i, Optional<Period> anchor) {
        Integer said = count(words.get(i));
        int j = said == null ? i : i + 1;
        int count = said == null ? 1 : said;
        if (j + 1 >= words.size() || count < 1 || said == null && words.get(j).endsWith("s")) {
            return Optional.empty();
        }
        String length = words.get(j++);
        while (j < words.size() && LENGTH_BESIDE_ADVERBS.contains(words.get(j))) {
            j++;
        }
        boolean before = j < words.size() && (BEFORE_WORDS.contains(words.get(j)) || words.get(j).equals("leading"));
        boolean after = j < words.size() && AFTER_WORDS.contains(words.get(j));
        if (!before && !after || !LENGTHS.contains(length)) {
            return Optional.empty();
        }
        j += j + 1 < words.size() && Set.of("to", "up").contains(words.get(j + 1)) ? 2 : 1;
        int end;
        Period base;
        if (j < words.size() && POINTERS.contains(words.get(j)) && anchor.isPresent()) {
            base = anchor.get();
            end = j + 1;
        } else {
            int at = j < words.size() && words.get(j).equals("the") ? j + 1 : j;
            Optional<Found> event = event(words, at);
            Optional<Unit> unit = event.isPresent() ? Optional.empty() : unit(words, at);
            if (event.isEmpty() && unit.isEmpty()) {
                return Optional.empty();
            }
            base = event.map(Found::period).orElseGet(() -> resolve(unit.get(), null));
            end = event.map(Found::end).orElseGet(() -> unit.get().end);
        }
        LocalDate from = before ? minus(base.start(), length, count) : base.end();
        LocalDate to = before ? base.start() : plus(base.end(), length, count);
        return found(i, end, new Period(from, to));
    }

    /**
     * "the quarter ending 30/09/2025", "the week ending Sunday Dec 28", "the 12 months ended June 30, 2025": so long a
     * time up to and including a day.
     */
    private Optional<Found> endingOn(List<String> words, int i) {
        Integer said = count(words.get(i));
        int j = said == null ? i : i + 1;
        int count = said == null ? 1 : said;
        if (j + 2 >= words.size() || count < 1 || !ENDING_WORDS.contains(words.get(j + 1))) {
            return Optional.empty();
        }
        String length = words.get(j);
        if (!LENGTHS.contains(length) && !length.startsWith("quarter") && !length.startsWith("year")) {
            return Optional.empty();
        }
        int at = Set.of("on", "the").contains(words.get(j + 2)) ? j + 3 : j + 2;
        at += at < words.size() && weekday(words.get(at)) ? 1 : 0;
        Optional<Unit> day = unit(words, at).filter(u -> u.kind == Kind.DAY);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        LocalDate to = resolve(day.get(), null).end();
        return found(i, day.get().end, new Period(minus(to, length, count), to));
    }

    /** The day so many days, weeks or months ({@link #LENGTHS}), quarters or years after {@code day}. */
    private static LocalDate plus(LocalDate day, String length, int count) {
        return length.startsWith("day") ? day.plusDays(count) : length.startsWith("week") ? day.plusWeeks(count)
                : length.startsWith("quarter") ? day.plusMonths(3L * count)
                : length.startsWith("year") ? day.plusMonths(12L * count) : day.plusMonths(count);
    }

    private static LocalDate minus(LocalDate day, String length, int count) {
        return plus(day, length, -count);
    }

    /**
     * "the Klarna outage day vs the same weekday one week earlier", "March 14 vs a week earlier": the day seven days
     * before the one day just read ("the week before" alone stays the week before it).
     */
    private static Optional<Found> dayAWeekBefore(List<String> words, int i, Period earlier) {
        if (!earlier.end().equals(earlier.start().plusDays(1))) {
            return Optional.empty();
        }
        int j = wordAt(words, i).equals("the") ? i + 1 : i;
        boolean same = wordAt(words, j).equals("same") && Set.of("day", "weekday").contains(wordAt(words, j + 1));
        j += same ? 2 : 0;
        // "Cyber Monday… And the Monday exactly one week before that?": the day's own weekday, named
        boolean weekday = !same && wordAt(words, j).equals(earlier.start().getDayOfWeek().getDisplayName(
                TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        j += weekday ? 1 : 0;
        j += weekday && Set.of("exactly", "just", "precisely").contains(wordAt(words, j)) ? 1 : 0;
        boolean one = Set.of("a", "one", "1").contains(wordAt(words, j)) || same && wordAt(words, j).equals("the");
        if (!one || !wordAt(words, j + 1).equals("week") || !BEFORE_WORDS.contains(wordAt(words, j + 2))) {
            return Optional.empty();
        }
        return Optional.of(new Found(i, j + 3, Period.day(earlier.start().minusWeeks(1))));
    }

    private static String wordAt(List<String> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    /**
     * "last month compared to the month before", "2025 vs the previous year", "the december before": a unit of
     * time named against the period just read is the one before it, not one counted back from today.
     */
    private static Optional<Found> unitBefore(List<String> words, int i, Period earlier) {
        if (i + 1 >= words.size()) {
            return Optional.empty();
        }
        String word = words.get(i);
        String next = words.get(i + 1);
        Optional<Found> sameYearBefore = yearBefore(words, i, earlier);
        if (sameYearBefore.isPresent()) {
            return sameYearBefore;
        }
        int monthYearBefore = month(word) == null ? -1 : yearBeforeEnd(words, i + 1);
        if (monthYearBefore > 0) {
            // "compared with November the year before": that month, a year before the period just read
            return Optional.of(new Found(i, monthYearBefore, Period.month(earlier.start().getYear() - 1,
                    month(word))));
        }
        Integer month = BEFORE_WORDS.contains(next) ? month(word) : null;
        if (month != null) {
            // "this past december vs the december before": the last such month before the other period
            Period sameYear = Period.month(earlier.start().getYear(), month);
            Period before = sameYear.start().isBefore(earlier.start()) ? sameYear
                    : Period.month(earlier.start().getYear() - 1, month);
            return Optional.of(new Found(i, i + 2, before));
        }
        String unit = BEFORE_WORDS.contains(word) ? next : BEFORE_WORDS.contains(next) ? word : null;
        Optional<LocalDate> start = unit == null ? Optional.empty() : startOfUnit(unit, earlier.start().minusDays(1));
        return start.map(from -> new Found(i, i + 2, new Period(from, nextStart(unit, from))));
    }

    /**
     * "this past Black Friday vs Black Friday the year before", "… vs the one the year before", "… compared to the
     * year before", "… vs the previous year's Black Friday": the period just read a year earlier, a named day on its
     * own date that year.
     */
    private static Optional<Found> yearBefore(List<String> words, int i, Period earlier) {
        int year = earlier.start().getYear() - 1;
        Optional<NamedDay> day = NamedDay.at(words, i);
        if (day.isPresent()) {
            int end = yearBeforeEnd(words, i + day.get().length());
            return end < 0 ? Optional.empty() : Optional.of(new Found(i, end, day.get().periodIn(year)));
        }
        // "… vs the one the year before", "December 2025 vs the year before": the same period a year earlier, a
        // named day on its own date that year
        int end = yearBeforeEnd(words, words.get(i).equals("the") && words.get(i + 1).equals("one") ? i + 2 : i);
        if (end > 0) {
            return Optional.of(new Found(i, end, sameIn(earlier, year)));
        }
        int possessive = i + 3 < words.size() && words.get(i).equals("the") && BEFORE_WORDS.contains(words.get(i + 1))
                && words.get(i + 2).equals("year") && words.get(i + 3).equals("s") ? i + 4 : -1;
        Optional<NamedDay> after = possessive < 0 ? Optional.empty() : NamedDay.at(words, possessive);
        return after.map(named -> new Found(i, possessive + named.length(), Period.day(named.in(year))));
    }

    /**
     * "last weekend" then "and the one before", "March" then "the previous one", "… and the one after": as long a
     * period right before or after the one just read.
     */
    private static Optional<Found> oneBeside(List<String> words, int i, Period earlier) {
        int j = words.get(i).equals("the") ? i + 1 : i;
        if (j + 1 >= words.size()) {
            return Optional.empty();
        }
        String first = words.get(j);
        String second = words.get(j + 1);
        if (first.equals("one") && (BEFORE_WORDS.contains(second) || AFTER_WORDS.contains(second))) {
            return Optional.of(new Found(i, j + 2, earlier.shifted(BEFORE_WORDS.contains(second) ? -1 : 1)));
        }
        return BEFORE_WORDS.contains(first) && second.equals("one")
                ? Optional.of(new Found(i, j + 2, earlier.shifted(-1))) : Optional.empty();
    }

    /**
     * "Cyber Monday vs the Monday before it", "the Friday before": the last day of that name before the period just
     * read.
     */
    private static Optional<Found> weekdayBefore(List<String> words, int i, Period earlier) {
        int j = words.get(i).equals("the") ? i + 1 : i;
        if (j + 1 >= words.size() || !BEFORE_WORDS.contains(words.get(j + 1))) {
            return Optional.empty();
        }
        Optional<DayOfWeek> weekday = Arrays.stream(DayOfWeek.values()).filter(day -> day.getDisplayName(
                TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(words.get(j))).findFirst();
        int end = j + 2 < words.size() && Set.of("it", "that", "then").contains(words.get(j + 2)) ? j + 3 : j + 2;
        return weekday.map(day -> new Found(i, end, Period.day(earlier.start().minusDays(1)
                .with(TemporalAdjusters.previousOrSame(day)))));
    }

    /** "Black Friday 2024" then "and the 2025 one": the period just read, in the year named. */
    private static Optional<Found> oneOfYear(List<String> words, int i, Period earlier) {
        Integer year = i + 2 < words.size() && words.get(i).equals("the") ? year(words.get(i + 1)) : null;
        return year == null || !words.get(i + 2).equals("one") ? Optional.empty()
                : Optional.of(new Found(i, i + 3, sameIn(earlier, year)));
    }

    /**
     * "the first nine months of 2025" then "and for the same period of 2024?", "the same days in 2024": the period
     * just read, in the year named.
     */
    private static Optional<Found> samePeriodOfYear(List<String> words, int i, Period earlier) {
        int j = words.get(i).equals("the") ? i + 1 : i;
        // "the same three months of 2024": the span said with how long it is
        int span = j + 2 < words.size() && count(words.get(j + 1)) != null ? j + 2 : j + 1;
        if (span + 1 >= words.size() || !words.get(j).equals("same") || !SAME_SPANS.contains(words.get(span))) {
            return Optional.empty();
        }
        int at = Set.of("of", "in", "for", "during").contains(words.get(span + 1)) ? span + 2 : span + 1;
        Integer year = at < words.size() ? year(words.get(at)) : null;
        return year == null ? Optional.empty() : Optional.of(new Found(i, at + 1, sameIn(earlier, year)));
    }

    /** "orders on black friday 2024" then "same for 2025": the period just read, in the year named. */
    private static Optional<Found> sameForYear(List<String> words, int i, Period earlier) {
        int j = words.get(i).equals("the") ? i + 1 : i;
        if (j + 2 >= words.size() || !words.get(j).equals("same")
                || !Set.of("for", "in", "during").contains(words.get(j + 1))) {
            return Optional.empty();
        }
        Integer year = year(words.get(j + 2));
        return year == null ? Optional.empty() : Optional.of(new Found(i, j + 3, sameIn(earlier, year)));
    }

    /**
     * The same period in another year: a named day on its own date that year, a Monday-to-Sunday week the week 52
     * weeks away (so that it runs Monday to Sunday too, as retail calendars set weeks side by side).
     */
    private static Period sameIn(Period earlier, int year) {
        Optional<NamedDay> named = Arrays.stream(NamedDay.values())
                .filter(day -> earlier.start().equals(day.in(earlier.start().getYear()))
                        && earlier.end().equals(earlier.start().plusDays(1))).findFirst();
        int shift = year - earlier.start().getYear();
        if (named.isEmpty() && earlier.start().getDayOfWeek() == DayOfWeek.MONDAY
                && earlier.end().equals(earlier.start().plusWeeks(1))) {
            return new Period(earlier.start().plusWeeks(WEEKS_IN_YEAR * shift),
                    earlier.end().plusWeeks(WEEKS_IN_YEAR * shift));
        }
        return named.map(day -> day.periodIn(year)).orElseGet(() ->
                new Period(earlier.start().plusYears(shift), earlier.end().plusYears(shift)));
    }

    /**
     * Where "the year before", "a year earlier" or "of the previous year" starting at {@code i} ends, or -1 when no
     * such words start there.
     */
    private static int yearBeforeEnd(List<String> words, int i) {
        int at = i < words.size() && Set.of("of", "in").contains(words.get(i)) ? i + 1 : i;
        if (at + 3 > words.size()) {
            return -1;
        }
        List<String> three = words.subList(at, at + 3);
        boolean yearBefore = Set.of("the", "a").contains(three.get(0)) && three.get(1).equals("year")
                && BEFORE_WORDS.contains(three.get(2));
        boolean previousYear = three.get(0).equals("the") && BEFORE_WORDS.contains(three.get(1))
                && three.get(2).equals("year");
        return yearBefore || previousYear ? at + 3 : -1;
    }

    /**
     * "the first nine months of 2025", "the last 10 days of March 2025": that many of a length from the start, or up
     * to the end, of the period named after them.
     */
    private Optional<Found> partOfPeriod(List<String> words, int i) {
        int j = words.get(i).equals("the") ? i + 1 : i;
        if (j + 4 >= words.size() || !PART_EDGES.containsKey(words.get(j))
                || !Set.of("of", "in").contains(words.get(j + 3))) {
            return Optional.empty();
        }
        boolean first = PART_EDGES.get(words.get(j));
        Integer count = count(words.get(j + 1));
        String length = words.get(j + 2);
        if (count == null || count < 1 || !LENGTHS.contains(length) && !length.startsWith("quarter")) {
            return Optional.empty();
        }
        return at(words, j + 4).filter(whole -> whole.start() == j + 4).map(whole -> {
            Period named = whole.period();
            Period part = first ? new Period(named.start(), min(plus(named.start(), length, count), named.end()))
                    : new Period(max(minus(named.end(), length, count), named.start()), named.end());
            return new Found(i, whole.end(), part);
        });
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Optional<Found> at(List<String> words, int i) {
        Optional<Found> part = partOfPeriod(words, i);
        if (part.isPresent()) {
            return part;
        }
        Optional<Found> event = event(words, i);
        if (event.isPresent()) {
            return event;
        }
        Optional<Found> ofRelativeYear = partOfRelativeYear(words, i);
        if (ofRelativeYear.isPresent()) {
            return ofRelativeYear;
        }
        Optional<Found> weekOfMonth = weekOfMonth(words, i);
        if (weekOfMonth.isPresent()) {
            return weekOfMonth;
        }
        Optional<Found> relative = relative(words, i);
        if (relative.isPresent()) {
            return relative;
        }
        String word = words.get(i);
        if ((word.equals("from") || word.equals("between")) && i + 1 < words.size()) {
            Optional<Found> range = range(words, i + 1, word.equals("between") ? Set.of("and") : RANGE_JOINERS);
            if (range.isPresent()) {
                return Optional.of(new Found(i, range.get().end(), range.get().period(), range.get().ends()));
            }
        }
        if (word.equals("since") && i + 1 < words.size()) {
            Optional<Found> since = sinceEvent(words, i);
            if (since.isPresent()) {
                return since;
            }
            Optional<Unit> unit = unit(words, startOf(words, i + 1));
            if (unit.isPresent()) {
                Period from = resolve(unit.get(), null);
                if (!from.start().isAfter(today)) {
                    return Optional.of(new Found(i, unit.get().end, new Period(from.start(), today.plusDays(1))));
                }
            }
        }
        Optional<Found> week = weekAround(words, i);
        if (week.isPresent()) {
            return week;
        }
        Optional<Found> span = spanFrom(words, i);
        if (span.isPresent()) {
            return span;
        }
        Optional<Found> range = range(words, i, RANGE_JOINERS);
        if (range.isPresent()) {
            return range;
        }
        return unit(words, i).filter(u -> !bareName(u)).map(u -> new Found(i, u.end, resolve(u, yearOfNext(words, u))));
    }

    /**
     * "during the spring refresh sale": a period the shop names, the longest of its names that the words start with,
     * with its year when it follows ("the spring refresh sale 2025").
     */
    private Optional<Found> event(List<String> words, int i) {
        int before = i - 1;
        while (before >= 0 && HAD_WHAT.contains(words.get(before))) {
            before--;
        }
        // "orders with a battery problem", "had battery issues": something an order has, not the time it happened;
        // but "the day Klarna had an outage" is the event of whoever it is named after
        boolean had = before >= 0 && HAD_WORDS.contains(words.get(before));
        String owner = had && before > 0 ? words.get(before - 1) : null;
        Found longest = null;
        for (EventName name : eventNames) {
            List<String> tokens = name.tokens();
            int end = i + tokens.size();
            boolean named = end <= words.size() && IntStream.range(0, tokens.size())
                    .allMatch(k -> Words.same(words.get(i + k), tokens.get(k)));
            NamedPeriod event = name.event();
            boolean ownEvent = !had || owner != null && namedAfter(event, owner);
            if (named && ownEvent && (longest == null || end > longest.end())) {
                // "the spring refresh sale 2025", but not the year of a date after it ("sale 2025-04-01 to …")
                boolean yearAfter = end < words.size()
                        && words.get(end).equals(String.valueOf(event.first().getYear()))
                        && !(end + 1 < words.size() && dayOrMonthDigits(words.get(end + 1)));
                longest = new Found(had ? before - 1 : i, yearAfter ? end + 1 : end,
                        new Period(event.first(), event.last().plusDays(1)), List.of(), true);
            }
        }
        return Optional.ofNullable(longest);
    }

    /** A month or day in digits, as a date written year first goes on after its year: "2025-04-01". */
    private static boolean dayOrMonthDigits(String word) {
        return word.length() <= 2 && isNumber(word);
    }

    /** Whether one of the names of an event holds the word: "klarna" of the Klarna outage. */
    private boolean namedAfter(NamedPeriod event, String word) {
        return eventNames.stream().anyMatch(name -> name.event().equals(event) && name.tokens().contains(word));
    }

    /**
     * "since the hurricane", "since the outage hit": from the first day of an event the shop names to today; "since
     * the sale ended": from the day after its last.
     */
    private Optional<Found> sinceEvent(List<String> words, int since) {
        return event(words, since + 1).or(() -> event(words, startOf(words, since + 1))).map(event -> {
            boolean ended = event.end() < words.size() && EVENT_ENDED.contains(words.get(event.end()));
            boolean verb = ended || event.end() < words.size() && EVENT_STARTED.contains(words.get(event.end()));
            LocalDate from = ended ? event.period().end() : event.period().start();
            return new Found(since, verb ? event.end() + 1 : event.end(), new Period(from, today.plusDays(1)),
                    List.of(), true);
        }).filter(found -> !found.period().start().isAfter(today));
    }

    /**
     * "Q1 vs Q2 2025", "march and april 2024", "the first half and for the second half of 2025", "Q1, Q2 and Q3 2025":
     * a period without a year takes the year of the one it is set beside, or of the list it begins; "first half vs
     * second half", neither with a year, are the two halves of the year the later one falls in (never the first half of
     * the year begun today).
     */
    private Integer yearOfNext(List<String> words, Unit unit) {
        if (unit.year != null || unit.end >= words.size()) {
            return null;
        }
        // "Q1, Q2 and Q3 2025": a list, its commas gone, takes the year said at its end
        boolean joined = PAIR_JOINERS.contains(words.get(unit.end));
        int next = joined ? unit.end + 1 : unit.end;
        while (joined && next < words.size() && PAIR_LEADS.contains(words.get(next))) {
            next++;
        }
        Optional<Unit> nextPart = unit(words, next).filter(other -> other.kind == unit.kind);
        if (nextPart.isEmpty()) {
            return null;
        }
        Unit other = nextPart.get();
        Integer ofList = other.year != null ? other.year : yearOfNext(words, other);
        if (ofList != null || !joined) {
            return ofList;
        }
        int year = resolve(other, null).start().getYear();
        return periodOf(unit, year).start().isBefore(periodOf(other, year).start()) ? year : null;
    }

    /**
     * Past "the", "the start of", "the beginning of" ("since the start of 2025", "since the 1st september 2025"): where
     * the period itself is named.
     */
    private static int startOf(List<String> words, int i) {
        int j = i < words.size() && words.get(i).equals("the") ? i + 1 : i;
        boolean start = j + 1 < words.size() && START_WORDS.contains(words.get(j)) && words.get(j + 1).equals("of");
        return start ? j + 2 : j;
    }

    /**
     * A named day with no year outside a conversation about one ("lessons from Black Friday") names an event the
     * documents tell about more often than a period, and is left to them, unless a figure is asked for it ("how many
     * cyber monday orders", the latest Cyber Monday); "and cyber monday?" after a question about 2025 is that day in
     * 2025.
     */
    private boolean bareName(Unit unit) {
        return unit.kind == Kind.NAMED && unit.year == null && contextYear == null && !figureAsked;
    }

    /**
     * The week, Monday to Sunday, around a day: "the week of Sept 8 2025", "black friday week", "christmas week
     * 2025" (the year may follow "week").
     */
    private Optional<Found> weekAround(List<String> words, int i) {
        boolean weekOf = i + 1 < words.size() && words.get(i).equals("week") && words.get(i + 1).equals("of");
        Optional<Unit> day = unit(words, weekOf ? i + 2 : i).filter(u -> u.kind == Kind.DAY || u.kind == Kind.NAMED);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> said = weekOf ? day : weekNamedAfter(words, day.get());
        if (said.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = said.get();
        int end = unit.end;
        Period around = resolve(unit, null);
        Period week = Period.week(around.start());
        // "Black Friday week 2025": the week is called after its day
        return found(i, end, unit.kind == Kind.NAMED ? week.named(NamedDay.values()[unit.part].title() + " week "
                + around.start().getYear()) : week);
    }

    /** "the 2 weeks starting 1st of March 2025", "10 days from June 3": so many days, weeks or months from a day on. */
    private Optional<Found> spanFrom(List<String> words, int i) {
        Integer count = count(words.get(i));
        if (count == null || count < 1 || i + 3 >= words.size() || !SPAN_STARTS.contains(words.get(i + 2))) {
            return Optional.empty();
        }
        String length = words.get(i + 1);
        int at = Set.of("on", "the").contains(words.get(i + 3)) ? i + 4 : i + 3;
        Optional<Unit> day = unit(words, at).filter(u -> u.kind == Kind.DAY || u.kind == Kind.NAMED);
        if (day.isEmpty() || !LENGTHS.contains(length)) {
            return Optional.empty();
        }
        LocalDate from = resolve(day.get(), null).start();
        return found(i, day.get().end, new Period(from, plus(from, length, count)));
    }

    private Optional<Found> range(List<String> words, int i, Set<String> joiners) {
        int firstAt = afterWeekOf(words, i);
        Optional<Unit> first = unit(words, firstAt);
        // "from Black Friday week through Christmas week": the weeks of the days named at either end
        Optional<Unit> firstAsWeek = first.flatMap(unit -> weekNamedAfter(words, unit));
        boolean firstWeek = firstAsWeek.isPresent();
        Optional<Unit> said = firstAsWeek.or(() -> first);
        if (said.isEmpty() || said.get().end >= words.size() || !joiners.contains(words.get(said.get().end))) {
            return Optional.empty();
        }
        Unit from = said.get();
        int afterJoiner = from.end + 1;
        int secondAt = afterWeekOf(words, afterJoiner);
        Optional<Unit> second = unit(words, secondAt);
        // "from Dec 22nd to the 28th"
        if (second.isEmpty() && from.kind == Kind.DAY && afterJoiner + 1 < words.size()
                && words.get(afterJoiner).equals("the") && dayNumber(words.get(afterJoiner + 1)) != null) {
            afterJoiner++;
        }
        if (second.isEmpty() && from.kind == Kind.DAY && afterJoiner < words.size()) {
            Integer day = dayNumber(words.get(afterJoiner));
            if (day != null) {
                Integer year = afterJoiner + 1 < words.size() ? year(words.get(afterJoiner + 1)) : null;
                int end = year == null ? afterJoiner + 1 : afterJoiner + 2;
                second = Optional.of(new Unit(Kind.DAY, year, from.month, day, 0, end));
            }
        }
        int nowEnd = nowEnd(words, afterJoiner);
        if (second.isEmpty() && nowEnd > afterJoiner) {
            // "from 2025/7/1 until now", "from March to date": open-ended, like "since"
            Period start = resolve(from, null);
            return start.start().isAfter(today) ? Optional.empty()
                    : Optional.of(new Found(i, nowEnd, new Period(start.start(), today.plusDays(1))));
        }
        if (second.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> lastAsWeek = weekNamedAfter(words, second.get());
        boolean lastWeek = lastAsWeek.isPresent();
        Unit to = lastAsWeek.orElse(second.get());
        Period last = resolve(to, from.year);
        Period firstPeriod = resolve(from, to.year != null ? Integer.valueOf(last.start().getYear()) : null);
        if (from.year == null && firstPeriod.start().isAfter(last.start())) {
            firstPeriod = resolve(from.withYear(last.start().getYear() - 1), null);
        }
        if (!last.end().isAfter(firstPeriod.start())) {
            return Optional.empty();
        }
        // "from the week of Nov 17 through the week of Dec 22": whole weeks at either end
        boolean weekAtStart = firstAt > i && from.kind == Kind.DAY || firstWeek;
        firstPeriod = weekAtStart ? Period.week(firstPeriod.start()) : firstPeriod;
        last = secondAt > afterJoiner && to.kind == Kind.DAY || lastWeek ? Period.week(last.start()) : last;
        return Optional.of(new Found(i, to.end, new Period(firstPeriod.start(), last.end()),
                List.of(firstPeriod, last)));
    }

    /**
     * A day or a named day with "week" after it, and perhaps the year ("black friday week", "christmas week 2025"): the
     * day, dated by that year, as a unit ending past them; empty when no "week" follows.
     */
    private static Optional<Unit> weekNamedAfter(List<String> words, Unit unit) {
        if (unit.kind != Kind.DAY && unit.kind != Kind.NAMED || unit.end >= words.size()
                || !words.get(unit.end).equals("week")) {
            return Optional.empty();
        }
        int end = unit.end + 1;
        Integer yearAfter = unit.year == null && end < words.size() ? year(words.get(end)) : null;
        Unit dated = yearAfter == null ? unit : unit.withYear(yearAfter);
        return Optional.of(dated.endingAt(yearAfter == null ? end : end + 1));
    }

    /** Where words at {@code i} naming the present end ("now", "today", "date", "the present"), or {@code i}. */
    private static int nowEnd(List<String> words, int i) {
        int at = i < words.size() && words.get(i).equals("the") ? i + 1 : i;
        return at < words.size() && NOW_WORDS.contains(words.get(at)) && (at == i || words.get(at).equals("present"))
                ? at + 1 : i;
    }

    /** Where the day after "the week of" starting at {@code i} is, or {@code i} when no such words start there. */
    private static int afterWeekOf(List<String> words, int i) {
        int at = i < words.size() && words.get(i).equals("the") ? i + 1 : i;
        return at + 2 < words.size() && words.get(at).equals("week") && words.get(at + 1).equals("of") ? at + 2 : i;
    }

    /**
     * "the first half of last year", "the back half of this year", "the last quarter of last year", "q3 last year",
     * "march of last year": a part of a year named relative to today, read as one period rather than the part
     * (counted from today) and the year side by side.
     */
    private Optional<Found> partOfRelativeYear(List<String> words, int i) {
        if (i + 2 >= words.size()) {
            return Optional.empty();
        }
        String word = words.get(i);
        Optional<Unit> named = partOfYear(words, i)
                .or(() -> Optional.ofNullable(month(word)).map(month -> new Unit(Kind.MONTH, null, month, 0, 0, i + 1)));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Unit part = named.get();
        int at = part.end();
        at += at < words.size() && words.get(at).equals("of") ? 1 : 0;
        at += at < words.size() && words.get(at).equals("the") ? 1 : 0;
        boolean thisPast = at + 2 < words.size() && words.get(at).equals("this") && words.get(at + 1).equals("past");
        int yearWord = thisPast ? at + 2 : at + 1;
        if (yearWord >= words.size() || !words.get(yearWord).equals("year")) {
            return Optional.empty();
        }
        String which = words.get(at);
        Integer year = thisPast || PAST.contains(which) ? Integer.valueOf(today.getYear() - 1)
                : CURRENT.contains(which) ? Integer.valueOf(today.getYear()) : null;
        return year == null ? Optional.empty() : found(i, yearWord + 1, periodOf(part, year));
    }

    /**
     * A quarter or half of a year named without its year: "q3", "h1", "the third quarter", "the back half"; its end is
     * where the year would follow.
     */
    private static Optional<Unit> partOfYear(List<String> words, int i) {
        String word = words.get(i);
        String noun = i + 1 < words.size() ? words.get(i + 1) : "";
        if (quarterWord(word) != null) {
            return Optional.of(new Unit(Kind.QUARTER, null, 0, 0, quarterWord(word), i + 1));
        }
        if (word.equals("h1") || word.equals("h2")) {
            return Optional.of(new Unit(Kind.HALF, null, 0, 0, word.charAt(1) - '0', i + 1));
        }
        if (noun.equals("quarter") && ORDINALS.containsKey(word)) {
            return Optional.of(new Unit(Kind.QUARTER, null, 0, 0, ORDINALS.get(word), i + 2));
        }
        // "the first semester of 2025": a half year, as said in French or Spanish
        if ((noun.equals("half") || noun.equals("semester")) && HALVES.containsKey(word)) {
            return Optional.of(new Unit(Kind.HALF, null, 0, 0, HALVES.get(word), i + 2));
        }
        return Optional.empty();
    }

    /**
     * "the first week of december", "the last week of november 2025": seven days of the month, counted from its first
     * day (the first week is days 1–7, the second 8–14…) or back from its last.
     */
    private Optional<Found> weekOfMonth(List<String> words, int i) {
        if (i + 3 >= words.size() || !ORDINALS.containsKey(words.get(i)) || !words.get(i + 1).equals("week")
                || !words.get(i + 2).equals("of")) {
            return Optional.empty();
        }
        Optional<Unit> month = unit(words, i + 3).filter(u -> u.kind() == Kind.MONTH);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        Period whole = resolve(month.get(), null);
        LocalDate start = words.get(i).equals("last") ? whole.end().minusDays(7)
                : whole.start().plusDays(7L * (ORDINALS.get(words.get(i)) - 1));
        return found(i, month.get().end(), new Period(start, start.plusDays(7)));
    }

    private Optional<Found> relative(List<String> words, int i) {
        String word = words.get(i);
        if (word.equals("yesterday")) {
            return found(i, i + 1, Period.day(today.minusDays(1)));
        }
        if (word.equals("today")) {
            return found(i, i + 1, Period.day(today));
        }
        if (word.equals("tomorrow")) {
            return found(i, i + 1, Period.day(today.plusDays(1)));
        }
        if (word.equals("ytd")) {
            return found(i, i + 1, new Period(today.withDayOfYear(1), today.plusDays(1)));
        }
        if (word.equals("mtd")) {
            return found(i, i + 1, new Period(today.withDayOfMonth(1), today.plusDays(1)));
        }
        if (word.equals("qtd") || word.equals("wtd")) {
            LocalDate start = startOfUnit(word.equals("qtd") ? "quarter" : "week", today).orElseThrow();
            return found(i, i + 1, new Period(start, today.plusDays(1)));
        }
        if (i + 2 < words.size() && words.get(i + 1).equals("to") && words.get(i + 2).equals("date")) {
            Optional<LocalDate> start = startOfUnit(word, today);
            if (start.isPresent()) {
                return found(i, i + 3, new Period(start.get(), today.plusDays(1)));
            }
        }
        if (i + 1 >= words.size()) {
            return Optional.empty();
        }
        // "the last calendar year", "this full quarter": the unit itself, said whole
        int unitAt = UNIT_QUALIFIERS.contains(words.get(i + 1)) && i + 2 < words.size()
                && startOfUnit(words.get(i + 2), today).isPresent() ? i + 2 : i + 1;
        String next = words.get(unitAt);
        // "last weekend": the Saturday and Sunday before today; "this weekend": this week's
        if (next.equals("weekend") && (PAST.contains(word) || CURRENT.contains(word))) {
            Period thisOne = Period.weekend(today);
            return found(i, i + 2, CURRENT.contains(word) ? thisOne : thisOne.shifted(-1));
        }
        if (PAST.contains(word)) {
            Integer count = count(next);
            // "the last five full weeks": whole weeks, Monday to Sunday, before this one
            boolean whole = i + 3 < words.size() && WHOLE_UNITS.contains(words.get(i + 2));
            int countedAt = whole ? i + 3 : i + 2;
            if (count != null && countedAt < words.size()) {
                Optional<Period> span = lastSpan(count, words.get(countedAt), whole);
                if (span.isPresent()) {
                    return found(i, countedAt + 1, span.get());
                }
            }
            Optional<LocalDate> currentStart = startOfUnit(next, today);
            if (currentStart.isPresent()) {
                LocalDate start = startOfUnit(next, currentStart.get().minusDays(1)).orElseThrow();
                return found(i, unitAt + 1, new Period(start, currentStart.get()));
            }
        }
        if (word.equals("next") && month(next) != null) {
            // "next March": the first March after today, which has no orders yet
            LocalDate first = LocalDate.of(today.getYear(), month(next), 1);
            LocalDate from = first.isAfter(today) ? first : first.plusYears(1);
            return found(i, i + 2, new Period(from, from.plusMonths(1)));
        }
        if (CURRENT.contains(word) || word.equals("next")) {
            Optional<LocalDate> start = startOfUnit(next, today);
            if (start.isPresent()) {
                LocalDate from = word.equals("next") ? nextStart(next, start.get()) : start.get();
                return found(i, unitAt + 1, new Period(from, nextStart(next, from)));
            }
        }
        return Optional.empty();
    }

    private Optional<Period> lastSpan(int count, String unitWord, boolean whole) {
        String unit = unitWord.endsWith("s") ? unitWord.substring(0, unitWord.length() - 1) : unitWord;
        switch (unit) {
            case "day":
                return Optional.of(new Period(today.minusDays(count), today));
            case "week": {
                LocalDate end = whole ? Period.week(today).start() : today;
                return Optional.of(new Period(end.minusWeeks(count), end));
            }
            case "month": {
                LocalDate monthStart = today.withDayOfMonth(1);
                return Optional.of(new Period(monthStart.minusMonths(count), monthStart));
            }
            case "quarter": {
                LocalDate quarterStart = startOfUnit("quarter", today).orElseThrow();
                return Optional.of(new Period(quarterStart.minusMonths(3L * count), quarterStart));
            }
            case "year": {
                LocalDate yearStart = today.withDayOfYear(1);
                return Optional.of(new Period(yearStart.minusYears(count), yearStart));
            }
            default:
                return Optional.empty();
        }
    }

    private static Optional<LocalDate> startOfUnit(String unit, LocalDate day) {
        switch (unit) {
            case "week":
                return Optional.of(Period.week(day).start());
            case "month":
                return Optional.of(day.withDayOfMonth(1));
            case "quarter":
                return Optional.of(LocalDate.of(day.getYear(), 3 * ((day.getMonthValue() - 1) / 3) + 1, 1));
            case "year":
                return Optional.of(day.withDayOfYear(1));
            default:
                return Optional.empty();
        }
    }

    private static LocalDate nextStart(String unit, LocalDate start) {
        switch (unit) {
            case "week":
                return start.plusWeeks(1);
            case "month":
                return start.plusMonths(1);
            case "quarter":
                return start.plusMonths(3);
            default:
                return start.plusYears(1);
        }
    }

    /** {@code NAMED} is a {@link NamedDay}, its ordinal in {@code part}. */
    private enum Kind { DAY, NAMED, MONTH, QUARTER, HALF, YEAR }

    /** "monday", "mon": a day of the week by its name or its usual short name. */
    private static boolean weekday(String word) {
        return WEEKDAYS.contains(word);
    }

    /** A calendar unit as written, its year possibly left out. */
    private record Unit(Kind kind, Integer year, int month, int day, int part, int end) {
        Unit withYear(int newYear) {
            return new Unit(kind, newYear, month, day, part, end);
        }

        Unit endingAt(int newEnd) {
            return new Unit(kind, year, month, day, part, newEnd);
        }
    }

    private Optional<Unit> unit(List<String> words, int i) {
        if (i >= words.size()) {
            return Optional.empty();
        }
        String word = words.get(i);
        if (weekday(word)) {
            // "Monday Dec 1 to Sunday Dec 7", "Monday, the 8th of September": the day of the week adds nothing to the
            // date written after it
            int date = i + 1 < words.size() && words.get(i + 1).equals("the") ? i + 2 : i + 1;
            Optional<Unit> dated = unit(words, date).filter(u -> u.kind() == Kind.DAY);
            if (dated.isPresent()) {
                return dated;
            }
            // "the first week of December 2025 (Mon 1st through Sun 7th)": a day of the month named before
            Integer day = i + 1 < words.size() ? dayNumber(words.get(i + 1)) : null;
            Optional<Unit> month = day == null ? Optional.empty() : monthNamedBefore(words, i);
            if (month.isPresent()) {
                return Optional.of(new Unit(Kind.DAY, month.get().year(), month.get().month(), day, 0, i + 2));
            }
        }
        Integer year = year(word);
        if (year != null && !amount(words, i, year)) {
            if (i + 2 < words.size() && isNumber(words.get(i + 1)) && isNumber(words.get(i + 2))) {
                int month = Integer.parseInt(words.get(i + 1));
                int day = Integer.parseInt(words.get(i + 2));
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    return Optional.of(new Unit(Kind.DAY, year, month, day, 0, i + 3));
                }
            }
            if (i + 1 < words.size() && quarterWord(words.get(i + 1)) != null) {
                return Optional.of(new Unit(Kind.QUARTER, year, 0, 0, quarterWord(words.get(i + 1)), i + 2));
            }
            return Optional.of(new Unit(Kind.YEAR, year, 0, 0, 0, i + 1));
        }
        Optional<Unit> part = partOfYear(words, i);
        if (part.isPresent()) {
            int after = part.get().end();
            Integer unitYear = yearAfter(words, after);
            int end = unitYear == null ? after : yearEnd(words, after);
            return Optional.of(new Unit(part.get().kind(), unitYear, 0, 0, part.get().part(), end));
        }
        Optional<NamedDay> named = NamedDay.at(words, i);
        if (named.isPresent()) {
            int nameEnd = i + named.get().length();
            Integer namedYear = yearAfter(words, nameEnd);
            int end = namedYear == null ? nameEnd : yearEnd(words, nameEnd);
            return Optional.of(new Unit(Kind.NAMED, namedYear, 0, 0, named.get().ordinal(), end));
        }
        Integer month = month(word);
        if (month != null) {
            return monthFirst(words, i, month);
        }
        Integer day = dayNumber(word);
        if (day != null && i + 1 < words.size()) {
            int monthAt = words.get(i + 1).equals("of") ? i + 2 : i + 1;
            Integer dayMonth = monthAt < words.size() ? month(words.get(monthAt)) : null;
            if (dayMonth != null) {
                Integer dayYear = monthAt + 1 < words.size() ? year(words.get(monthAt + 1)) : null;
                return Optional.of(new Unit(Kind.DAY, dayYear, dayMonth, day, 0, dayYear == null ? monthAt + 1 : monthAt + 2));
            }
        }
        return Optional.empty();
    }

    private Optional<Unit> monthFirst(List<String> words, int i, int month) {
        String word = words.get(i);
        if (i + 1 < words.size()) {
            Integer day = dayNumber(words.get(i + 1));
            if (day != null && year(words.get(i + 1)) == null) {
                Integer dayYear = i + 2 < words.size() ? year(words.get(i + 2)) : null;
                return Optional.of(new Unit(Kind.DAY, dayYear, month, day, 0, dayYear == null ? i + 2 : i + 3));
            }
        }
        Integer monthYear = yearAfter(words, i + 1);
        if (monthYear != null) {
            int end = yearEnd(words, i + 1);
            return Optional.of(new Unit(Kind.MONTH, monthYear, month, 0, 0, end));
        }
        // "late % fedex dec": the last word of a terse question is the month, but not the verb "may"
        boolean ambiguous = AMBIGUOUS_MONTHS.contains(word) && !(i > 0 && i == words.size() - 1 && !word.equals("may"));
        // "May through July 2025": a month that a range runs to
        boolean rangeTo = i + 2 < words.size() && RANGE_JOINERS.contains(words.get(i + 1))
                && month(words.get(i + 2)) != null;
        if (ambiguous && !rangeTo && (i == 0 || !MONTH_CONTEXT.contains(words.get(i - 1)))) {
            return Optional.empty();
        }
        return Optional.of(new Unit(Kind.MONTH, null, month, 0, 0, i + 1));
    }

    /** The month named last before {@code i}, with its year if one follows it ("dec" only with its year). */
    private static Optional<Unit> monthNamedBefore(List<String> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Integer month = month(words.get(k));
            Integer year = yearAfter(words, k + 1);
            if (month != null && (year != null || !AMBIGUOUS_MONTHS.contains(words.get(k)))) {
                return Optional.of(new Unit(Kind.MONTH, year, month, 0, 0, k + 1));
            }
        }
        return Optional.empty();
    }

    private Period resolve(Unit unit, Integer fallbackYear) {
        if (unit.year != null) {
            return periodOf(unit, unit.year);
        }
        if (fallbackYear != null) {
            return periodOf(unit, fallbackYear);
        }
        if (contextYear != null) {
            return periodOf(unit, contextYear);
        }
        Period thisYear = periodOf(unit, today.getYear());
        return thisYear.start().isAfter(today) ? periodOf(unit, today.getYear() - 1) : thisYear;
    }

    private static Period periodOf(Unit unit, int year) {
        switch (unit.kind) {
            case DAY:
                return Period.day(LocalDate.of(year, unit.month, Math.min(unit.day, LocalDate.of(year, unit.month, 1).lengthOfMonth())));
            case NAMED:
                return NamedDay.values()[unit.part].periodIn(year);
            case MONTH:
                return Period.month(year, unit.month);
            case QUARTER:
                return Period.quarter(year, unit.part);
            case HALF:
                LocalDate start = LocalDate.of(year, unit.part == 1 ? 1 : 7, 1);
                return new Period(start, start.plusMonths(6));
            default:
                return Period.year(year);
        }
    }

    private static Optional<Found> found(int start, int end, Period period) {
        return Optional.of(new Found(start, end, period));
    }

    /**
     * The year written at {@code i}, after "of", "of year" or "year" if they come first: "the first half of year 2025",
     * "first half year 2025".
     */
    private static Integer yearAfter(List<String> words, int i) {
        int end = yearEnd(words, i);
        return end > i ? year(words.get(end - 1)) : null;
    }

    /** Where the year written at {@code i} ends, or {@code i} when none is. */
    private static int yearEnd(List<String> words, int i) {
        int at = i;
        if (at < words.size() && words.get(at).equals("of")) {
            at++;
        }
        if (at < words.size() && words.get(at).equals("year")) {
            at++;
        }
        return at < words.size() && year(words.get(at)) != null ? at + 1 : i;
    }

    /** The month a word names, tolerating a typo in full month names ("decmber"). */
    static Integer month(String word) {
        Integer month = MONTHS.get(word);
        if (month != null || word.length() < 5 || NEAR_MONTHS.contains(word)) {
            return month;
        }
        return MONTHS.entrySet().stream().filter(e -> e.getKey().length() >= 5 && Words.same(word, e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * "more than $2,000", "over 1500 dollars": a number bounding an amount, never a year; "2025 over 2024" still
     * compares two recent years.
     */
    private boolean amount(List<String> words, int i, int year) {
        String before = i > 0 ? words.get(i - 1) : "";
        boolean recent = year <= today.getYear() && year > today.getYear() - RECENT_YEARS;
        return AMOUNT_BOUNDS.contains(before) || SIDE_BOUNDS.contains(before) && !recent
                || i + 1 < words.size() && MONEY_WORDS.contains(words.get(i + 1));
    }

    static Integer year(String word) {
        if (word.length() == 4 && isNumber(word)) {
            int year = Integer.parseInt(word);
            return year >= 1990 && year <= 2099 ? year : null;
        }
        return null;
    }

    private static Integer quarterWord(String word) {
        if (word.length() == 2 && word.charAt(0) == 'q' && word.charAt(1) >= '1' && word.charAt(1) <= '4') {
            return word.charAt(1) - '0';
        }
        return null;
    }

    private static Integer dayNumber(String word) {
        String digits = word.replaceAll("(st|nd|rd|th)$", "");
        if (digits.isEmpty() || digits.length() > 2 || !isNumber(digits)) {
            return null;
        }
        int day = Integer.parseInt(digits);
        return day >= 1 && day <= 31 ? day : null;
    }

    static Integer count(String word) {
        if (isNumber(word) && word.length() <= 4) {
            return Integer.parseInt(word);
        }
        return NUMBERS.get(word);
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }
}
