package dev.orderlens.answering;

import static dev.orderlens.answering.EnglishWords.AGGREGATES;
import static dev.orderlens.answering.EnglishWords.ARTICLES;
import static dev.orderlens.answering.EnglishWords.ASCENDING;
import static dev.orderlens.answering.EnglishWords.BEST;
import static dev.orderlens.answering.EnglishWords.COMPARATIVES;
import static dev.orderlens.answering.EnglishWords.COMPARE_CUES;
import static dev.orderlens.answering.EnglishWords.COMPARISON_LEADS;
import static dev.orderlens.answering.EnglishWords.CONTACT_MANNERS;
import static dev.orderlens.answering.EnglishWords.DESCENDING;
import static dev.orderlens.answering.EnglishWords.DETERMINERS;
import static dev.orderlens.answering.EnglishWords.FUNCTION_WORDS;
import static dev.orderlens.answering.EnglishWords.GENERIC_WORDS;
import static dev.orderlens.answering.EnglishWords.GROUP_CUES;
import static dev.orderlens.answering.EnglishWords.GROUP_CUES_AFTER;
import static dev.orderlens.answering.EnglishWords.GRAMMAR_PHRASES;
import static dev.orderlens.answering.EnglishWords.LIMIT_CUES;
import static dev.orderlens.answering.EnglishWords.NEAR_OTHER_WORDS;
import static dev.orderlens.answering.EnglishWords.NEGATIONS;
import static dev.orderlens.answering.EnglishWords.PASSIVE_CUES;
import static dev.orderlens.answering.EnglishWords.POSSESSION_CUES;
import static dev.orderlens.answering.EnglishWords.REQUEST_OPENERS;
import static dev.orderlens.answering.EnglishWords.SHARE_CUES;
import static dev.orderlens.answering.EnglishWords.WITHIN_EACH;
import static dev.orderlens.answering.EnglishWords.WORST;

import dev.orderlens.answering.semantic.AnsweringVocabulary.MetricRanking;
import dev.orderlens.answering.semantic.AnsweringVocabulary;
import dev.orderlens.answering.semantic.PhraseMatcher.Match;
import dev.orderlens.answering.semantic.PhraseMatcher;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.answering.semantic.ValueCatalog.CatalogValue;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.answering.semantic.Words;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.port.SqlGenerator.ClarificationNeededException;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.semantic.ClosestName;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads a question as a {@link QuerySpec} through the semantic model: its phrases are matched against the
 * model's metrics, columns, values and time words, and the words around them (by, per, top, how many, share…)
 * say how they are used. A follow-up question is read against the previous query kept in the context.
 */
final class QuestionParser {

    private static final Set<String> TREND_WORDS = Set.of(" trend ", " trends ", " trending ", " trended ",
            " over time ");
    private static final int TREND_DAYS = 31;
    private static final int OFFERED_BREAKDOWNS = 2;
    /** Words between a ranking word and what it ranks: "best selling", "worst performing", "most common". */
    private static final Set<String> RANKED_BY = Set.of("selling", "performing", "sold", "rated", "common", "frequent",
            "popular");
    /** Stands in the words of a question for an identifier ("ORD-000123") already turned into a filter. */
    private static final String IDENTIFIER_PLACEHOLDER = "zzidentifierzz";
    private static final Pattern ROW_COUNT = Pattern.compile("(?i)\\s*count\\(\\s*\\*\\s*\\)\\s*");
    private static final Pattern AVERAGED_COLUMN = Pattern.compile("(?i)\\s*avg\\(\\s*(\\w+)\\s*\\)\\s*");
    private static final Pattern SUMMED_COLUMN = Pattern.compile("(?i)\\s*sum\\(\\s*(\\w+)\\s*\\)\\s*");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");
    /** "sept 8-19", "apr 1–7": two days of a month joined by a dash, which reading as words would lose. */
    private static final Pattern DAY_SPAN = Pattern.compile("(?<![\\d\\-/.])(\\d{1,2})\\s?[-\u2013]\\s?(\\d{1,2})(?![\\d\\-/.])");
    /**
     * "2025-02-01 - 2025-05-31" (also as slashed dates are rewritten), "2025-07-01..2025-09-30": two days joined by a
     * dash or two dots, a range.
     */
    private static final Pattern DATE_SPAN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(?:[-\u2013]|\\.{2,3})\\s*"
            + "(\\d{4}-\\d{2}-\\d{2})");
    /** "at month granularity", "on a weekly level": a series by that unit of time. */
    private static final Pattern GRANULARITY = Pattern.compile("(?i)\\b(?:at|on|in)\\s+(?:an?\\s+|the\\s+)?"
            + "(day|week|month|quarter|year)(?:ly)?\\s+(?:granularity|grain|level)\\b");
    /**
     * "May-July 2025": two months joined by a dash, a range from the first to the second; "may-jul 25" gives the
     * year in two digits, as no day follows a range of months.
     */
    private static final Pattern MONTH_SPAN = Pattern.compile("(?<![\\p{L}\\-])(\\p{L}{3,9})\\s?[-\u2013]\\s?"
            + "(\\p{L}{3,9})(?![\\p{L}\\-])(?:\\s+['\u2019]?(\\d{2})(?![\\d:.,/]))?");
    private static final Pattern OR_MORE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\+");
    /**
     * A number written as a word beside a bound: "two or more tickets", "more than three items", "at least one ticket",
     * "more than one ticket"; "more than one order" is left as written, since it asks about repeat orders, which it is
     * named as.
     */
    private static final Pattern BOUNDED_NUMBER_WORD = Pattern.compile("(?i)\\b(?:(?<=(?:least|most|than|over|under"
            + "|above|below|exactly)\\s)(two|three|four|five|six|seven|eight|nine|ten|(?<=least\\s)one"
            + "|(?<=than\\s)one(?!\\s+(?:order|orders|time|times|purchase|purchases)\\b))\\b"
            + "|(one|two|three|four|five|six|seven|eight|nine|ten)(?=\\s+or\\s+(?:more|fewer|less|over|under)\\b))");
    /** A month written year first in numbers, as an ISO date without its day: "2025-12", "2025/03". */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d/.-])(20\\d{2})[-/.](0?[1-9]|1[0-2])"
            + "(?![\\d]|[-/.]\\d)");
    /** A date written with slashes: "3/14/2025", "14/03/2025". */
    /** "2025/04/01": a date written year first with slashes, as the ISO date it is. */
    private static final Pattern YEAR_FIRST_SLASH = Pattern.compile("(?<![\\d/])(\\d{4})/(\\d{1,2})/(\\d{1,2})"
            + "(?![\\d/])");
    private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** A date written day first with dots, "14.03.2025", its year left off before another ("08.09.-19.09.2025"). */
    private static final String DOTTED = "(\\d{1,2})\\.(\\d{1,2})\\.";
    private static final Pattern DOTTED_SPAN = Pattern.compile("(?<![\\d.])" + DOTTED + "(\\d{4})?\\s?(?:[-\u2013]|to|"
            + "until|bis)\\s?" + DOTTED + "(\\d{4})(?![\\d.])");
    private static final Pattern DOTTED_DATE = Pattern.compile("(?<![\\d.])" + DOTTED + "(\\d{4})(?![\\d.])");
    /** "the number one reason", "our #1 product": the top one. */
    private static final Pattern NUMBER_ONE = Pattern.compile("(?i)(?:\\bnumber|\\bno\\.|#)\\s*(?:one|1)\\b");
    /** "sent stuff back", "send the item back": the verb and its "back" together, as the model's words have them. */
    private static final Pattern SPLIT_BACK = Pattern.compile("(?i)\\b(sen[dt]s?|sending|ship(?:ped|s)?|mail(?:ed|s)?"
            + "|brought|bring|took|take)\\s+((?:the\\s+)?\\p{L}+)\\s+back\\b");
    /** "left us a satisfaction score of 1", "left a review": gave, not what remains or who went away. */
    private static final Pattern LEFT_A = Pattern.compile("(?i)\\bleft(?=\\s+(?:us|me|a|an)\\b)");
    /** A weekday's name or short name: "Mon", "Sunday", "Tues.". */
    private static final String WEEKDAY_NAME = "(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?";
    /** A weekday's name or short name before the day of a month: "Mon 22nd", "Sunday 28th". */
    private static final String WEEKDAY_BEFORE_DAY = WEEKDAY_NAME + "\\s+";
    /**
     * "8th to 19th September", "between the 8th and 19th of Sept", "Mon 22nd to Sun 28th December": the days from
     * one to the other, two days before their month, which is said with each.
     */
    private static final Pattern DAYS_BEFORE_MONTH = Pattern.compile("(?i)(?:\\bbetween\\s+(?:the\\s+)?)?"
            + "(?:\\b" + WEEKDAY_BEFORE_DAY + ")?(?<![\\d/.])"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|through|thru|till|until|and|-|\u2013)\\s*(?:the\\s+)?"
            + "(?:" + WEEKDAY_BEFORE_DAY + ")?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
            + "|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
    /** "weeks starting Monday": the model's weeks; "the week commencing 24/11/2025": the week of that day. */
    private static final Pattern MONDAY_WEEKS = Pattern.compile("(?i)\\b(weeks?)\\s+(?:that\\s+)?(?:is\\s+|are\\s+)?"
            + "(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:e|es|ing)|run(?:s|ning)?|from|going)\\s+"
            + "(?:on\\s+|from\\s+)?(?:a\\s+)?mon(?:day)?s?"
            + "(?:\\s*(?:-|\u2013|to|through|thru|till|until)\\s*sun(?:day)?s?)?"
            // "the week from Monday Dec 1": a day named after it is where that week starts
            + "\\b(?![\\s,]*(?:\\d|\\p{L}+\\s+\\d))");
    /**
     * "per ISO week (Monday start)", "Christmas week 2025 (Mon-Sun)", "…, mon-sun weeks", "Black Friday week, Monday to
     * Sunday": how weeks are counted, said aside, which is how the model's weeks run (as {@link #MONDAY_WEEKS} reads it
     * said in words), not a condition on the rows nor a breakdown by day of the week.
     */
    private static final Pattern WEEK_CONVENTION = Pattern.compile("(?i)\\biso[-\\s]+(?=weeks?\\b)|\\s*\\(\\s*(?:mon"
            + "(?:day)?\\s*(?:[-\u2013]|to|through|thru)\\s*sun(?:day)?|monday[-\\s]+start(?:ing)?"
            + "|(?:starting|beginning)\\s+(?:on\\s+)?mondays?)\\s*\\)|[\\s,;]*\\bmon(?:day)?\\s*[-\u2013]\\s*sun(?:day)?"
            + "\\s+weeks\\b|(?<=\\bweek)\\s*,\\s*mon(?:day)?\\s*(?:[-\u2013]|to|through|thru)\\s*sun(?:day)?\\b"
            + "|\\bmon(?:day)?[-\\s]+(?:to|through|thru)[-\\s]+sun(?:day)?[-\\s]+(?=weeks?\\b)");
    private static final Pattern WEEK_COMMENCING = Pattern.compile("(?i)\\bweeks?\\s+(?:commencing|beginning|starting)"
            + "\\s+(?:on\\s+)?(?:w/?c\\s+)?");
    /** "w/c 3 Nov through w/c 24 Nov", "W/C MON 24 NOV": the weeks commencing those days. */
    private static final Pattern WEEK_COMMENCING_SHORT = Pattern.compile("(?i)\\b(?:the\\s+)?w/c\\s+(?=(?:"
            + WEEKDAY_NAME + "\\s+)?\\d)");
    /** "week 48 of 2025", "wk 48 2025", "ISO week 48, 2025": the week of that number, Monday to Sunday. */
    private static final Pattern WEEK_NUMBER = Pattern.compile("(?i)\\b(?:iso\\s+)?(?:week|wk)\\s*#?\\s*(\\d{1,2})"
            + "(?:\\s+of|\\s+in|\\s*,)?\\s+(20\\d{2})\\b");
    /** "no more than 2 units" is at most 2, "not fewer than 3" at least 3. */
    private static final Pattern NOT_MORE_THAN = Pattern.compile("(?i)\\b(?:no|not)\\s+(?:more|greater|higher)\\s+than\\b");
    private static final Pattern NOT_LESS_THAN = Pattern.compile("(?i)\\b(?:no|not)\\s+(?:less|fewer|lower)\\s+than\\b");
    /** "quantity >= 3", "discount_amount > 0", "csat ≤ 2": signs of comparison, said in the words that carry them. */
    private static final Pattern COMPARISON_SIGN = Pattern.compile(
            "(?<![-<>=!])(>=|=>|\u2265|<=|=<|\u2264|<>|!=|\u2260|>|<|==?)(?![<>=])");
    private static final Map<String, String> COMPARISON_SIGN_WORDS = Map.ofEntries(Map.entry(">=", " at least "),
            Map.entry("=>", " at least "), Map.entry("\u2265", " at least "), Map.entry("<=", " at most "),
            Map.entry("=<", " at most "), Map.entry("\u2264", " at most "), Map.entry("<>", " not "),
            Map.entry("!=", " not "), Map.entry("\u2260", " not "), Map.entry(">", " over "), Map.entry("<", " under "),
            Map.entry("=", " "), Map.entry("==", " "));
    /** "w/" and a lone "w" for "with", "w/o" for "without", as typed in chat. */
    private static final Pattern WITH_SIGN = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])w(?:/(o)(?![\\p{L}\\p{N}])|/|(?=\\s))");
    private static final List<String> GRAMMAR_WORDS = Stream.of(FUNCTION_WORDS, DETERMINERS,
            AGGREGATES.keySet(), NEGATIONS).flatMap(Set::stream).filter(word -> !NEAR_OTHER_WORDS.contains(word))
            .distinct().sorted().toList();
    /** Words before the count metric's word that make it the rows a figure is taken over: "for orders with…". */
    private static final Set<String> ROWS_INTRODUCED_BY = Set.of("for", "among", "on", "across");
    /** Words after the rows' word that lead into what they hold: "orders of three or more units". */
    private static final Set<String> ROWS_SAID_AFTER = Set.of("of", "that", "which", "where", "having", "whose",
            "containing", "placed", "made", "paid", "shipped", "sent");
    /** Words after the rows' word that say which rows: "orders under $25", "an order from the app". */
    private static final Set<String> ROW_QUALIFIERS = Set.of("from", "under", "over", "above", "below", "on", "in",
            "with", "via", "by", "through");
    /** Words between a possession cue and the thing had: "had some kind of discount", "got any". */
    private static final Set<String> QUANTIFIERS = Set.of("a", "an", "any", "the", "some", "kind", "sort", "type",
            "of");
    /** How far after the rows' word a qualifier of them may end. */
    private static final int ROW_QUALIFIER_REACH = 3;
    /** Most words of the one phrase of a question the data does not hold that is named and left out. */
    private static final int MAX_UNKNOWN_PHRASE = 3;
    /** Prepositions before where orders came from or when: an unknown phrase after one is one thing left out. */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("from", "via", "during", "through");
    /** Prepositions that lead into a phrase and belong with it when it is named: "from instagram ads". */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("from", "during", "via", "through", "on", "at",
            "in", "with", "by", "for", "under", "over");
    /**
     * Words asking for a figure per value or period listed rather than one for all of them together: "each",
     * "respectively".
     */
    private static final Set<String> EACH_OF_THEM = Set.of("each", "every", "respectively", "separately",
            "individually", "apiece");
    /**
     * Short words of grammar and time as typed in a hurry, too short to be found as typos; contractions typed without
     * their apostrophe ("didnt") are their negation; a quarter called a "trimester", as other languages name it;
     * "payed" for "paid".
     */
    private static final Map<String, String> CHAT_SPELLINGS = Map.ofEntries(Map.entry("wich", "which"),
            Map.entry("whch", "which"), Map.entry("wat", "what"), Map.entry("wht", "what"), Map.entry("hw", "how"),
            Map.entry("hwo", "how"), Map.entry("teh", "the"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
            Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("wknd", "weekend"), Map.entry("n", "and"),
            Map.entry("qtr", "quarter"), Map.entry("trimester", "quarter"), Map.entry("trimesters", "quarters"),
            Map.entry("qtrs", "quarters"), Map.entry("mnth", "month"), Map.entry("mth", "month"),
            Map.entry("mnths", "months"), Map.entry("mths", "months"), Map.entry("yday", "yesterday"),
            Map.entry("ppl", "people"), Map.entry("pct", "percent"), Map.entry("perc", "percent"),
            Map.entry("didnt", "not"), Map.entry("didn", "not"), Map.entry("dont", "not"), Map.entry("doesnt", "not"),
            Map.entry("doesn", "not"), Map.entry("wasnt", "not"), Map.entry("wasn", "not"), Map.entry("werent", "not"),
            Map.entry("weren", "not"), Map.entry("havent", "not"), Map.entry("haven", "not"), Map.entry("hasnt", "not"),
            Map.entry("hasn", "not"), Map.entry("isnt", "not"), Map.entry("isn", "not"), Map.entry("arent", "not"),
            Map.entry("aren", "not"), Map.entry("shouldn", "not"), Map.entry("shouldnt", "not"),
            Map.entry("chnl", "channel"), Map.entry("chnls", "channels"), Map.entry("pmt", "payment"),
            Map.entry("pmts", "payments"), Map.entry("cxl", "cancellation"), Map.entry("cxld", "cancelled"),
            Map.entry("cxls", "cancellations"), Map.entry("payed", "paid"),
            Map.entry("rtn", "return"), Map.entry("rtns", "returns"), Map.entry("cust", "customer"),
            Map.entry("custs", "customers"), Map.entry("ord", "order"), Map.entry("ords", "orders"),
            Map.entry("dlvry", "delivery"), Map.entry("dlvrd", "delivered"), Map.entry("rgn", "region"),
            Map.entry("tix", "tickets"), Map.entry("tkts", "tickets"), Map.entry("pieces", "units"),
            Map.entry("pcs", "units"), Map.entry("cats", "categories"), Map.entry("valu", "value"),
            Map.entry("xmas", "christmas"), Map.entry("diff", "difference"),
            // heard rather than typed, in dictated questions
            Map.entry("verses", "versus"), Map.entry("witch", "which"));
    /** "late rate | carrier x region | 2025-Q3": the two columns of a cross-table, each row one of both. */
    private static final Pattern CROSS_TABLE = Pattern.compile("(?i)(?:\\bby\\s+)?(?<![\\p{L}\\p{N}])(\\p{L}+)\\s+[x\u00d7]"
            + "\\s+(\\p{L}+)");
    /** Bars and slashes with spaces round them between parts of a terse request: "| carrier |", "orders / method". */
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern SPACED_SLASH = Pattern.compile("\\s+/\\s+");
    /** "1万": ten thousands, as Chinese and Japanese count them. */
    private static final Pattern TEN_THOUSANDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[\u4e07\u842c]");
    /** "$316k", "1.2k", "$2.5m": thousands and millions as figures are written in short. */
    private static final Pattern SHORT_SCALE = Pattern.compile("(?i)(\\$\\s?)?(\\d+(?:\\.\\d+)?)(k|m)\\b");
    /** "more than 1万 (10,000)": the amount said again in brackets after it, in other figures. */
    private static final Pattern AMOUNT_SAID_AGAIN = Pattern.compile("(?<=\\d)\\s*\\(\\s*\\$?\\d[\\d,.]*\\s*\\)");
    /**
     * "in the year 2025", "the first half of the 2025", "the week of the Black Friday 2025": the year, the day, with an
     * article other languages use ("the 2025 one" is the one of 2025).
     */
    private static final Pattern ARTICLE_BEFORE_NAME = Pattern.compile("(?i)\\bthe\\s+(?:year\\s+(?=20\\d{2}\\b)"
            + "|(?=20\\d{2}\\b(?!\\s+ones?\\b))"
            + "|(?=(?:black\\s+friday|cyber\\s*monday)\\b))");
    /** "a perfect 5 CSAT", "a perfect score of 5": the top score, said with its praise. */
    private static final Pattern PERFECT_SCORE = Pattern.compile("(?i)\\bperfect\\s+(?=5\\b|score\\s+of\\s+5\\b)");
    /** "the products with the less units", "the most high rate", "which one is more high": least, highest, higher. */
    private static final Pattern THE_LESS = Pattern.compile("(?i)\\bthe\\s+less\\b");
    private static final Pattern MOST_HIGH = Pattern.compile("(?i)\\bmost\\s+(high|low)\\b");
    private static final Pattern MORE_HIGH = Pattern.compile("(?i)\\bmore\\s+(high|low)\\b");
    /** Words long enough to be two typed without the space between them: "shippingfees", "lastweek". */
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\b\\p{L}{7,}\\b");
    private static final int MIN_PART = 3;
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "quarter",
            "quarters", "year", "years");
    /** "versus all remaining segments combined": all the other ones. */
    private static final Pattern ALL_REMAINING = Pattern.compile("(?i)\\ball\\s+(?:the\\s+)?remaining\\b");
    /** "how many diff customers": "diff" before what is counted is "different", elsewhere "difference". */
    private static final Pattern DIFF_BEFORE_NOUN = Pattern.compile("(?i)(?<=\\b(?:many|of)\\s)diff\\b");
    /**
     * "how many individual shoppers": "individual" before the people counted says each is counted once, not that
     * they are consumers rather than business accounts.
     */
    private static final Pattern INDIVIDUAL_COUNTED = Pattern.compile("(?i)(?<=\\b(?:many|of)\\s)individual(?=\\s+"
            + "(?:shoppers|customers|buyers|people|persons|accounts|clients)\\b)");
    /** "at this store", "our store's revenue": the shop itself, not the stores the channel words name. */
    private static final Pattern THE_STORE = Pattern.compile("(?i)\\b(?:the|this|our|your|my)\\s+store\\b(?!-)");
    /**
     * "how much did the shop sell", "how much has the company made": the shop's own takings, as "we" ask them ("the
     * store" is "the shop" by then).
     */
    private static final Pattern SHOP_SOLD = Pattern.compile("(?i)\\bhow\\s+much\\s+(did|do|does|have|has)\\s+"
            + "(?:the\\s+(?:shop|company|business|site)|they|you)\\s+(?=(?:sell|sold|make|made)\\b)");
    /**
     * "which day brings in the most orders", "clients who made orders": a verb that names revenue alone only places
     * the orders it comes before.
     */
    private static final Pattern PLACED_ORDERS = Pattern.compile("(?i)\\b(?:made|make|makes|making|(?:brings?|brought"
            + "|bringing)\\s+in)(?=(?:\\s+(?:the|most|more|fewest|fewer|least|any|many|some|their|an?))*\\s+"
            + "(?:orders?|purchases)\\b)");
    /** "the 3 cities that sold the most, in dollars": ranked by what they sold for, not by how many orders. */
    private static final Pattern SOLD_IN_DOLLARS = Pattern.compile("(?i)\\b((?:sold|sell|sells|selling)\\b[^.?!]*?)"
            + ",?\\s+in\\s+(?:dollars|dollar\\s+terms|\\$)(?=\\W|$)");
    /** "for next year's promo budget": what the figures are for, a time with no orders yet, not a period asked about. */
    private static final Pattern NEXT_PERIODS = Pattern.compile("(?i)\\bnext\\s+(?:year|month|quarter|week|season)"
            + "['\u2019]s(?=\\s+(?:\\p{L}+\\s+){0,2}?(?:budget|plan|planning|rota|roadmap|deck|meeting|review|targets?"
            + "|campaign|strategy)\\b)");
    /** "counting only the ones sent back for size", "only counting…": only those rows. */
    private static final Pattern COUNTING_ONLY = Pattern.compile("(?i)\\bcounting\\s+only\\b|\\bonly\\s+counting\\b");
    /** "how many order like that": the rows just described, counted. */
    private static final Pattern COUNTED_LIKE_THAT = Pattern.compile("(?i)\\b(how\\s+many\\s+\\p{L}+)\\s+like\\s+"
            + "(?:that|this|those|these)\\b");
    /** "…, and what did that average out to per order?": the average of the figure just named. */
    private static final Pattern THAT_AVERAGED = Pattern.compile("(?i)\\bwhat\\s+(?:did|does|do|would)\\s+(?:that|it"
            + "|this)\\s+average\\s+(?:out\\s+)?(?:to\\s+|at\\s+)?(?=per\\s+\\p{L}+)");
    /** "more then 5", "less then $20": "than", as often typed. */
    private static final Pattern THEN_FOR_THAN = Pattern.compile("(?i)\\b(more|less|fewer|greater|higher|lower|bigger"
            + "|smaller)\\s+then\\b");
    /** "what did we book in shipping fees", "revenue was booked in November": recorded, not the Books category. */
    private static final Pattern BOOKED = Pattern.compile("(?i)\\b(?:(was|were)|(?:did|have|had)\\s+we|we|got)\\s+"
            + "book(?:ed)?\\b");
    /**
     * "whose CSAT response was a 1", "got a CSAT response": the score a customer gave; "how many survey responses"
     * (the plural, in its group): the orders with a score.
     */
    private static final Pattern SCORE_RESPONSE = Pattern.compile("(?i)\\b(?:csat|survey|satisfaction)\\s+"
            + "(?:(responses|answers|replies)|response|answer|reply)\\b");
    /** "rated us 4 or 5", "scored us a 2": the score a customer gave, said with whom it was given to. */
    private static final Pattern RATED_US = Pattern.compile("(?i)\\b(rated|scored|gave)\\s+us\\b(?:\\s+an?\\b)?");
    /** "whose CSAT score was a 1 or a 2": the scores, said as a sentence about them. */
    private static final Pattern SCORE_WAS = Pattern.compile("(?i)\\b(csat|satisfaction|survey|review)(?:\\s+(?:score|"
            + "rating))?\\s+(?:was|were|is|are|=)\\s+(?:an?\\s+)?(\\d)\\s+(or|and|to|through)\\s+(?:an?\\s+)?(\\d)\\b");
    /** "at each CSAT score, 1 through 5": every score there is, not the first one said. */
    private static final Pattern EVERY_SCORE = Pattern.compile("(?i)(\\b(?:each|every|per|by)\\s+(?:csat\\s+|"
            + "satisfaction\\s+|survey\\s+)?(?:score|rating|star)s?)\\s*,?\\s*(?:from\\s+)?1\\s*"
            + "(?:through|thru|to|-|\u2013)\\s*5\\b");
    /** "UPS v FedEx", "web v. app": a lone "v" between two things sets them side by side. */
    private static final Pattern LONE_V = Pattern.compile("(?i)(?<=\\S\\s)v\\.?(?=\\s+\\S)");
    /** "fell furthest short on net revenue", "furthest behind": the lowest. */
    private static final Pattern FURTHEST_SHORT = Pattern.compile("(?i)\\b(?:fell|falls|fall|came|comes|was|were|is"
            + "|are)?\\s*(?:the\\s+)?(?:furthest|farthest|most)\\s+(?:short|behind)\\b");
    /** "top ten lines in electronics", "best-selling lines": the products, as a buyer calls them. */
    private static final Pattern PRODUCT_LINES = Pattern.compile("(?i)\\b((?:top|bottom|best|worst|best-selling"
            + "|slowest)(?:\\s+\\S+)?\\s+)lines\\b");
    /** "gave us a 1 out of 5", "a 4/5": a score on the five-star scale, said without naming it. */
    private static final Pattern OUT_OF_FIVE = Pattern.compile("(?i)\\b([1-5])\\s*(?:out\\s+of\\s+(?:5|five)|/\\s*5)\\b"
            + "(?!\\s*(?:orders?|customers?|people|shoppers|buyers|parcels|deliveries)\\b)");
    /**
     * "4 stars or better", "2 star or worse": a score and every one above or below it ("4 stars or more" is a count or
     * more, read before).
     */
    private static final Pattern STARS_OR_BEYOND = Pattern.compile("(?i)\\b([1-5])\\s+stars?\\s+or\\s+(?:(better)"
            + "|worse)\\b");
    /**
     * "total delivery charges, and the average per order": an average joined after a figure is taken over its
     * orders already, so "per order" adds nothing to it.
     */
    private static final Pattern AVERAGE_PER_ORDER_AFTER = Pattern.compile("(?i)\\b(and\\s+(?:the\\s+)?(?:average|mean))"
            + "\\s+per\\s+order\\b");
    /** "3 support tickets or more", "2 items or fewer": a number and what it counts, then every one above or below. */
    private static final Pattern COUNT_OR_BEYOND = Pattern.compile("(?i)(?<![\\d.,])(?!(?:19|20)\\d\\d\\b)(\\d+(?:\\.\\d+)?)"
            + "((?:\\s+(?!(?:above|below|over|under|more|less|or|and)\\b)[\\p{L}-]+){1,3}?)\\s+or\\s+(?:(more|above|higher"
            + "|greater|over)|less|fewer|below|under|lower)\\b");
    /** "out of every hundred orders, how many…": a share, said as a count per hundred. */
    private static final Pattern PER_HUNDRED = Pattern.compile("(?i)\\b(?:out\\s+of\\s+|of\\s+)?(?:every|each|per|a)"
            + "\\s+(?:hundred|100)\\b");
    /** "rev ytd vs ly": last year and this year as executives abbreviate them. */
    private static final Pattern YEAR_ABBREVIATION = Pattern.compile("(?i)\\b(?:(ly)|ty)\\b");
    /**
     * "how many days it took USPS orders to arrive", "how long did it take FedEx parcels to reach customers", "how
     * many days took FedEx on average for the delivery": the orders named between the verb and its end, which the
     * model's "days to arrive" would not reach across.
     */
    private static final Pattern TOOK_TO_ARRIVE = Pattern.compile("(?i)\\bhow\\s+(?:many\\s+days|long)\\s+"
            + "(?:(?:did|does|do|has|had|would)\\s+)?(?:it\\s+)?(?:took|take|takes|taken|taking)\\s+"
            + "((?:\\p{L}+\\s+){1,4}?)(?:to\\s+(?:arrive|be\\s+delivered|deliver|get\\s+there|(?:reach|get\\s+to)"
            + "(?:\\s+(?:the\\s+)?(?:customers?|buyers?|shoppers?|people|them))?)"
            + "|for\\s+(?:the\\s+)?deliver(?:y|ies))\\b");
    /** "1.000,00": an amount written with a decimal comma, its thousands grouped by dots. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+),(\\d{1,2})"
            + "(?![\\d,])");
    /** "$100,00", "49,90 $": cents after a decimal comma, beside a currency sign. */
    private static final Pattern CENTS_AFTER_COMMA = Pattern.compile("(?<=[$\u20ac\u00a3]\\s?\\d{1,7}),(?=\\d{2}(?![\\d,]))"
            + "|(?<=(?<![\\d.,])\\d{1,7}),(?=\\d{2}\\s?[$\u20ac\u00a3])");
    /** "a total superior to 1000", "inferior to 50": over and under, as other languages say them. */
    private static final Pattern SUPERIOR_TO = Pattern.compile("(?i)\\b(superior|inferior)\\s+(?:to|of|at)\\b");
    /** "tickets of support", "segment of customer": two words the other way round, as other languages join them. */
    private static final Pattern NOUN_OF_NOUN = Pattern.compile("(?i)\\b(\\p{L}+)\\s+of\\s+(\\p{L}+)\\b");
    /** Words that say an amount is only near the true one: "roughly $316k", "about $5". */
    private static final Set<String> HEDGES = Set.of("roughly", "about", "around", "approximately", "approx", "circa",
            "nearly", "almost", "some");
    /** How many words before "share of" the part it names may start: "the Nimbus X2 share of units". */
    private static final int NAMED_PART_REACH = 3;
    /** Words asking to check a figure someone gave, which amounts said beside them are: "please confirm both". */
    private static final Set<String> CHECK_REQUESTS = Set.of("confirm", "verify", "quoted", "reconcile", "agree");
    /**
     * Words that give a figure as said, before its amount: "I quoted $150", "puts it at $316k" ("orders that were
     * $49.99" says which orders).
     */
    private static final Set<String> STATING = Set.of("quoted", "quote", "said", "says", "told", "gave", "reported",
            "claimed", "at");
    /** A pivot table's axes, which each value of a column is laid along: "rows = region", "state as columns". */
    private static final Set<String> PIVOT_AXES = Set.of("rows", "row", "columns", "column");
    private static final Set<String> ALONG_AXIS = Set.of("across", "as", "in", "on", "down", "along");
    /** Words before "of" that say what is taken of the rows, never part of a name said the other way round. */
    private static final Set<String> TAKEN_OF = Set.of("number", "count", "share", "percent", "percentage", "total",
            "sum", "part", "portion", "proportion", "half", "rest", "list", "kind", "type", "types", "kinds");
    /**
     * "in confront with 2024", "confronted with the other months", "mobile respect to the web": compared, as Italian
     * says it.
     */
    private static final Pattern CONFRONTED = Pattern.compile("(?i)\\b(?:in\\s+)?confront(?:ed|ing)?"
            + "\\s+(?:with|to)\\b|(?<!with\\s)\\b(?:in\\s+)?respect\\s+to\\b");
    /** "how much we have refunded", "how much money did we refund": the money refunded, not the orders refunded. */
    private static final Pattern HOW_MUCH_REFUNDED = Pattern.compile("(?i)\\bhow\\s+much(?:\\s+money)?\\s+(?:did\\s+"
            + "|have\\s+|has\\s+)?(?:we|they|you)\\s+(?:have\\s+|has\\s+)?refund(?:ed)?\\b");
    /** "the week of Christmas of the 2024": Christmas week 2024, as Italian and Spanish say it. */
    private static final Pattern WEEK_OF_CHRISTMAS = Pattern.compile("(?i)\\bthe\\s+week\\s+of\\s+(?:the\\s+)?christmas"
            + "(?:\\s+of\\s+(?:the\\s+)?(?=\\d{4}\\b))?");
    /** "everyone else (consumer + business together)": the rest, with what it holds said again in brackets. */
    private static final Pattern REST_SPELLED_OUT = Pattern.compile("(?i)\\b(everyone\\s+else|everybody\\s+else"
            + "|everything\\s+else|the\\s+rest|all\\s+others?)\\s*\\([^()]*\\)");
    /**
     * "the most expensive order", "the priciest orders", "the biggest single order": the biggest, ranked by their worth
     * ("single" is no count of units).
     */
    private static final Pattern PRICIEST_ORDER = Pattern.compile("(?i)\\b(?:most\\s+expensive|priciest|costliest"
            + "|most\\s+costly|(?:biggest|largest)\\s+single)(?=\\s+orders?\\b)");
    /** "the average time from order to ship, in hours": the hours to ship. */
    private static final Pattern TIME_TO_SHIP_IN_HOURS = Pattern.compile("(?i)\\btime\\s+from\\s+(?:the\\s+)?order"
            + "\\s+to\\s+ship(?:ment|ping|ped)?,?\\s+in\\s+hours\\b");
    /**
     * "orders that had at least one support ticket and orders that had none": the other group of a comparison on the
     * count of tickets, said as none, is the orders with zero tickets rather than a second condition on every row.
     */
    private static final Pattern NONE_BESIDE_BOUND = Pattern.compile("(?i)\\b((?:(?:at\\s+least|more\\s+than|over"
            + "|(?:\\d+|one|two)\\s+or\\s+more)\\s+(?:(?:\\d+|one|two|a|an)\\s+)?|\\d+\\s*\\+\\s*)"
            + "((?:support\\s+)?tickets?)\\b[^.?!;]{0,80}?\\s(?:vs\\.?|versus|and|against|compared\\s+(?:with|to))\\s+"
            + "(?:(?:the\\s+)?(?:orders|ones|those)\\s+)?(?:that\\s+(?:had|have|got)|with|having))\\s+"
            + "(?:none|no\\s+(?:support\\s+)?tickets?)\\b");
    /** "null-CSAT rows": rows without a CSAT score. */
    private static final Pattern NULL_BEFORE = Pattern.compile("(?i)\\bnull-(?=\\p{L})");
    /** "orders with the support_note field left blank", "rows where csat is null": orders without it. */
    private static final Pattern LEFT_BLANK = Pattern.compile("(?i)\\b(?:have|has|with|where)\\s+(?:the\\s+|a\\s+|an\\s+)?"
            + "([\\p{L}_]+(?:\\s+(?!field\\b|column\\b|value\\b)\\p{L}+)?)\\s+(?:field\\s+|column\\s+|value\\s+)?"
            + "(?:is\\s+|was\\s+|are\\s+)?(?:left\\s+)?"
            + "(?:blank|empty|null|unset)\\b");
    /** "categories that breached a 7% return-rate threshold": those with the rate above it. */
    private static final Pattern THRESHOLD = Pattern.compile("(?i)\\b(?:breach(?:ed|es|ing)?|exceed(?:ed|s|ing)?"
            + "|cross(?:ed|es|ing)?)\\s+(?:a|the|our|its|their)\\s+(\\d+(?:\\.\\d+)?)\\s*(?:%|percent)\\s+"
            + "(\\p{L}+(?:[\\s-]\\p{L}+){0,2}?)\\s+(?:threshold|limit|bar|cap|ceiling)\\b");
    /** "the medium value of the order": its average, as Italian and Spanish say it ("valore medio"). */
    private static final Pattern MEDIUM_VALUE = Pattern.compile("(?i)\\bmedium(?=\\s+(?:value|price|amount|basket"
            + "|time|number|days?|score|rating|spend)\\b)");
    /** How a span from an order opens: "from the customer order", and how it runs on to its end: "until". */
    private static final String FROM_THE = "(?i)\\bfrom\\s+(?:the\\s+)?(?:customer\\s+)?";
    private static final String ORDER_PLACED = "order(?:ing|s)?(?:\\s+(?:is\\s+|was\\s+)?placed)?";
    private static final String UNTIL = "\\s+(?:until|till|to|through)\\s+";
    /**
     * "avg hours from order placed to shipped", "from the order until it shipped": from order to shipment, the days to
     * ship.
     */
    private static final Pattern ORDER_UNTIL_SHIPPED = Pattern.compile(FROM_THE + ORDER_PLACED + UNTIL
            + "(?:it\\s+(?:is\\s+|was\\s+)?|the\\s+)?(?:shipped|shipment|shipping|dispatch(?:ed)?)\\b");
    /** "in the rest of days of march": the rest of March. */
    private static final Pattern REST_OF_DAYS = Pattern.compile("(?i)\\brest\\s+of\\s+(?:the\\s+)?days\\s+of\\b");
    /**
     * "clients different", "customers distinct": the adjective after its noun, as Spanish and French put it.
     */
    private static final Pattern DISTINCT_AFTER = Pattern.compile("(?i)\\b(clients|customers|buyers|people|shoppers)"
            + "\\s+(different|distinct|unique)\\b");
    /** "made orders with shipping to Houston", "orders with a shipping address in California": sent there. */
    private static final Pattern WITH_SHIPPING_TO = Pattern.compile("(?i)\\b(?:with|to|at)\\s+(?:(?:the|a|an)\\s+)?"
            + "(?:shipping\\s+to|(?:shipping|delivery|ship-to|ship\\s+to|postal)\\s+address(?:es)?\\s+"
            + "(?:in|to|at))\\b");
    /** "the average shipping cost for one order", "the value of a single order": per order. */
    private static final Pattern FOR_ONE_ORDER = Pattern.compile("(?i)\\b(?:for|of|on|in)\\s+(?:one|a\\s+single)"
            + "\\s+order\\b(?!\\s+(?:id|number|no)\\b)");
    /** "In average how many days…": on average. */
    private static final Pattern IN_AVERAGE = Pattern.compile("(?i)\\bin\\s+average\\b");
    /**
     * "Which single calendar day in 2025 had the most orders?", "our all-time busiest single day": which day
     * ("single" is no count of days, "calendar" no other kind of day).
     */
    private static final Pattern CALENDAR_UNIT = Pattern.compile("(?i)\\b(which|what|busiest|quietest|biggest|best"
            + "|worst|strongest|weakest|largest|highest|lowest|top)\\s+(?:single\\s+)?(?:calendar\\s+)?"
            + "(day|date|week|month)\\b");
    /**
     * "COUNTIF order_total > 500", "SUMIFS order_total …": a spreadsheet's conditional aggregate written as the
     * question, the figure over the rows the condition after it names.
     */
    private static final Pattern SPREADSHEET_AGGREGATE = Pattern.compile("(?i)\\b(count|sum|average)ifs?\\b\\s*\\(?");
    /** "Roll that up to quarters instead": the same figures by a coarser grain. */
    private static final Pattern ROLL_UP = Pattern.compile("(?i)\\broll(?:ed|ing)?\\s+(?:(that|this|it|them|these"
            + "|those)\\s+)?up\\s+(?:to|into|by|at)\\s+(?:the\\s+)?");
    /**
     * "What share of 2025 revenue is driven by the VIP segment?": the rows a figure comes from, not a breakdown by
     * the segment.
     */
    private static final Pattern DRIVEN_BY = Pattern.compile("(?i)\\b(?:driven|generated|contributed)\\s+by\\s+"
            + "(?=(?:the|our)\\s)");
    /**
     * "I need both figures to size the delta", "Size the Black Friday uplift for me": to measure, not the size-or-fit
     * return reason; a verb only at a sentence's start or after "to", before what is measured.
     */
    private static final Pattern SIZE_VERB = Pattern.compile("(?i)(?:^|(?<=[.:;!?]\\s)|\\bto\\s+)size\\s+(?:up\\s+)?"
            + "(?=(?:the|this|that|these|those|it|our)\\b)");
    /**
     * "the summed order_total": the sum of it; said here rather than as a word of the aggregates, whose words of five
     * letters or more take typos ("summer" is no misspelt "summed").
     */
    private static final Pattern SUMMED = Pattern.compile("(?i)\\bsummed\\s+(?=\\p{L})");
    /**
     * "(those are under a separate review)", "(I think the reasons are things like defective… not sure)": a remark in
     * brackets about the rows or what the asker believes, or "(denominator = all orders)" saying how a rate is worked
     * out (the answer's query shows the model's own way): not a condition on the rows.
     */
    private static final Pattern BRACKETED_REMARK = Pattern.compile("(?i)\\s*\\((?:(?:those|these|they|it|this|that"
            + "|we|which)\\s+(?:are|is|were|was|have|has|will)|i\\s+(?:think|believe|guess|assume|suppose)|not\\s+sure"
            + "|if\\s+i\\s+(?:remember|recall)|(?:the\\s+)?(?:denominator|numerator)(?=\\s*[=:]|\\s+is\\b)|[~\u2248])"
            + "\\b[^()]*\\)");
    /**
     * "how much did I make", "the money I refunded": a shop run by one person says "I" where the model's words for a
     * figure say "we".
     */
    private static final Pattern SELLER_I = Pattern.compile("(?i)\\b(?:(did|do|have|had)\\s+)?i(\\s+"
            + "(?:(?:have|had)\\s+)?(?:make|made|sell|sold|earn|earned|bring|brought|take|took|refund|refunded|ship"
            + "|shipped|gave|paid|charged)"
            + "\\b)");
    /** Words asking which of a dimension's values: "which carrier", "what 3 products". */
    private static final Set<String> WHICH = Set.of("which", "what");
    /** "biggest one first", "lowest first": the order to list them in, not how many. */
    private static final Pattern ORDER_FIRST = Pattern.compile("(?i)\\b(?:(biggest|largest|highest|most|top)|smallest"
            + "|lowest|least)\\s+(?:ones?\\s+)?first\\b");
    /** "divided per segment", "according to return reason": split by it. */
    private static final Pattern DIVIDED_PER = Pattern.compile("(?i)\\b(?:divided\\s+(?:per|by|for|in)"
            + "|according\\s+to)\\b");
    /** "top5", "bottom10": a limit typed against its word. */
    private static final Pattern LIMIT_RUN_TOGETHER = Pattern.compile("(?i)\\b(top|bottom)(\\d{1,3})\\b");
    /**
     * "orders and revenue for each of the two days": the periods a comparison already sets side by side, not a
     * number of days.
     */
    private static final Pattern EACH_OF_THE_PERIODS = Pattern.compile("(?i)\\b(?:(?:for|on|in)\\s+)?(?:each|both)"
            + "\\s+of\\s+(?:the|these|those)\\s+(?:two|2|three|3|four|4)\\s+"
            + "(?:days|weeks|months|quarters|years|periods)\\b");
    /** "how does the West stack up against the rest", "stack them up against each other": an idiom for comparing. */
    private static final Pattern STACK_UP = Pattern.compile("(?i)\\bstack(?:s|ed|ing)?\\s+"
            + "((?:them|these|those|it)\\s+)?up\\s+(?:against|to|with)\\b");
    /** Words ranking the things named after them by what they are worth: "top 5 orders", "the biggest orders". */
    private static final Set<String> RANKED_ROWS = Set.of("top", "bottom", "biggest", "largest", "smallest", "highest",
            "lowest", "priciest");
    /** Words before an entity that say it came back: "repeat customers", "returning buyers". */
    private static final Set<String> REPEAT_WORDS = Set.of("repeat", "returning", "recurring", "loyal");
    /** How often an entity did something, said after it, as the comparison of its count of rows. */
    private static final Map<String, Map.Entry<Filter.Op, String>> REPEATS = Map.of(
            "more than once", Map.entry(Filter.Op.GT, "1"), "more than one time", Map.entry(Filter.Op.GT, "1"),
            "multiple times", Map.entry(Filter.Op.GT, "1"), "at least twice", Map.entry(Filter.Op.GE, "2"),
            "twice or more", Map.entry(Filter.Op.GE, "2"), "only once", Map.entry(Filter.Op.EQ, "1"),
            "just once", Map.entry(Filter.Op.EQ, "1"), "exactly once", Map.entry(Filter.Op.EQ, "1"));
    private static final int REPEAT_REACH = 8;
    /** Words asking for a list before what is listed: "list the categories with…". */
    private static final Set<String> LISTING = Set.of("list", "show", "all", "me", "give", "the");
    /** Words between a sum and the bound on it: "refunds of more than…", "refund total is over…". */
    private static final Set<String> AMOUNT_LEADS = Set.of("of", "total", "totalling", "totaling", "is", "was", "are",
            "were");
    /** Words asking for a period set beside the one before it, a bucket of the grain earlier. */
    private static final Set<String> PERIOD_OVER_PERIOD = Set.of("yoy", "mom", "qoq", "wow", "dod");
    /**
     * "Dec '25", "Q4 ’24", "Q1'25", "H2'25": a year shortened to its last two digits after an apostrophe, which may
     * stand right after a quarter or a half.
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?:(\\b[QqHh][1-4])\\s*|(?<![\\p{L}\\p{N}]))['’]"
            + "(\\d{2})(?![\\p{N}'’])");
    /**
     * "FY25", "fiscal year 2025", "calendar 2025", "CY2025", "full year 2025": a year named with what kind of year it
     * is; the model has no fiscal calendar, so a fiscal year is the calendar year.
     */
    private static final Pattern NAMED_YEAR = Pattern.compile("(?i)\\b(?:(?:[fc]y\\s?|fiscal\\s+(?:year\\s+)?)(?:20)?"
            + "|(?:calendar|full|whole|entire)(?:\\s+|-)(?:year\\s+)?20)(\\d{2})\\b");
    /**
     * "rev 25 vs 24", "unique buyers in 25": years cut to two digits without an apostrophe, read as years only where a
     * number could not be anything else: set against another such year, or ending the question after "in", "for"….
     */
    private static final Pattern BARE_YEARS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}$.,/-])(\\d{2})(\\s+(?:vs\\.?"
            + "|versus|v|against|compared\\s+(?:to|with))\\s+)(\\d{2})(?![\\p{N}.,/%-])"
            + "(?!\\s*(?:%|percent|(?!(?:by|for|in|per|on|and|across|split|broken)\\b)\\p{L}))");
    private static final Pattern BARE_YEAR_AT_END = Pattern.compile("(?i)\\b(in|during|for|since|from|of)\\s+(\\d{2})"
            + "(?=\\s*[?.!]*\\s*$)");
    /** How many years back from today a two-digit number may name a year. */
    private static final int BARE_YEAR_REACH = 20;
    /** "BF week", "bf 2025", "black fri": Black Friday as typed in a hurry. */
    private static final Pattern BLACK_FRIDAY_SHORT = Pattern.compile("(?i)\\b(?:bf|black\\s+fri)\\b");
    /** "BF25 vs BF24": Black Friday with its year's last two digits typed against it. */
    private static final Pattern BLACK_FRIDAY_OF_YEAR = Pattern.compile("(?i)\\bbf(\\d{2})\\b");
    /** "cyber mon": Cyber Monday as typed in a hurry. */
    private static final Pattern CYBER_MONDAY_SHORT = Pattern.compile("(?i)\\bcyber\\s+mon\\b");
    /** "two tickets or more": a bound after the noun it counts, moved before it as "two or more tickets". */
    private static final Pattern BOUND_AFTER_NOUN = Pattern.compile("(?i)\\b(\\d+|one|two|three|four|five|six|seven"
            + "|eight|nine|ten)\\s+(\\p{L}+)\\s+(or\\s+(?:more|fewer|less|over|under))\\b");
    /**
     * "customers who opened two tickets", "tickets raised by phone": the verbs of opening a ticket, which say no more
     * than the ticket itself.
     */
    private static final String TICKET_VERBS = "(?:opened|raised|filed|logged|submitted|created)";
    private static final Pattern TICKET_OPENED = Pattern.compile("(?i)\\b(?:(?:has|have|had)\\s+)?" + TICKET_VERBS
            + "\\s+(?=(?:\\S+\\s+){0,3}?(?:support\\s+)?(?:tickets?|contacts?)\\b)"
            + "|(?<=\\btickets?)((?:\\s+\\S+){0,4}?)\\s+(?:(?:was|were|got|been|are|is)\\s+)?" + TICKET_VERBS + "\\b");
    /** "hitting its promised dates", "meets the promised date": delivering on time. */
    private static final Pattern PROMISE_KEPT = Pattern.compile("(?i)\\b(?:hit|hits|hitting|meet|meets|meeting|make"
            + "|makes|making|keep|keeps|keeping)\\s+(?:its|their|the|our)?\\s*(?:promised|promise)\\s+"
            + "(?:delivery\\s+)?dates?\\b");
    /** "the most often reason of return": the most common reason, as a speaker of another language may say it. */
    private static final Pattern MOST_OFTEN_REASON = Pattern.compile("(?i)\\bmost\\s+(?:often|frequently)\\s+"
            + "(?=(?:return\\s+)?reasons?\\b)");
    /**
     * "Out of the states in the West region, which one had…": "which one" of the things named first, read as asking
     * which of them.
     */
    private static final Pattern WHICH_ONE_OF = Pattern.compile("(?i)^\\s*(?:out\\s+of|of|among(?:st)?)\\s+"
            + "(?:all\\s+)?(?:the|our)\\s+([^,]{1,60}),\\s*(which|what)\\s+(?:one|1)\\b");
    /** "black friday last year", "this past year's cyber monday": a named day in a year named relative to today. */
    private static final Pattern NAMED_DAY_OF_RELATIVE_YEAR = Pattern.compile("(?i)\\b(" + NamedDay.pattern()
            + ")\\s+(?:of\\s+)?(last|this\\s+past|this)\\s+year\\b|\\b(last|this\\s+past|this)\\s+year['’]?s\\s+("
            + NamedDay.pattern() + ")\\b");
    /** "next Christmas", "the coming Black Friday": the first such day after today, which has no orders yet. */
    private static final Pattern NEXT_NAMED_DAY = Pattern.compile("(?i)\\b(?:next|the\\s+coming|this\\s+coming)\\s+("
            + NamedDay.pattern() + ")\\b(?!\\s+(?:20\\d{2}|week)\\b)");
    /** "the 2024 Black Friday week", "our 2025 cyber monday": a named day with its year said first. */
    private static final Pattern YEAR_BEFORE_NAMED_DAY = Pattern.compile("(?i)\\b(20\\d{2})\\s+(" + NamedDay.pattern()
            + ")(\\s+week)?\\b");
    /** Words opening a question answered yes or no. */
    private static final Set<String> YES_NO_OPENINGS = Set.of("do", "does", "did", "are", "is", "was", "were");
    /**
     * "month-wise return rate", "carrier wise CSAT", "statewise orders": a grouping as Indian English writes it,
     * "by month". Adverbs ending in "wise" ("otherwise", "likewise", "clockwise") are not groupings.
     */
    private static final Pattern WISE = Pattern.compile("(?i)\\b(?!(?:other|like|clock|counterclock|anticlock|length"
            + "|cross|edge|street|side)wise\\b)(\\p{L}[\\p{L}&]*?)(?:-|\\s)?wise\\b");
    /**
     * "kindly share the count", "please share carrier-wise CSAT", "can you share": "share" as a request to send the
     * figures, not a share of a total.
     */
    private static final Pattern SHARE_REQUEST = Pattern.compile("(?i)\\b(please|pls|plz|pl|kindly|you|u|to)\\s+"
            + "share\\b(?!\\s+of\\b)");
    /** "total no. of tickets", "nos. of orders", "no of returns": "no." is short for number, not "none". */
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)\\bnos?\\.?\\s*of\\b");
    /** "bought more than five of the same item": that many of the item in one order, "more than 5 item". */
    private static final Pattern OF_THE_SAME = Pattern.compile("(?i)\\b(\\d+)\\s+of\\s+the\\s+same\\s+(?=\\p{L})");
    /**
     * "getRevenue", "groupBy", "topN": a name written as code runs its words together, each after the first opening
     * on a capital; one lower-case letter before a capital ("iPhone", "eBay") is a brand, not code.
     */
    private static final Pattern CODE_NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}{2,}"
            + "(?:\\p{Lu}[\\p{Ll}\\p{N}]*)+(?![\\p{L}\\p{N}])");
    /** Where a code name's next word opens, on its capital. */
    private static final Pattern CODE_NAME_WORD = Pattern.compile("(?<=[\\p{Ll}\\p{N}])(?=\\p{Lu})");
    /** The order time as a filter writes it: "order_ts", "order date", "created_at". */
    private static final String TIME_COLUMN = "(?:order[_ ]?(?:ts|date|time(?:stamp)?)|date|created[_ ]?at)";
    /**
     * "order_ts >= '2025-11-27' && order_ts < '2025-12-02'": the order time between two bounds, as a filter writes
     * them; a strict bound leaves its own day out.
     */
    private static final Pattern TIME_BOUNDS = Pattern.compile("(?i)\\b" + TIME_COLUMN + "\\s*(>=?|=>)\\s*'?"
            + "(\\d{4}-\\d{2}-\\d{2})'?\\s*(?:&&|and|,)\\s*" + TIME_COLUMN + "\\s*(<=?|=<)\\s*'?"
            + "(\\d{4}-\\d{2}-\\d{2})'?");
    /**
     * "2025-11-17 ≤ order date < 2025-12-15", "order date ∈ [2025-09-08, 2025-09-19]": the order time between two
     * bounds, as a formula writes them; a strict bound or an open bracket leaves its own day out.
     */
    private static final Pattern FORMULA_BOUNDS = Pattern.compile("(?i)(\\d{4}-\\d{2}-\\d{2})\\s*(<=?|\u2264)\\s*"
            + TIME_COLUMN + "\\s*(<=?|\u2264)\\s*(\\d{4}-\\d{2}-\\d{2})|(?:" + TIME_COLUMN + "\\s*)?\u2208\\s*([\\[(])"
            + "\\s*(\\d{4}-\\d{2}-\\d{2})\\s*,\\s*(\\d{4}-\\d{2}-\\d{2})\\s*([\\])])"
            + "(?:,?\\s*both\\s+ends\\s+inclusive)?");
    /**
     * "late flag FALSE", "is_late == false", "with the late flag true": a yes/no column set to one of its answers;
     * "delivered with late flag false" is delivered and not late.
     */
    private static final Pattern FLAG_SET = Pattern.compile("(?i)(?:\\b(with)\\s+(?:the\\s+|a\\s+)?)?\\b(?:is[_ ])?"
            + "(\\p{L}+)(?:[\\s_]+flag\\s*(?:={1,3}|:|\\s+is|\\s+set\\s+to)?|\\s*(?:={1,3}|:)|\\s+is)\\s*"
            + "(true|false)\\b");
    /** "the city which have the most orders", "the carrier that had the fewest": which of them has the most. */
    private static final Pattern THE_ONE_WHICH = Pattern.compile("(?i)\\bthe\\s+(\\p{L}+)\\s+(?:which|that)\\s+"
            + "(?=(?:has|have|had|got|gets|get)\\s+(?:the\\s+)?(?:most|least|highest|lowest|fewest|biggest"
            + "|largest)\\b)");
    /** "the support ticket total is how many", "the refund amount was how much": the figure asked for, said first. */
    private static final Pattern TOTAL_IS_HOW_MANY = Pattern.compile("(?i)\\bthe\\s+((?:[\\p{L}-]+\\s+){1,3}?)"
            + "(?:total|count|number|amount|sum)\\s+(?:is|are|was|were)\\s+how\\s+(many|much)\\b");
    /** "how many days until the order arrives", "days till the parcel is delivered": the days an order takes. */
    private static final Pattern DAYS_UNTIL_ARRIVAL = Pattern.compile("(?i)\\bdays?\\s+(?:until|till|before)\\s+"
            + "(?:the\\s+|an?\\s+|my\\s+|their\\s+|its\\s+)?(?:orders?|parcels?|packages?|items?|shipments?"
            + "|it|they)\\s+"
            + "(?:arrives?|arrived|(?:is|are|gets?|get)\\s+delivered|reach(?:es)?)\\b");
    /**
     * "As at today, how many orders are still pending?": where things stand now, over every order so far, not the
     * orders placed today.
     */
    private static final Pattern AS_AT_NOW = Pattern.compile("(?i)\\bas\\s+(?:at|of)\\s+(?:today|now|right\\s+now"
            + "|this\\s+moment)\\b,?");
    /** Words between an order and how it was paid: "orders paid by Klarna", "settled via gift card". */
    private static final Set<String> PAID_VIA = Set.of("paid", "settled", "by", "via", "using");
    /** "I'm sizing pack quantities": the verb, not the return reason "sizing" names. */
    private static final Pattern SIZING_VERB = Pattern.compile("(?i)\\b((?:i|we)(?:['\u2019](?:m|re)|\\s+am"
            + "|\\s+are))\\s+sizing\\b");
    /** "folks at home", "people working from home": listeners and staff, not the Home & Kitchen category. */
    private static final Pattern PEOPLE_AT_HOME = Pattern.compile("(?i)\\b(folks|people|listeners|viewers|everyone"
            + "|everybody|staff)\\s+(?:(?:working|stuck|sitting|listening)\\s+)?(?:at|from)\\s+home\\b");
    /** "From Monday, November third, right through to Sunday, December 28": the end of a range of days. */
    private static final Pattern THROUGH_TO = Pattern.compile("(?i)\\b(?:right\\s+)?(?:through|thru|all\\s+the\\s+way)"
            + "\\s+(?:to|until|till)\\b");
    /**
     * "Weekly status, w/c 22 Dec 2025: daily order count": the name of the report the figures go in, said as a
     * heading, which asks for no breakdown by week.
     */
    private static final Pattern REPORT_HEADING = Pattern.compile("(?i)(^\\W*|[.!?]\\s+)(?:daily|weekly|monthly"
            + "|quarterly|annual|yearly)\\s+(?:status|report|review|update|sync|newsletter|digest|stand-?up|check-?in"
            + "|huddle|briefing|ops\\s+log)(?:\\s+(?:update|report|note|call))?\\s*(?=[,:\u2013-])");
    /**
     * "for tomorrow's show", "in today's stand-up", "for next year's calendar": when the figures are used, not a time
     * they cover ("last month's review" may be of last month).
     */
    private static final Pattern DAY_OF_USE = Pattern.compile("(?i)\\b(?:tomorrow|today|tonight|(?:next|coming)\\s+"
            + "(?:week|month|quarter|year))['\u2019]s\\s+(?=(?:show|meeting|call|broadcast|episode"
            + "|segment|programme|program|review|stand-?up|briefing|deck|presentation|huddle|session|class|lecture"
            + "|board|sync|update|calendar|plan|planning|budget|roadmap|schedule|rota)\\b)");
    /** "Monday the 24th through Sunday the 30th of November": the days of the month, their weekdays said too. */
    private static final Pattern WEEKDAY_THE_NTH = Pattern.compile("(?i)\\b(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*"
            + "\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");
    /**
     * "across the whole book", "the rest of the book": every policy an insurer holds, here every order, not the Books
     * category.
     */
    private static final Pattern WHOLE_BOOK = Pattern.compile("(?i),?\\s*(?:across|over|for|in)\\s+the\\s+(?:whole"
            + "|entire)\\s+book\\b|(?<=\\brest)\\s+of\\s+the\\s+book\\b");
    /** "by customers in the VIP segment": the segment's customers, who placed the orders, not a breakdown by them. */
    private static final Pattern CUSTOMERS_IN_SEGMENT = Pattern.compile("(?i)\\b(customers|buyers|shoppers)\\s+(?:in"
            + "|from|of)\\s+the\\s+(\\p{L}+)\\s+(?:customer\\s+)?segment\\b");
    /** "Let 'Late Delivery' mean a delivery made after the promised date.": a term the model knows, defined. */
    private static final Pattern LET_MEAN = Pattern.compile("(?i)^\\s*let\\s+['\"\u2018\u201c]?"
            + "([^'\"\u2019\u201d]{1,40}?)['\"\u2019\u201d]?\\s+(?:mean|be|denote|refer\\s+to|stand\\s+for)\\b");
    /**
     * "the orders per status, how many were delivered, shipped, cancelled and so on": after a breakdown, values listed
     * as examples of every one there is, which say no rows ("refunds for defective, damaged etc." still says which).
     */
    private static final Pattern EXAMPLES_LISTED = Pattern.compile("(?i)(\\b(?:per|by|each)\\s+\\p{L}+\\s*[,:]"
            + "[^,.?!:]{0,30}?)(?:\\b[\\p{L}-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){1,6}[\\p{L}-]+\\s*,?\\s*(?:and\\s+so"
            + "\\s+on|and\\s+so\\s+forth|etc\\.?|and\\s+the\\s+like)(?![\\p{L}])");
    /** "May upto July 2025", "from March up to June": the end of a range of months. */
    private static final Pattern UP_TO_MONTH = Pattern.compile("(?i)\\bup\\s*to\\b(?=\\s+" + "(?:jan|feb|mar|apr|may"
            + "|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\b)");
    /** "starting with the region having the most", "beginning with the biggest": the order to list them in. */
    private static final Pattern STARTING_WITH_MOST = Pattern.compile("(?i),?\\s*(?:starting|beginning)\\s+"
            + "(?:with|from)\\s+(?:the\\s+)?(?:\\p{L}+\\s+(?:having|with)\\s+the\\s+)?(?:most|highest|biggest|largest|top)\\b");
    /** "Kindly assist with the support tickets per region": a request for them, not orders that had them. */
    private static final Pattern ASSIST_WITH = Pattern.compile("(?i)\\b(?:assist|help)\\s+(?:me\\s+|us\\s+)?with\\b");
    /** "late-delivery frequency", "return frequency": how often, over the orders, which the rate says. */
    private static final Pattern FREQUENCY_AS_RATE = Pattern.compile("(?i)\\b(late[-\\s]+deliver(?:y|ies)|returns?"
            + "|cancellations?)\\s+frequency\\b");
    /** "during the Spring Refresh event window": the event's days ("the refund window" is a policy's). */
    private static final Pattern EVENT_WINDOW = Pattern.compile("(?i)\\b(?:event|sale|promo(?:tion)?)\\s+window\\b");
    /** "Both of them please": a figure for each of the two. */
    private static final Pattern BOTH_OF_THEM = Pattern.compile("(?i)\\bboth\\s+of\\s+(?:them|those|these)\\b");
    /** "Σ quantity", "∑ refunds": the sum of it, in a formula's sign. */
    private static final Pattern SUM_SIGN = Pattern.compile("[\u03a3\u2211]\\s*");
    /** "Only count orders where a refund went out", "only include those with…": which rows, not a count asked. */
    private static final Pattern ONLY_COUNT = Pattern.compile("(?i)\\bonly\\s+(?:count|include|consider|take)\\s+"
            + "(?=(?:the\\s+)?(?:orders?|ones|those)\\b)");
    /** "the firm's revenue", "the company's orders": the business asking, as "our" says it. */
    private static final Pattern THE_FIRM = Pattern.compile("(?i)\\bthe\\s+(?:firm|company|retailer|merchant)"
            + "(['\u2019]s)?(?![\\p{L}-])");
    /** "oldest first", "earliest one first": the order a time series is listed in anyway. */
    private static final Pattern OLDEST_FIRST = Pattern.compile("(?i),?\\s*\\b(?:oldest|earliest)\\s+(?:ones?\\s+)?"
            + "first\\b");
    /** "take out anything that came through the marketplace": the channel it came through, left out. */
    private static final Pattern ANYTHING_THROUGH = Pattern.compile("(?i)\\b(?:anything|everything|whatever)\\s+"
            + "(?:that\\s+|which\\s+)?(?:came|comes|come|went|goes|go)\\s+(?:in\\s+)?(?:through|via|from|by)\\s+");
    /** "the rest of the league", "the rest of the field": the other values, together. */
    private static final Pattern REST_OF_THE_FIELD = Pattern.compile("(?i)\\bthe\\s+rest\\s+of\\s+the\\s+(?:league"
            + "|field|pack|table|bunch|lot)\\b");
    /** "with the Nimbus X2 earbuds left out", "FedEx set aside": what they follow, excluded. */
    private static final Pattern PUT_ASIDE = Pattern.compile("(?i)\\b(?:(?:left|kept|held|taken|stripped|filtered"
            + "|carved)\\s+out|(?:set|put|left|kept)\\s+aside)\\b");
    /** "head-to-head on revenue": the two compared. */
    private static final Pattern HEAD_TO_HEAD = Pattern.compile("(?i)\\bhead[-\\s]+to[-\\s]+head\\b");
    /** "the league table for categories": a ranking. */
    private static final Pattern LEAGUE_TABLE = Pattern.compile("(?i)\\bleague\\s+tables?\\b");
    /** "from the top of the table down to the bottom": best first. */
    private static final Pattern TOP_TO_BOTTOM = Pattern.compile("(?i)\\bfrom\\s+the\\s+top(?:\\s+of\\s+the\\s+table)?"
            + "\\s+(?:down\\s+)?to\\s+the\\s+bottom\\b");
    /** "big-ticket orders": expensive ones, an idiom with no support ticket in it. */
    private static final Pattern BIG_TICKET = Pattern.compile("(?i)\\bbig[- ]ticket\\b");
    /** Three letters or more said one by one, as dictated: "u s p s" is "usps", "d h l" is "dhl". */
    private static final Pattern SPELLED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{L}(?:[ .]\\p{L}){2,}"
            + "(?![\\p{L}\\p{N}])");
    /** "from July 2025 onwards", "Q3 onward": a period that starts then and runs on, as "since" says. */
    private static final Pattern ONWARDS = Pattern.compile("(?i)\\b(?:from|starting(?:\\s+from)?)\\s+"
            + "([\\p{L}\\p{N}][\\p{L}\\p{N} ,./-]{0,30}?)\\s+onwards?\\b");
    /** Words asking for a figure at the start of a clause: "and what revenue", "and how much revenue". */
    private static final Set<String> FIGURE_QUESTION_WORDS = Set.of("what", "how", "much", "many");
    /** The words between "what" and the figure it asks for: "what was our", "what were the total". */
    private static final Set<String> QUESTION_LINKS = Set.of("was", "is", "were", "are", "our", "the", "my", "total",
            "overall");
    /** Comparisons said in one word, before their number: "over 5", where "more than 5" takes two. */
    private static final Set<String> ONE_WORD_COMPARISONS = Set.of("above", "over", "below", "under", "exceeding",
            "exceeds", "exceed", "exceeded");
    /** At most this many words from "and what" to a second figure still ask for it: "and how much did we give
     * away in". */
    private static final int CLAUSE_BEFORE_FIGURE = 7;
    /** A figure asked for in a clause of its own after a comma: "how many orders did we take, what revenue…". */
    private static final Pattern FIGURE_CLAUSE = Pattern.compile("(?i),\\s+(?=(?:what|how\\s+(?:much|many))\\b)");
    private static final Pattern FIGURE_ASKED = Pattern.compile("(?i)\\b(?:what|how\\s+(?:much|many))\\b");
    /** "our 5 biggest spenders": the customers who spent the most, ranked by what they spent. */
    private static final Pattern SPENDERS = Pattern.compile("(?i)\\bspenders\\b");
    /** Words ending a question that point back at the answer before: "what share of revenue was that". */
    private static final Set<String> POINTERS_BACK = Set.of("that", "this", "it");
    /** Verbs that change an answer already given: "restrict that to…", "break it down by…". */
    private static final Set<String> RESHAPING_VERBS = Set.of("restrict", "limit", "narrow", "filter", "break", "split",
            "redo", "repeat", "rerun", "sort", "rank", "cut", "slice");
    /** Words that say a figure is an amount of money without saying which: "how much money did we refund". */
    private static final Set<String> GENERIC_MONEY = Set.of("money", "cash", "dollars");
    /** "Cyber Week": the week, Monday to Sunday, that Cyber Monday starts. */
    private static final Pattern CYBER_WEEK = Pattern.compile("(?i)\\bcyber\\s+week\\b");
    /** "cyber mon": Cyber Monday as typed in a hurry. */
    private static final Pattern CYBER_MON = Pattern.compile("(?i)\\bcyber\\s*mon(?:day)?\\b");
    /** "at this point", "at the moment": now, which says nothing of the rows. */
    private static final Pattern AT_THIS_POINT = Pattern.compile("(?i)\\bat\\s+(?:this|that)\\s+(?:point|stage)\\b"
            + "|\\bat\\s+the\\s+moment\\b");
    /** "the last fortnight", "a fortnight": two weeks, as said in British English. */
    private static final Pattern FORTNIGHT = Pattern.compile("(?i)\\b(?:a\\s+)?fortnight\\b");
    /** "monday to sunday", "mon-sun": every day of the week, in their order, and no day in particular. */
    private static final Pattern WHOLE_WEEK = Pattern.compile("(?i)\\b(?:monday|mon)\\s*(?:to|through|thru|till|until"
            + "|-|\u2013)\\s*(?:sunday|sun)\\b(?!\\s*\\d)");
    /** "what share did each category account for", "make up": verbs of a part's share, which the share cue says. */
    private static final Pattern SHARE_VERB = Pattern.compile("(?i)\\b(?:account(?:s|ed)?\\s+for|(?:make|makes|made)"
            + "\\s+up)\\b");
    /**
     * "q four", "q 4", "quarter 4", "semester 1", "half 2": a quarter or half as dictated or numbered (not "a quarter 4
     * orders long").
     */
    private static final Pattern SPOKEN_PART = Pattern.compile("(?i)\\b(?:(q|quarter)|h|half|semester)\\s+"
            + "(one|two|three|four|[1-4])\\b(?!\\s*(?:%|percent|orders?|days?|weeks?|months?|units?|items?)\\b)");
    /**
     * "last mo", "3 mos": the month, shortened; alone "mo" stays a word (a state's code), so it is read as the month
     * only after a word that counts or points at periods.
     */
    private static final Pattern SHORT_MONTH = Pattern.compile("(?i)\\b(last|this|past|prev|previous|next|per|a|each"
            + "|that|same|\\d+)\\s+mo(s?)\\b");
    private static final Pattern OPENING_BRACKET = Pattern.compile("\\(");
    /** Conditions saying that rows have something: "with a discount" (over 0), "with a note", "late". */
    private static final Set<Filter.Op> HAVING = Set.of(Filter.Op.GT, Filter.Op.PRESENT, Filter.Op.TRUE);
    /** Bounds on a number that pick one group of rows, set against the others: "5 or more items vs smaller ones". */
    private static final Set<Filter.Op> BOUNDS = Set.of(Filter.Op.GE, Filter.Op.LT, Filter.Op.LE);
    /** Words naming the rows on the other side of a bound: "vs smaller ones", "vs the cheaper orders". */
    private static final Set<String> COMPARATIVE_SIDES = Set.of("smaller", "bigger", "larger", "cheaper", "pricier",
            "costlier", "fewer", "shorter", "longer", "lower", "higher");
    /** Conditions saying that rows lack something: "with free shipping" (none), "never shipped", "on time". */
    private static final Set<Filter.Op> LACKING = Set.of(Filter.Op.NONE, Filter.Op.ABSENT, Filter.Op.FALSE);
    /** Verbs of paying after the entities who pay: "customers spend", "buyers paid". */
    private static final Set<String> SPEND_VERBS = Set.of("spend", "spends", "spent", "pay", "pays", "paid");
    /** Words for people that a comparison no column takes may say something of: "people over 65". */
    private static final Set<String> PEOPLE = Set.of("people", "folks", "persons", "users", "adults", "seniors");
    /** How many words from a compare cue a value it compares may be: "Boston vs New York". */
    private static final int COMPARE_REACH = 2;
    /** Words before "else" that mean all the other rows: "everyone else", "everything else". */
    private static final Set<String> EVERYONE = Set.of("everyone", "everybody", "everything", "anyone", "anything",
            "everywhere", "anywhere");
    /** Prepositions between a judgement and the figure it ranks: "worst on late deliveries". */
    private static final Set<String> RANKED_ON = Set.of("on", "for", "at", "in");
    /** Words before an entity that count it rather than name each one: "more orders", "the most customers". */
    private static final Set<String> COUNTED_AFTER = Set.of("more", "most", "fewer", "fewest", "less", "least");
    /** Words before a figure that would take it from the one asked for: "revenue excluding shipping fees". */
    private static final Set<String> TAKEN_AWAY_BY = Set.of("excluding", "exclude", "ex", "excl");
    /** Why the whole set beside one group is not used: the query form sets a group against the rest only. */
    private static final String NOT_AGAINST_WHOLE = "the figures below are for the group named alone; one group set"
            + " against everything together is not something this query can say, so ask for the same figure without"
            + " the group to see the whole.";
    /** Words before "overall" that set it beside a group: "above or below overall", "Miami and overall". */
    private static final Set<String> WHOLE_CUES = Set.of("above", "below", "than", "and", "beside", "with");
    private static final int WHOLE_REACH = 4;
    /** "the store-wide number", "the company-wide average": the whole, said of the business. */
    private static final Pattern BUSINESS_WIDE = Pattern.compile("(?i)\\b(?:the\\s+)?(?:store|company|site|business"
            + "|shop)[- ]?wide(?:\\s+(?:number|figure|average|one|total|rate|level))?\\b");
    /** Why a figure said per so many orders is given as it is: only a rate or an average per order can be. */
    private static final String NOT_PER_ORDERS = "only a rate or an average per order can be said per so many orders,"
            + " so the figure below is given as it is.";
    /** Why a figure to take away is not used: the model has no metric that is the one less the other. */
    static final String NOT_SUBTRACTED = "the model has no figure that takes it away, so the figures below still"
            + " include it.";
    /** Words that take one figure from another: "revenue minus refunds", "once refunds are taken off". */
    private static final Set<String> SUBTRACTION_CUES = Set.of("minus", "less", "deducting", "deducted", "subtracting",
            "subtracted", "take", "taken", "taking", "net");
    /** How far after the figure taken away its cue may come: "refunds are taken off". */
    private static final int SUBTRACTED_REACH = 3;
    /** Words keeping only some rows: "only late deliveries", "restricted to deliveries that arrived late". */
    private static final Set<String> NARROWED_BY = Set.of("only", "just", "restricted", "limited", "solely");
    /** How far before the rows such a word may come: "restricted to deliveries that arrived late". */
    private static final int NARROWED_REACH = 5;
    /** Words between a negation and the period it leaves out: "without the day of the outage", "not in 2025". */
    /** Words between a figure and the period it is asked for: "revenue in 2025", "refunds for Q4". */
    private static final Set<String> FIGURE_PERIOD_LEADS = Set.of("in", "for", "during", "over", "on");
    private static final Set<String> PERIOD_LEAD_INS = Set.of("the", "day", "of", "from", "in", "on", "during");
    /** Words after "all" and a column that take every value of it: "all payment types included". */
    private static final Set<String> WHOLE_AFTER = Set.of("included", "including", "combined", "together");
    /** Words before "of" and a column that take every value of it: "regardless of carrier". */
    private static final Set<String> UNRESTRICTED_BY = Set.of("regardless", "irrespective");
    /** Words after a phrase that leave it out: "FedEx excluded". */
    private static final Set<String> LEFT_OUT_AFTER = Set.of("excluded", "exclude", "excluding", "aside");
    /** Scores of other things than the review score: "health score", "risk score". */
    private static final Set<String> OTHER_SCORES = Set.of("health", "credit", "risk", "fraud", "loyalty",
            "engagement", "nps", "promoter", "churn", "sentiment", "propensity");
    /** Things called credit that are no payment by credit card: "credit notes", "credit limit". */
    private static final Set<String> OTHER_CREDITS = Set.of("note", "notes", "memo", "memos", "limit", "limits",
            "score", "scores", "line", "lines", "rating");
    /** Words after "not" that leave the phrase before out: "cancelled orders shouldn't count". */
    private static final Set<String> COUNTED_IN = Set.of("count", "counted", "included", "include");
    private static final int NEGATION_AFTER_REACH = 4;
    /** Words between a phrase and its being left out: "cancelled ones should not be counted". */
    private static final Set<String> BEFORE_LEFT_OUT = Set.of("should", "must", "will", "are", "is", "to", "being",
            "ones", "one");
    /** Words that give examples of what a breakdown holds: "like 1 item, 2 item", "such as", "e.g.". */
    private static final Set<String> EXAMPLE_CUES = Set.of("like", "such", "eg", "e", "example", "examples");
    private static final int EXAMPLE_REACH = 6;
    /** Words that lead into a breakdown by a column of whole numbers: "per number of support tickets". */
    private static final Set<String> WHOLE_NUMBER_BREAKDOWN_CUES = Set.of("by", "per", "each", "every");
    /**
     * Where one sentence of a question ends and the next begins: "…statements. Total refunded…", "…last quarter's
     * orders - how many…", "…an idea floating around and i got asked, like, how many…", "…than consumers, so could
     * you give me…"; not after an abbreviation ("quarter by quarter (i.e. after refunds)").
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.?!;:])"
            + "(?<!(?i:\\bi\\.e\\.|\\be\\.g\\.|\\betc\\.|\\bvs\\.|\\bapprox\\.|\\bnos?\\.))\\s+"
            + "|\\s+(?:--?|[\u2013\u2014])\\s+"
            + "|(?i),?\\s+so\\s+(?=(?:could|can|would|will)\\s+(?:you|u)\\b)"
            + "|(?i),?\\s+(?:and|so)\\s+(?:i|we)\\s*(?:'ve|\u2019ve|have)?\\s+(?:got|was|were|been|am|are)\\s+asked"
            + "(?:\\s+to\\s+find\\s+out)?\\b[,:]?\\s*(?:like,?\\s+)?");
    /** A number with a bound before it: "more than 5", "over $1,000", "at least 3". */
    private static final Pattern BOUND_NUMBER = Pattern.compile("(?i)\\b(?:more|fewer|less|greater|higher|lower)\\s+"
            + "than\\s+\\$?\\d|\\b(?:over|under|above|below|at\\s+least|at\\s+most)\\s+\\$?\\d");
    /**
     * "Loss ratio by category, meaning refunds as a percentage of revenue": a term said with what it means, after a
     * comma; the term is read as its meaning.
     */
    /** Words of how a figure is worked out: "returned orders as a proportion of orders delivered". */
    private static final Set<String> WORKED_OUT = Set.of("proportion", "percentage", "share", "ratio", "fraction",
            "divided", "over", "per", "average", "mean", "sum", "total");
    private static final Pattern DEFINED_AS = Pattern.compile("(?i),\\s*(?:meaning|i\\.e\\.,?"
            + "|that\\s+is(?:\\s+to\\s+say)?,|defined\\s+as|by\\s+which\\s+(?:i|we)\\s+mean"
            + "|which\\s+(?:i|we)\\s+define\\s+as)\\s+");
    /** "like the average number of…", "i.e. …", "I mean …": the opening of a sentence that says the last one again. */
    private static final Pattern RESTATED = Pattern.compile("(?i)\\s*(?:like|i\\.?e\\.?|i\\s+mean|meaning|specifically"
            + "|in\\s+other\\s+words|that\\s+is|basically)\\b[,:]?");
    /** A sentence that opens with who is speaking: "I'm…", "we've been…", "I'd like…". */
    private static final Pattern SPEAKER_FIRST = Pattern.compile("(?i)\\s*(?:i|we)(?:['\u2019](?:m|re|ve|d|ll))?\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!;:]+$");
    /**
     * Where a sentence turns to why it is asked: "…for each quarter of 2025, so that I can show how the year built
     * up", "…highest to lowest so the outlier is obvious", "…because the board asked", "…, that I may set the one
     * beside the other", "…, treating a customer as active if…".
     */
    private static final Pattern PURPOSE = Pattern.compile("(?i),?\\s+(?:so\\s+that|so\\s+(?:i|we|they|the|it)"
            + "|in\\s+order\\s+to|because|as\\s+(?:i|we)\\s+(?:need|want|have|am|are|will)"
            + "|that\\s+(?:i|we)\\s+(?:may|might))\\b"
            + "|,\\s*(?:i|we)\\s+(?:want|need|would\\s+like|wanna)\\s+to\\s+(?:see|know|understand|check|show)\\b"
            + "|,\\s*(?:treating|defining)\\b"
            + "|,\\s*to\\s+(?:check|verify|confirm|make\\s+sure|validate|ensure)\\b");
    /** "need them", "want the figures": what the figures are wanted for follows. */
    private static final String NEED_THEM = "(?:need|want|will\\s+need)\\s+(?:it|them|this|these|those|that"
            + "|the\\s+(?:figures?|numbers?))\\s+";
    /** "I need them for the meeting of tomorrow", "we need these by Friday": what the figures are wanted for. */
    private static final Pattern NEEDED_FOR = Pattern.compile("(?i)\\s*(?:i|we)(?:['\u2019]ll)?\\s+" + NEED_THEM
            + "(?:for|by|before|in)\\b");
    /** "daily order counts for christmas week, need them for next year's rota": the same, said after the request. */
    private static final Pattern NEEDED_AFTER = Pattern.compile("(?i),\\s*(?:(?:i|we)(?:['\u2019]ll)?\\s+)?" + NEED_THEM
            + "(?:for|by|before)\\b");
    /**
     * "For the trend line on the risk slide, I need …", "For Exhibit 1 of the case, report …", "To illustrate
     * seasonality, tabulate …", "To set the RAG rating I need …": a sentence opening on what it is for, then asking.
     */
    private static final Pattern LEADING_PURPOSE = Pattern.compile("(?i)^(for\\s+"
            + "(?:(?:the|our|my|a|an|this)\\s+[^,]{1,60}?"
            + "|(?:exhibit|slide|table|figure|chart|page|section|appendix)\\s+[\\p{L}\\p{N}]+[^,]{0,60}?))"
            + "(?:,\\s*|\\s+(?=(?:i|we)\\s+(?:need|want|would\\s+like|have\\s+to\\s+show)\\b))"
            + "|^(to\\s+(?:illustrate|show|demonstrate|support|explain|understand|assess|gauge|make\\s+the\\s+case"
            + "|set|update|fill\\s+in|complete|prepare|finish|decide|score|rate)"
            + "\\s+[^,]{1,60}?)(?:,\\s*|\\s+(?=(?:i|we)\\s+(?:need|want|would\\s+like)\\b))");
    /**
     * "Before I sign off next year's budget, what share…": a clause opening a sentence on what the asker or the
     * business is doing, before the question; its period is when they do it, not one the figures cover ("since we…",
     * "when we…" may say which days are asked about, and are read).
     */
    private static final Pattern LEADING_CLAUSE = Pattern.compile("(?i)^\\s*((?:before|while|as|because|although"
            + "|though|now\\s+that|given\\s+that)\\s+(?:i|we|you|they|my|our|the\\s+board)\\b[^,]{1,80}),\\s*");
    /**
     * "the average order value (the \"ticket medio\")", "net revenue (already discounting the refunds)": words in
     * brackets or quotes that gloss what was just said.
     */
    private static final Pattern ASIDE = Pattern.compile("\\s*(?:\\(([^()]{1,80})\\)|\"([^\"]{1,60})\")");
    /** The last word of a text, and the space after it. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s*$");
    /**
     * "Lord have mercy, how many orders…", "Bless you all, what was…": up to four words before a comma and a
     * question, set aside when they name nothing the data holds (a longer clause may be what is asked about: "i am
     * nervous in new job, what i should do…").
     */
    private static final Pattern OPENING_REMARK = Pattern.compile("^\\s*((?:[\\p{L}'\u2019]+\\s+){0,3}"
            + "[\\p{L}'\u2019]+),\\s*(?=(?i:how|what|which|who|when|where|can|could|would|will|do|does|did|is|are"
            + "|was|were|give|show|tell|list|please|pls)\\b)");
    /**
     * "The VP of Operations wants to know …", "The director asks for …", "Maria would like to see …": who the question
     * is passed on from, before it; a question word or a relative clause ("the customers who asked for …") is no one.
     */
    private static final Pattern RELAYED_FROM = Pattern.compile("^\\s*((?:(?i:the|my|our)\\s+|(?!(?i:what|which|how"
            + "|who|when|where|why|show|list|give|did|does|do|is|are|was|were|can|could)\\b)[A-Z][a-z]+\\s+)"
            + "(?:(?!(?i:who|that|which)\\b)[\\w'\u2019&-]+\\s+){0,5}?(?i:wants|wanted|would\\s+like|['\u2019]d\\s+like"
            + "|would\\s+love|asks|asked|is\\s+asking|has\\s+asked|needs|requests|requested)(?:\\s+(?i:to\\s+(?:know"
            + "|see|have|get|understand|find\\s+out)|me\\s+to\\s+(?:pull|get|find|check|send)))?(?:\\s+(?i:for|about"
            + "|whether|if))?)\\s+");
    /**
     * "Orders for each of those cities?", "what was their return rate": a question about values a sentence before it
     * named.
     */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:those|these|their|(?:down|up|over|out)"
            + "\\s+there)\\b");
    /** "what was that", "how much is it": a question asking for a figure named before it. */
    private static final Pattern REFERS_BACK = Pattern.compile("(?i)^\\W*(?:and\\s+|so\\s+)?(?:what|how\\s+much)"
            + "\\s+(?:was|is|were|are|'s)\\s+(?:that|it|this)\\b");
    /** "the November business review": a review of the business, never of its business customers. */
    private static final Pattern BUSINESS_REVIEW = Pattern.compile("(?i)\\bbusiness\\s+(?=reviews?\\b)");
    /**
     * "swap carrier for region", "now replace Electronics with Toys": asked of the last answer, the second in place of
     * the first ("orders where we had to replace the item" is no such request).
     */
    private static final Pattern SWAP = Pattern.compile("(?i)^\\W*(?:(?:please|pls|now|ok|okay|and|then|can\\s+you)"
            + "\\s+)*(?:swap|switch|replace|exchange|substitute)\\s+(?:out\\s+)?(?:the\\s+)?(\\p{L}+(?:\\s+\\p{L}+)??)"
            + "\\s+(?:for|with|to|by)\\s+(?:the\\s+)?(\\p{L}+)\\b");
    /**
     * "from order placed until delivered", "from customer place order until delivered", "from the order until the
     * delivery": from order to delivery.
     */
    private static final Pattern ORDER_UNTIL_DELIVERED = Pattern.compile(FROM_THE + "(?:" + ORDER_PLACED
            + "|purchase|places?\\s+(?:the\\s+|an?\\s+)?order|placing\\s+(?:the\\s+|an?\\s+)?order)" + UNTIL
            + "(?:it\\s+(?:is\\s+)?|the\\s+)?(?:delivered|delivery|arrival|arrives)\\b");
    /** "from the order data", "in the orders table": where the figures come from, not a figure of orders. */
    private static final Pattern ORDER_DATA = Pattern.compile("(?i)\\s*\\b(?:from|in|using|per|across|over)\\s+"
            + "(?:the\\s+|our\\s+)?(?:whole\\s+|entire\\s+|full\\s+)?orders?\\s+"
            + "(?:data|table|database|records|dataset)\\b");
    /**
     * "The return rate … is requested", "… is to be compared with that of …", "is to be stated": a request in the
     * passive, which asks for the figure named before it.
     */
    private static final Pattern PASSIVE_REQUEST = Pattern.compile("(?i)\\s+(?:is|are)\\s+(?:(?:hereby\\s+)?requested"
            + "|required|needed|wanted|to\\s+be\\s+(?:stated|given|provided|reported|shown|calculated|computed|listed"
            + "|determined|counted))\\b|\\s+(?:is|are)\\s+to\\s+be\\s+(?=compared\\b)");
    /**
     * "over the full period covered by the data", "over the full two-year period of the data": every day the data
     * holds, which no period says too.
     */
    private static final Pattern WHOLE_PERIOD = Pattern.compile("(?i),?\\s*(?:over|across|for)\\s+the\\s+(?:full|whole"
            + "|entire)\\s+(?:[\\p{L}\\p{N}]+-(?:year|month)\\s+)?period\\s+(?:covered\\s+by|of)\\s+the\\s+data\\b");
    /** A month's name, as a pattern: "Nov", "november", "Sept.". */
    private static final String MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?";
    /**
     * "08 SEP 25", "19 Sep 25 -": a day, a month and a year of two digits, as reports write a date; the two digits
     * end the date (before a range word or a stop), so "5 May 25 orders" keeps its 25 orders.
     */
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+(" + MONTH_NAME
            + ")\\s+(\\d{2})(?=\\s*(?:$|[.,;:)\\-\u2013]|(?:to|thru"
            + "|through|until|till|and)\\b))");
    /**
     * A day of a month written with a word before or after it that may be its month, each word a group: "Nov 24", "22
     * Dec", "the 8th of September", "1 Jun".
     */
    private static final String DAY_OF_MONTH = "(?:(\\p{L}{3,9})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(\\p{L}{3,9})\\.?)";
    /**
     * "Mon Nov 24 - Sun Nov 30", "22 Dec – 28 Dec", "1 Jun–15 Aug 2025": two days with a dash between them are the
     * days from one to the other, not two days set side by side nor two sentences.
     */
    private static final Pattern DASHED_DAYS = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + DAY_OF_MONTH
            + "(?:,?\\s+20\\d{2})?)\\s*[-\u2013\u2014]\\s*(?=(?:" + WEEKDAY_NAME + ",?\\s+)?" + DAY_OF_MONTH
            + "(?![\\p{L}\\d]))");
    /** The groups of {@link #DASHED_DAYS}: the first day, and the word before or after each day that is its month. */
    private static final int FIRST_DAY = 1;
    private static final int FIRST_MONTH_BEFORE = 2;
    private static final int FIRST_MONTH_AFTER = 3;
    private static final int SECOND_MONTH_BEFORE = 4;
    private static final int SECOND_MONTH_AFTER = 5;
    /**
     * "the eight weeks from Monday November 3 through Sunday December 28": the length and the days of the week said
     * beside the dates of a range, which the dates already say ("the 10 days from June 3" keeps its length).
     */
    private static final Pattern RANGE_SAID_TWICE = Pattern.compile("(?i)\\b(?:for\\s+)?(?:the\\s+)?(?:\\d{1,2}|two|three"
            + "|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:days|weeks|months)\\s+(?=from\\b[^.?!;]*?\\b(?:to|through"
            + "|thru|until|till)\\b)|(?<!cyber\\s)"
            + "(?<!black\\s)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?=" + MONTH_NAME + "\\s+\\d)");
    /** "H1 2025 (January until June)", "q4 (oct-dec)": the months of a quarter or half, said again in brackets. */
    private static final Pattern PART_MONTHS_AGAIN = Pattern.compile("(?i)(\\b[qh][1-4](?:\\s+20\\d{2})?)\\s*"
            + "\\((?=[^()]*\\b" + MONTH_NAME + ")[^()]{1,40}\\)");
    /** "Black Friday week (W/C MON 24 NOV 25)": the dates of a named week, said again in brackets after it. */
    private static final Pattern WEEK_DATES_AGAIN = Pattern.compile("(?i)(?<=\\bweek)\\s*\\((?=[^()]*\\d)"
            + "[^()]{1,40}\\)");
    /**
     * "during the May-July 2025 defect window": what the months were called, after them; the months say the period,
     * and "defect" is no return reason here.
     */
    private static final Pattern WINDOW_AFTER_DATES = Pattern.compile("(?i)(\\b" + MONTH_NAME + "\\s*(?:[-\u2013]|to)"
            + "\\s*" + MONTH_NAME + "\\s+20\\d{2})\\s+(?:defect|recall|battery|outage|hurricane|incident|promo|sale)"
            + "\\s+(?:window|period)\\b");
    /** "how much revenue did it book": the verb, which the category "Books" would otherwise take. */
    private static final Pattern BOOK_VERB = Pattern.compile("(?i)\\b((?:did|does|do|will|would)\\s+(?:it|they|we|that"
            + "|this|those|these))\\s+book\\b");
    /** "orders comprising five or more units": orders with them. */
    private static final Pattern COMPRISING = Pattern.compile("(?i)\\b(?:comprising|consisting\\s+of)\\b");
    /**
     * "Christmas week vs the week before (2025)", "… the week before, 2025": a year set apart after "before" or "after"
     * is the year the question is about, not the day the week counts back from.
     */
    private static final Pattern YEAR_SET_APART = Pattern.compile("(?i)\\b(before|after)\\s*(?:\\(\\s*((?:19|20)\\d{2})"
            + "\\s*\\)|,\\s*((?:19|20)\\d{2})\\b)");
    /** "since sales restarted on 1 September 2025", "since we launched in March": since the date said. */
    private static final Pattern SINCE_EVENT_ON = Pattern.compile("(?i)\\bsince\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}?"
            + "\\s+(?:on|in)\\s+(?=\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\b)");
    /**
     * "black friday 2024 and 2025", "black friday sales, 2024 and 2025", "Black Friday sales, 2024 against 2025": the
     * named day in each year.
     */
    private static final Pattern NAMED_DAY_YEARS = Pattern.compile("(?i)\\b(" + NamedDay.pattern()
            + ")((?:\\s+\\p{L}+){0,2}?)(?:\\s*,)?\\s+(20\\d\\d)\\s*(?:and|&|vs\\.?|versus|against|,)\\s*(20\\d\\d)\\b");
    /** "all other months", "all time", "the rest of the data": every day the data holds, set against one period. */
    private static final Pattern ALL_OTHER_TIMES = Pattern.compile("(?i)\\b(?:all\\s+(?:the\\s+)?other\\s+(?:months"
            + "|weeks|days|quarters|periods)(?!\\s+(?:of|in)\\b)|all\\s+time"
            + "|the\\s+rest\\s+of\\s+the\\s+(?:data|time))\\b");
    /** "only 14 march, that one day": the day said again, no length of time. */
    private static final Pattern THAT_ONE_DAY = Pattern.compile("(?i),?\\s*\\b(?:that|this|the)\\s+(?:one|single)"
            + "\\s+day\\b(?=\\W*$)");
    /** "keep an eye on how much…": an idiom of watching a figure, in one word. */
    private static final Pattern KEEP_AN_EYE = Pattern.compile("(?i)\\bkeep(?:ing)?\\s+(?:an|a\\s+close)\\s+eye"
            + "\\s+on\\b");
    /** "that week", "that sale": a time named in a sentence before. */
    private static final Pattern THAT_TIME = Pattern.compile("(?i)\\bthat\\s+(week|day|sale|promotion|promo|event"
            + "|outage|disruption|incident|period|window)\\b");
    private static final Pattern NAMED_TIME = Pattern.compile("(?i)\\b(?:" + NamedDay.pattern() + ")\\b");
    private static final int MAX_NAME_WORDS = 4;
    /** From this length a word in capitals is stressed rather than a name of its own. */
    private static final int SHOUTED_LENGTH = 5;
    /** Words that end a phrase named as unused: what follows them is another part of the question. */
    private static final Set<String> PHRASE_BREAKS = Set.of("in", "on", "at", "for", "by", "with", "and", "or", "during",
            "from", "to", "of", "vs", "versus");
    /** Words before "N stars", "N tickets" that make the number a value of the measure: "got a 1-star review". */
    private static final Set<String> COUNTED_BEFORE = Set.of("with", "a", "an", "got", "gave", "had", "rated");

    private final SemanticModel model;
    private final AnsweringVocabulary vocabulary;
    private final ValueCatalog catalog;
    private final PhraseMatcher<Meaning> lexicon = new PhraseMatcher<>();
    private final Map<String, Pattern> identifierPatterns = new LinkedHashMap<>();
    private final Pattern currencyAmount;
    /** "1000 $": the sign after the amount, as many languages write it. */
    private final Pattern trailingCurrency;
    /** "$50-$200", "$50–200": a range of amounts, which reading the dash as words would lose. */
    private final Pattern moneyRange;
    private final String currencySign;
    private final String currencyWord;
    /** The one-word names of a row, from the count metric's words: "order", "purchase", "parcel". */
    private final Set<String> rowNouns;
    /**
     * "customers who gave a 1-star score on at least one order": every row is an order, so a customer with a row has
     * one; the words narrow nothing.
     */
    private final Pattern atLeastOneRow;
    private final Optional<DataRange> range;

    QuestionParser(SemanticModelFile file, ValueCatalog catalog) {
        this(file, catalog, null);
    }

    /** @param range the days the data holds, which "all other months" and "all time" stand for; null when unknown */
    QuestionParser(SemanticModelFile file, ValueCatalog catalog, DataRange range) {
        this.range = Optional.ofNullable(range);
        this.model = file.model();
        this.vocabulary = file.vocabulary();
        this.catalog = catalog;
        for (Metric metric : model.metrics()) {
            Meaning word = new Meaning.MetricWord(metric.name());
            lexicon.add(metric.name(), word).add(metric.label(), word);
            metric.synonyms().forEach(synonym -> lexicon.add(synonym, word));
        }
        for (SemanticColumn column : model.columns()) {
            if (column.role() == ColumnRole.TEXT) {
                continue;
            }
            Meaning word = new Meaning.ColumnWord(column);
            lexicon.add(column.name(), word);
            column.synonyms().forEach(synonym -> lexicon.add(synonym, word));
            if (column.role() == ColumnRole.IDENTIFIER && !column.sampleValues().isEmpty()) {
                identifierPatterns.put(column.name(), identifierPattern(column.sampleValues().get(0)));
            }
        }
        vocabulary.presenceWords().forEach((column, words) ->
                words.forEach(word -> lexicon.add(word, new Meaning.PresenceWord(column, true))));
        vocabulary.absenceWords().forEach((column, words) ->
                words.forEach(word -> lexicon.add(word, new Meaning.PresenceWord(column, false))));
        vocabulary.unitWords().forEach((column, words) ->
                words.forEach(word -> lexicon.add(word, new Meaning.UnitWord(column))));
        String sign = model.currency().getSymbol(model.locale());
        String symbol = Pattern.quote(sign);
        this.currencyAmount = Pattern.compile(symbol + "\\s?(\\d+(?:\\.\\d+)?)");
        this.trailingCurrency = Pattern.compile("(?<![\\p{L}\\d.])(\\d+(?:\\.\\d+)?)\\s?" + symbol + "(?![\\d])");
        this.currencyWord = model.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
        this.currencySign = Matcher.quoteReplacement(sign);
        this.moneyRange = Pattern.compile(symbol + "\\s?(\\d+(?:\\.\\d+)?)\\s?[-\u2013]\\s?" + symbol
                + "?\\s?(\\d+(?:\\.\\d+)?)");
        vocabulary.grainWords().forEach((grain, words) -> {
            words.adjectives().forEach(word -> lexicon.add(word, new Meaning.GrainWord(grain, true)));
            words.nouns().forEach(word -> lexicon.add(word, new Meaning.GrainWord(grain, false)));
        });
        this.rowNouns = model.metric(vocabulary.countMetric()).stream()
                .flatMap(m -> Stream.concat(Stream.of(m.name(), m.label()), m.synonyms().stream()))
                .map(Words::tokens).filter(words -> words.size() == 1).map(words -> Words.singular(words.get(0)))
                .collect(Collectors.toCollection(TreeSet::new));
        this.atLeastOneRow = Pattern.compile("(?i)\\b(?:on|in|with|for|across)?\\s*at\\s+least\\s+"
                + "(?:one|1|a\\s+single)\\s+(?:" + rowNouns.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")s?\\b");
    }

    QuerySpec parse(String question, ConversationContext context, LocalDate today) {
        return read(question, context, today).spec();
    }

    /** The query a question asks for, with the phrases of it the query does not use. */
    ParsedQuestion read(String asked, ConversationContext context, LocalDate today) {
        String question = DASHED_DAYS.matcher(QuestionMarks.inEnglish(asked)).replaceAll(match -> dashedDays(match)
                ? Matcher.quoteReplacement(match.group(FIRST_DAY)) + " to " : Matcher.quoteReplacement(match.group()));
        // "the numbers of the last days": no period can be read, so how far back is asked, whoever calls
        ClarifyingQuestions.howFarBack(question).ifPresent(howFar -> {
            throw new ClarificationNeededException(howFar);
        });
        Optional<QuerySpec> previous = ContextCodec.decode(context);
        // "We are reviewing carrier contracts. Which carrier was the worst in Q4 2025?": what a sentence says the
        // figures are for is set aside even when the whole would read, or its words would be read into the query
        Optional<ParsedQuestion> besideContext = withoutBackground(question, previous, today, false);
        if (besideContext.isPresent()) {
            return besideContext.get();
        }
        try {
            Reading reading = new Reading(question, previous, today);
            QuerySpec spec = reading.spec();
            return new ParsedQuestion(spec, reading.dropped());
        } catch (QuestionNotUnderstoodException e) {
            return withoutBackground(question, previous, today, true).orElseThrow(() -> e);
        }
    }

    /** The amount "$316k" or "$2.5m" stands for; "3m" without a currency sign may be months, so stays as written. */
    private static String shortScale(MatchResult match) {
        boolean millions = match.group(3).equalsIgnoreCase("m");
        if (millions && match.group(1) == null) {
            return match.group();
        }
        return (match.group(1) == null ? "" : match.group(1)) + scaled(match.group(2), millions ? 1_000_000 : 1_000);
    }

    /** What a spreadsheet's conditional aggregate asks for, in words: COUNTIF the number of orders with … */
    private static String spreadsheetAggregate(String function) {
        return switch (function.toLowerCase(Locale.ROOT)) {
            case "count" -> "number of orders with ";
            case "sum" -> "sum of ";
            default -> "average ";
        };
    }

    /** The days between two bounds on the order time, first and last, or the bounds as written when none are. */
    private static String timeBetween(MatchResult bounds) {
        return Optional.ofNullable(between(bounds.group(2), bounds.group(1).equals(">"), bounds.group(4),
                bounds.group(3).equals("<"))).orElse(Matcher.quoteReplacement(bounds.group()));
    }

    private static String formulaBetween(MatchResult bounds) {
        String range = bounds.group(1) != null
                ? between(bounds.group(1), bounds.group(2).equals("<"), bounds.group(4), bounds.group(3).equals("<"))
                : between(bounds.group(6), bounds.group(5).equals("("), bounds.group(7), bounds.group(8).equals(")"));
        return Optional.ofNullable(range).orElse(Matcher.quoteReplacement(bounds.group()));
    }

    /** "from {first} to {last}", each day left out when its bound is strict; null when they make no range. */
    private static String between(String from, boolean fromStrict, String to, boolean toStrict) {
        try {
            LocalDate first = LocalDate.parse(from).plusDays(fromStrict ? 1 : 0);
            LocalDate last = LocalDate.parse(to).minusDays(toStrict ? 1 : 0);
            return last.isBefore(first) ? null : " from " + first + " to " + last + " ";
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "at least 3 support tickets", "at most 2 star": an amount and every one above, or below, it. */
    private static String bounded(boolean above, String amount) {
        return (above ? "at least " : "at most ") + amount;
    }

    /** "how much does the shop", "how much has the company" as "we" ask it: "how much do we", "how much have we". */
    /** A word between two figures asked together: "and", an article, an aggregate ("and the average"). */
    private static boolean joinsFigures(String word) {
        return word.equals("and") || DETERMINERS.contains(word) || AGGREGATES.containsKey(word);
    }

    private static String askedAsWe(MatchResult match) {
        String verb = switch (match.group(1).toLowerCase(Locale.ROOT)) {
            case "does" -> "do";
            case "has" -> "have";
            default -> match.group(1);
        };
        return "how much " + verb + " we ";
    }

    /** A number written in digits, times a factor, as plain digits: "2.5" and 1,000 give "2500". */
    private static String scaled(String number, long factor) {
        return new BigDecimal(number).multiply(BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
    }

    /**
     * "Cyber Monday: how many orders did each channel bring in?": a heading before a colon that reads with the
     * question after it, every word understood, is part of that question ("Cyber Monday" alone names no year); so is
     * a part before a dash ("Texas vs everywhere else -- late delivery rate on orders placed in 2025?").
     */
    private void joinHeadings(List<String> sentences, LocalDate today) {
        for (int i = sentences.size() - 2; i >= 0; i--) {
            String part = sentences.get(i).strip();
            String next = sentences.get(i + 1).strip();
            String joined = part.replaceFirst(":$", "") + " " + next;
            // a part cut off at a dash is joined with one, which may stand between two dates
            String dashed = part + " - " + next;
            if (part.endsWith(":") && account(joined, today).leftover().isEmpty()) {
                sentences.set(i, joined);
                sentences.remove(i + 1);
            } else if (!SENTENCE_END.matcher(part).find() && readsWhole(dashed, today)) {
                sentences.set(i, dashed);
                sentences.remove(i + 1);
            }
        }
    }

    /**
     * "I'm reconciling against the processor statements. Total refunded in 2025, split by payment method.": a
     * sentence that names nothing the data holds (no value, column, figure, number or period) is background to the
     * question, and so is a question of its own that cannot be read alone ("Do late parcels drag satisfaction down?
     * Average CSAT for late vs on-time deliveries, 2025."). The other sentences are read as the question, and what
     * was set aside is named as not used; a sentence of grammar alone is passed over.
     *
     * @param purposes whether a clause saying why the question is asked ("…, because…") is set aside too; only once
     *     the whole cannot be read, since "sent back because they broke in shipping" is a reason the data holds
     */
    private Optional<ParsedQuestion> withoutBackground(String question, Optional<QuerySpec> previous, LocalDate today,
            boolean purposes) {
        List<String> sentences = new ArrayList<>();
        List<String> background = new ArrayList<>();
        Set<String> leads = new HashSet<>();
        // each sentence is read once, however many of the tests below look at it
        Map<String, WordAccount> accounts = new HashMap<>();
        Function<String, WordAccount> accountOf = sentence -> accounts.computeIfAbsent(sentence,
                said -> account(said, today));
        // the framing of a user story or a letter is no sentence of its own: "As a support lead, I want to see…"
        // asks for what follows, which ", I want to see" would otherwise set aside as why it is asked
        String unframed = RequestFraming.unframed(question).strip();
        SENTENCE_BREAK.splitAsStream(unframed).filter(s -> !s.isBlank()).flatMap(sentence -> {
            // "For the trend line on the risk slide I need …": what the figures are for, said before the request
            Matcher lead = LEADING_PURPOSE.matcher(sentence);
            if (purposes && lead.find()) {
                String purpose = Objects.requireNonNullElse(lead.group(1), lead.group(2));
                leads.add(purpose);
                return Stream.of(purpose, sentence.substring(lead.end()));
            }
            return Stream.of(sentence);
        }).forEach(sentence -> {
            Matcher let = LET_MEAN.matcher(sentence);
            if (let.lookingAt() && accountOf.apply(let.group(1)).leftover().isEmpty()
                    && accountOf.apply(let.group(1)).namesData()) {
                background.add(sentence);
                return;
            }
            Matcher clause = LEADING_CLAUSE.matcher(sentence);
            if (clause.lookingAt()) {
                background.add(clause.group(1));
                sentence = sentence.substring(clause.end());
            }
            Matcher remark = OPENING_REMARK.matcher(sentence);
            if (remark.lookingAt() && namesNothing(accountOf.apply(remark.group(1)))) {
                background.add(remark.group(1));
                sentence = sentence.substring(remark.end());
            }
            Matcher relayed = RELAYED_FROM.matcher(sentence);
            if (relayed.lookingAt() && !accountOf.apply(relayed.group(1)).leftover().isEmpty()) {
                background.add(relayed.group(1));
                leads.add(relayed.group(1));
                sentence = sentence.substring(relayed.end());
            }
            // a gloss is set aside only when it is what the question cannot be read with
            Matcher aside = ASIDE.matcher(sentence);
            if (aside.find() && !accountOf.apply(sentence).leftover().isEmpty()) {
                String gloss = Objects.requireNonNullElse(aside.group(1), aside.group(2)).strip();
                String without = sentence.substring(0, aside.start()) + sentence.substring(aside.end());
                // "sickest (lowest) first": the gloss said in place of the word it explains
                Matcher glossed = LAST_WORD.matcher(sentence.substring(0, aside.start()));
                String inPlace = glossed.find() ? sentence.substring(0, glossed.start()) + gloss
                        + sentence.substring(aside.end()) : without;
                if (accountOf.apply(without).leftover().isEmpty()) {
                    background.add(gloss);
                    sentence = without;
                } else if (accountOf.apply(inPlace).leftover().isEmpty()) {
                    background.add(glossed.group(1));
                    sentence = inPlace;
                }
            }
            Matcher defined = DEFINED_AS.matcher(sentence);
            if (defined.find() && !accountOf.apply(sentence).leftover().isEmpty()) {
                String term = sentence.substring(0, defined.start());
                // "the return rate, meaning returned orders as a proportion of orders delivered or returned, for
                // Apparel": a figure the model knows, said with how it is worked out; the working is set aside
                int clauseEnd = sentence.indexOf(',', defined.end());
                String meaning = sentence.substring(defined.end(), clauseEnd < 0 ? sentence.length() : clauseEnd);
                String withoutWorking = term + (clauseEnd < 0 ? "" : sentence.substring(clauseEnd));
                if (Words.tokens(meaning).stream().anyMatch(WORKED_OUT::contains)
                        && accountOf.apply(term).leftover().isEmpty() && accountOf.apply(term).asksForFigure()
                        && accountOf.apply(withoutWorking).leftover().isEmpty()) {
                    background.add(meaning.strip());
                    sentence = withoutWorking;
                }
            }
            defined = DEFINED_AS.matcher(sentence);
            if (defined.find() && !accountOf.apply(sentence).leftover().isEmpty()) {
                String term = sentence.substring(0, defined.start());
                List<String> unknown = accountOf.apply(term).leftover();
                String rest = unknown.stream().reduce(term, (said, word) -> said.replaceAll("(?i)(?<![\\p{L}\\p{N}])"
                        + Pattern.quote(word) + "(?![\\p{L}\\p{N}])", ""));
                String meaning = sentence.substring(defined.end());
                Matcher end = SENTENCE_END.matcher(meaning);
                String read = end.replaceAll("").strip() + " " + rest.strip() + (end.reset().find() ? end.group() : "");
                if (accountOf.apply(read).leftover().isEmpty()) {
                    background.add(String.join(" ", accountOf.apply(term).leftoverPhrases()));
                    sentence = read;
                }
            }
            Matcher needed = NEEDED_AFTER.matcher(sentence);
            if (needed.find()) {
                background.add(sentence.substring(needed.start()).replaceFirst("^[,\\s]+", ""));
                sentence = sentence.substring(0, needed.start());
            }
            Matcher purpose = PURPOSE.matcher(sentence);
            if (purposes && purpose.find() && purpose.start() > 0) {
                sentences.add(sentence.substring(0, purpose.start()));
                background.add(sentence.substring(purpose.start()).replaceFirst("^[,\\s]+", ""));
            } else {
                sentences.add(sentence);
            }
        });
        joinHeadings(sentences, today);
        if (sentences.size() + background.size() < 2) {
            return Optional.empty();
        }
        List<String> asked = new ArrayList<>();
        for (String sentence : sentences) {
            WordAccount words = accountOf.apply(sentence);
            if (NEEDED_FOR.matcher(sentence).lookingAt()) {
                // "I need them for the meeting of tomorrow.": when the figures are needed, not a period they cover
                background.add(sentence);
            } else if (words.namesData() || (ORDER_FIRST.matcher(sentence).find()
                    || Words.tokens(sentence).stream().anyMatch(EACH_OF_THEM::contains)
                    || BOTH_OF_THEM.matcher(sentence).find()) && words.leftover().isEmpty()) {
                // "Highest first.", "Each of them please.": the order to list the figures in, or that there is one
                // per value, is part of the question
                asked.add(sentence);
            } else if (!words.leftover().isEmpty()) {
                background.add(sentence);
            }
        }
        if (asked.size() == sentences.size()
                || asked.size() > 1 && !readsAlone(String.join(" ", asked), previous, today)) {
            // "Now strip out Electronics - the earbud recall muddies that category": once the whole cannot be read, a
            // statement with words the model does not know is an aside too, when it cannot be read alone; so is a
            // question beside the one asked ("… by region for September 2025. Are we slow EVERYWHERE? Be honest.")
            List<String> unread = asked.stream().filter(sentence -> (sentence.strip().endsWith("?")
                    || purposes && !accountOf.apply(sentence).leftover().isEmpty())
                    && !readsAlone(sentence, previous, today)).toList();
            asked.removeAll(unread);
            background.addAll(unread);
        }
        if (asked.size() > 1) {
            // "For the board deck I am drafting a slide on channel mix. Can you give me the revenue split by channel
            // for 2025?": a statement with words the model does not know says what the figures are for, when the
            // question beside it reads alone
            // a sentence ending in a colon introduces the question and bounds it: "Big orders (over $1,000) placed
            // in 2025: how many per payment method?"
            List<String> context = asked.stream().filter(sentence -> !sentence.strip().endsWith("?")
                    && !heading(sentence) && !boundsRows(sentence, accountOf.apply(sentence))
                    && !accountOf.apply(sentence).leftover().isEmpty()).toList();
            List<String> questions = asked.stream().filter(sentence -> !context.contains(sentence)).toList();
            // "… how much people spend per order on average - what was that for every month of 2025?": a question
            // asking for "that" asks for the figure the sentence before it named
            boolean refersBack = questions.stream().anyMatch(sentence -> REFERS_BACK.matcher(sentence).find());
            if (!context.isEmpty() && !refersBack && questions.stream().anyMatch(s -> s.strip().endsWith("?"))
                    && readsAlone(String.join(" ", questions), previous, today)) {
                asked.removeAll(context);
                background.addAll(context);
            }
        }
        // "do late deliveries get more support tickets? like the average number of tickets per order for late vs
        // on-time": a sentence saying more exactly what the one before it meant is asked in its place, when it names
        // every value and period those did ("what does a business customer spend per order? like the average basket"
        // keeps the business customers, "Q4 2025 close - what's net revenue? i.e. sales less refunds" the quarter)
        for (int i = asked.size() - 1; i > 0; i--) {
            String restated = asked.get(i);
            WordAccount again = accountOf.apply(restated);
            boolean namesAll = asked.subList(0, i).stream().map(accountOf).allMatch(said -> again.values()
                    .containsAll(said.values()) && again.periods().containsAll(said.periods()));
            if (RESTATED.matcher(restated).lookingAt() && namesAll && readsAlone(restated, previous, today)) {
                List<String> meant = asked.subList(0, i);
                background.addAll(meant);
                meant.clear();
                break;
            }
        }
        if (asked.isEmpty() || background.isEmpty()) {
            return Optional.empty();
        }
        // "Thinking about the orders placed in December 2025, where do they stand? Give me the number in each
        // status.": the period said in a sentence set aside still bounds the question; "How did Black Friday 2025
        // stack up against Black Friday 2024? Orders and revenue.": the periods it compares are still compared
        asked.replaceAll(sentence -> withTimeNamed(sentence, background));
        Map<String, String> periodsSaid = new LinkedHashMap<>();
        if (account(String.join(" ", asked), today).periods().isEmpty()) {
            for (String sentence : background) {
                List<Period> periods = accountOf.apply(sentence).periods();
                if (!periods.isEmpty()) {
                    periodsSaid.put(sentence, periods.stream().map(Period::label).collect(Collectors.joining(" vs ")));
                    break;
                }
            }
        }
        // "For the FedEx storm chaos in the Southeast, …": the values a leading phrase names still say which rows, and
        // so do those of a sentence the question points back at ("I cover Houston and Dallas. Orders for those?") and
        // of a heading ("Supplier scorecard, USPS: average delivery days…")
        Map<String, List<String>> valuesSaid = new LinkedHashMap<>();
        boolean pointsBack = asked.stream().anyMatch(sentence -> POINTS_BACK.matcher(sentence).find());
        background.stream().filter(said -> leads.contains(said) || pointsBack || heading(said)).forEach(lead -> {
            List<String> values = accountOf.apply(lead).values();
            if (!values.isEmpty()) {
                valuesSaid.put(lead, values);
            }
        });
        // the periods said aside go first: after "…, cancelled orders excluded." they would read as excluded too
        String askedText = Stream.of(periodsSaid.values().stream(), asked.stream(),
                valuesSaid.values().stream().flatMap(List::stream)).flatMap(s -> s).collect(Collectors.joining(" "));
        try {
            Reading reading = new Reading(askedText, previous, today);
            QuerySpec spec = reading.spec();
            List<DroppedPhrase> dropped = new ArrayList<>(reading.dropped());
            background.forEach(sentence -> dropped.add(new DroppedPhrase(
                    SENTENCE_END.matcher(sentence.strip()).replaceAll(""), periodsSaid.get(sentence), true,
                    valuesSaid.getOrDefault(sentence, List.of()), null)));
            return Optional.of(new ParsedQuestion(spec, dropped));
        } catch (QuestionNotUnderstoodException e) {
            return Optional.empty();
        }
    }

    /** Whether words with some the model does not know name nothing it does: no figure, value, period or event. */
    private static boolean namesNothing(WordAccount words) {
        return !words.leftover().isEmpty() && !words.namesData();
    }

    /**
     * "Christmas week always puts a strain on the carriers. For orders placed that week in 2025, …": "that week" is
     * the named day's week said in a sentence set aside; "We may repeat the Spring Refresh promotion. During that
     * sale, …": "that sale" is the shop's named period said there.
     */
    private String withTimeNamed(String sentence, List<String> background) {
        Matcher that = THAT_TIME.matcher(sentence);
        if (!that.find()) {
            return sentence;
        }
        String unit = that.group(1).toLowerCase(Locale.ROOT);
        Optional<String> named = Set.of("week", "day").contains(unit)
                ? background.stream().map(NAMED_TIME::matcher).filter(Matcher::find).findFirst()
                        .map(day -> day.group() + (unit.equals("week") ? " week" : ""))
                : background.stream().flatMap(said -> vocabulary.events().stream().filter(event -> event.words()
                        .stream().anyMatch(words -> spaced(said).contains(spaced(words))))).findFirst()
                        .map(AnsweringVocabulary.NamedPeriod::name);
        return named.map(name -> sentence.substring(0, that.start()) + name + sentence.substring(that.end()))
                .orElse(sentence);
    }

    /** The words of a text between spaces, so that a phrase is found only as whole words. */
    private static String spaced(String text) {
        return " " + String.join(" ", Words.tokens(text)) + " ";
    }

    /**
     * "Big orders placed in 2025:" before a question, not "I'm trying to see how business accounts are trending:",
     * which says why the question after it is asked.
     */
    private static boolean heading(String sentence) {
        return sentence.strip().endsWith(":") && !SPEAKER_FIRST.matcher(sentence).lookingAt();
    }

    /** "September 8 2025" for day "08", month "09" and year "2025" (the year may be left off): the day in words. */
    private static Optional<String> dotted(String day, String month, String year) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12 || d < 1 || d > Month.of(m).maxLength()) {
            return Optional.empty();
        }
        String name = Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Optional.of(name + " " + d + (year == null ? "" : " " + year));
    }

    /**
     * "Big orders with more than 5 pieces - on which weekday do most come in?": a phrase naming rows by a number
     * before the question says which rows it asks about, however it is joined to it.
     */
    private static boolean boundsRows(String sentence, WordAccount words) {
        return !SPEAKER_FIRST.matcher(sentence).lookingAt() && BOUND_NUMBER.matcher(sentence).find()
                && words.modelWords() > 0;
    }

    /** Whether both days of a {@link #DASHED_DAYS} match name a month. */
    private static boolean dashedDays(MatchResult match) {
        String first = Objects.requireNonNullElse(match.group(FIRST_MONTH_BEFORE), match.group(FIRST_MONTH_AFTER));
        String second = Objects.requireNonNullElse(match.group(SECOND_MONTH_BEFORE), match.group(SECOND_MONTH_AFTER));
        return isMonth(first) && isMonth(second);
    }

    private static boolean isMonth(String word) {
        return TimeExpressions.month(word.toLowerCase(Locale.ROOT)) != null;
    }

    /** Whether a question reads as a query with no phrase of it left unused. */
    private boolean readsWhole(String question, LocalDate today) {
        try {
            Reading reading = new Reading(question, Optional.empty(), today);
            reading.spec();
            return reading.dropped().isEmpty();
        } catch (QuestionNotUnderstoodException e) {
            return false;
        }
    }

    private boolean readsAlone(String sentence, Optional<QuerySpec> previous, LocalDate today) {
        try {
            new Reading(sentence, previous, today).spec();
            return true;
        } catch (QuestionNotUnderstoodException e) {
            return false;
        }
    }

    /**
     * "how many orders did we take, what revenue did they bring in, and…": a clause asking for another figure after
     * a comma is joined by "and", as a list of figures is, once a figure was asked for before it in the sentence.
     */
    private static String clausesJoined(String text) {
        Matcher clause = FIGURE_CLAUSE.matcher(text);
        StringBuilder joined = new StringBuilder();
        int copied = 0;
        while (clause.find()) {
            String before = text.substring(0, clause.start());
            String sentence = before.substring(Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?')),
                    before.lastIndexOf('!')) + 1);
            if (FIGURE_ASKED.matcher(sentence).find()) {
                joined.append(text, copied, clause.start()).append(", and ");
                copied = clause.end();
            }
        }
        return joined.append(text.substring(copied)).toString();
    }

    /** The year of the first day called {@code name} after today. */
    private static int nextYearOf(String name, LocalDate today) {
        NamedDay day = NamedDay.at(Words.tokens(name), 0).orElseThrow();
        return day.in(today.getYear()).isAfter(today) ? today.getYear() : today.getYear() + 1;
    }

    /** The Monday of an ISO week said by its number and year, when the year has that week. */
    private static Optional<LocalDate> weekNumbered(MatchResult match) {
        int week = Integer.parseInt(match.group(1));
        LocalDate inYear = LocalDate.of(Integer.parseInt(match.group(2)), 1, 4);
        return inYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidValue(week)
                ? Optional.of(inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY))
                : Optional.empty();
    }

    /** Which words of a question, read on its own, the model knows; see {@link WordAccount}. */
    WordAccount account(String question, LocalDate today) {
        return new Reading(question, Optional.empty(), today).account();
    }

    /**
     * Signs the words of a question lose, in words: "$1,200" is "1200 usd" (the currency's code, a unit word of the
     * money column), "10+" is "at least 10", "%" is "percent".
     */
    private String spellOutSigns(String question, LocalDate today) {
        String english = Shorthand.spelledOut(HeardWords.asMeant(TaglishWords.inEnglish(CODE_NAME.matcher(SUM_SIGN
                .matcher(question).replaceAll("sum of "))
                .replaceAll(name -> CODE_NAME_WORD.matcher(name.group()).replaceAll(" ")))));
        String text = ConditionPhrasing.plain(RequestFraming.unframed(english));
        text = DAY_MONTH_SHORT_YEAR.matcher(text).replaceAll(date -> isMonth(date.group(2))
                ? date.group(1) + " " + date.group(2) + " 20" + date.group(3) : date.group());
        text = TIME_BOUNDS.matcher(text).replaceAll(QuestionParser::timeBetween);
        text = FORMULA_BOUNDS.matcher(text).replaceAll(QuestionParser::formulaBetween);
        text = CENTS_AFTER_COMMA.matcher(text).replaceAll(".");
        text = DECIMAL_COMMA.matcher(text).replaceAll(match -> match.group(1).replace(".", "") + "." + match.group(2));
        text = SHORT_SCALE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(shortScale(match)));
        text = SHORT_YEAR.matcher(text).replaceAll(year -> (year.group(1) == null ? "" : year.group(1) + " ") + "20"
                + year.group(2));
        text = SpokenNumbers.inDigits(THOUSANDS.matcher(text).replaceAll(""));
        text = RUN_TOGETHER.matcher(text).replaceAll(match -> apart(match.group()));
        text = SUPERIOR_TO.matcher(text).replaceAll(match -> match.group(1).equalsIgnoreCase("superior") ? "over"
                : "under");
        text = LIMIT_RUN_TOGETHER.matcher(text).replaceAll("$1 $2");
        text = DIVIDED_PER.matcher(text).replaceAll("by");
        text = BRACKETED_REMARK.matcher(text).replaceAll("");
        text = KEEP_AN_EYE.matcher(text).replaceAll("watch");
        text = SINCE_EVENT_ON.matcher(text).replaceAll("since ");
        text = YEAR_SET_APART.matcher(text).replaceAll("$1 in $2$3");
        // "May-July 2025 versus all other months": the rest of the days the data holds
        if (range.isPresent()) {
            text = ALL_OTHER_TIMES.matcher(text).replaceAll(range.get().first() + " to " + range.get().last());
        }
        text = THAT_ONE_DAY.matcher(text).replaceAll("");
        text = NAMED_DAY_YEARS.matcher(text).replaceAll("$1 $3 and $1 $4$2");
        text = PASSIVE_REQUEST.matcher(text).replaceAll(" ");
        text = ORDER_UNTIL_DELIVERED.matcher(text).replaceAll("from order to delivery");
        text = ORDER_DATA.matcher(text).replaceAll("");
        text = SWAP.matcher(text).replaceAll("$2 instead of $1");
        text = BUSINESS_REVIEW.matcher(text).replaceAll("");
        text = WHOLE_PERIOD.matcher(text).replaceAll("");
        text = COMPRISING.matcher(text).replaceAll("with");
        text = RANGE_SAID_TWICE.matcher(text).replaceAll("");
        text = WEEK_DATES_AGAIN.matcher(text).replaceAll("");
        text = WINDOW_AFTER_DATES.matcher(text).replaceAll("$1");
        text = BOOK_VERB.matcher(text).replaceAll("$1 bring in");
        text = clausesJoined(text);
        text = SELLER_I.matcher(text).replaceAll(match -> (match.group(1) == null ? "" : match.group(1) + " ") + "we"
                + match.group(2));
        text = SUMMED.matcher(text).replaceAll("sum of ");
        text = CONFRONTED.matcher(text).replaceAll("compared with");
        text = MEDIUM_VALUE.matcher(text).replaceAll("average");
        text = THRESHOLD.matcher(text).replaceAll(match -> "had a " + match.group(2).replace('-', ' ') + " above "
                + match.group(1) + " percent");
        text = LEFT_BLANK.matcher(text).replaceAll(match -> "with no " + match.group(1).replace('_', ' '));
        text = NULL_BEFORE.matcher(text).replaceAll("with no ");
        text = NONE_BESIDE_BOUND.matcher(text).replaceAll("$1 0 $2");
        text = TIME_TO_SHIP_IN_HOURS.matcher(text).replaceAll("hours from order to shipment");
        text = PRICIEST_ORDER.matcher(text).replaceAll("biggest");
        text = REST_SPELLED_OUT.matcher(text).replaceAll("$1");
        text = HOW_MUCH_REFUNDED.matcher(text).replaceAll("how much money refunded");
        text = WEEK_OF_CHRISTMAS.matcher(text).replaceAll("christmas week ");
        text = DRIVEN_BY.matcher(text).replaceAll("from ");
        text = WEEK_CONVENTION.matcher(text).replaceAll("");
        text = ORDER_UNTIL_SHIPPED.matcher(text).replaceAll("from order to shipment");
        text = REST_OF_DAYS.matcher(text).replaceAll("rest of");
        text = DISTINCT_AFTER.matcher(text).replaceAll("$2 $1");
        text = WITH_SHIPPING_TO.matcher(text).replaceAll(" to");
        text = IN_AVERAGE.matcher(text).replaceAll("on average");
        text = FOR_ONE_ORDER.matcher(text).replaceAll("per order");
        text = CALENDAR_UNIT.matcher(text).replaceAll("$1 $2");
        text = SPREADSHEET_AGGREGATE.matcher(text).replaceAll(match -> spreadsheetAggregate(match.group(1)));
        text = ROLL_UP.matcher(text).replaceAll(match -> Objects.toString(match.group(1), "") + " by ");
        text = SIZE_VERB.matcher(text).replaceAll("measure ");
        text = NOUN_OF_NOUN.matcher(text).replaceAll(match -> namedTheOtherWay(match.group(1), match.group(2))
                ? match.group(2) + " " + match.group(1) : match.group());
        text = EACH_OF_THE_PERIODS.matcher(text).replaceAll(" ");
        text = BARE_YEARS.matcher(text).replaceAll(match -> bareYear(match.group(1), today).flatMap(first ->
                bareYear(match.group(3), today).map(second -> first + match.group(2) + second)).orElse(match.group()));
        text = BARE_YEAR_AT_END.matcher(text).replaceAll(match -> bareYear(match.group(2), today)
                .map(year -> match.group(1) + " " + year).orElse(match.group()));
        text = BLACK_FRIDAY_OF_YEAR.matcher(text).replaceAll("black friday 20$1");
        text = BLACK_FRIDAY_SHORT.matcher(text).replaceAll("black friday");
        text = CYBER_MONDAY_SHORT.matcher(text).replaceAll("cyber monday");
        text = YEAR_BEFORE_NAMED_DAY.matcher(text).replaceAll(match -> match.group(2)
                + Objects.toString(match.group(3), "") + " " + match.group(1));
        text = NAMED_DAY_OF_RELATIVE_YEAR.matcher(text).replaceAll(match -> {
            String day = match.group(1) != null ? match.group(1) : match.group(4);
            String relative = (match.group(1) != null ? match.group(2) : match.group(3)).toLowerCase(Locale.ROOT);
            // "this year" is today's; "last year" and "this past year" the one before
            return day + " " + (relative.equals("this") ? today.getYear() : today.getYear() - 1);
        });
        text = NEXT_NAMED_DAY.matcher(text).replaceAll(match -> match.group(1) + " " + nextYearOf(match.group(1),
                today));
        text = BOUND_AFTER_NOUN.matcher(text).replaceAll("$1 $3 $2");
        text = TICKET_OPENED.matcher(text).replaceAll("$1");
        text = PROMISE_KEPT.matcher(text).replaceAll("on-time delivery");
        text = TOOK_TO_ARRIVE.matcher(text).replaceAll("$1 days to arrive");
        text = DAYS_UNTIL_ARRIVAL.matcher(text).replaceAll("days to arrive");
        text = FLAG_SET.matcher(text).replaceAll(flag -> (flag.group(3).equalsIgnoreCase("true")
                ? Objects.toString(flag.group(1), "") + " " : flag.group(1) == null ? "not " : "and not ")
                + flag.group(2));
        text = THE_ONE_WHICH.matcher(text).replaceAll("which $1 ");
        text = TOTAL_IS_HOW_MANY.matcher(text).replaceAll("how $2 $1");
        text = THE_FIRM.matcher(text).replaceAll(firm -> firm.group(1) == null ? "us" : "our");
        text = OLDEST_FIRST.matcher(text).replaceAll("");
        text = HEAD_TO_HEAD.matcher(text).replaceAll("compared");
        text = PUT_ASIDE.matcher(text).replaceAll("excluded");
        text = ANYTHING_THROUGH.matcher(text).replaceAll("");
        text = REST_OF_THE_FIELD.matcher(text).replaceAll("the rest");
        text = LEAGUE_TABLE.matcher(text).replaceAll("ranking");
        text = TOP_TO_BOTTOM.matcher(text).replaceAll("highest first");
        text = ONLY_COUNT.matcher(text).replaceAll("only ");
        text = AS_AT_NOW.matcher(text).replaceAll("");
        text = EXAMPLES_LISTED.matcher(text).replaceAll("$1");
        text = UP_TO_MONTH.matcher(text).replaceAll("to");
        text = STARTING_WITH_MOST.matcher(text).replaceAll(", highest first");
        text = BOTH_OF_THEM.matcher(text).replaceAll("each");
        text = EVENT_WINDOW.matcher(text).replaceAll("");
        text = FREQUENCY_AS_RATE.matcher(text).replaceAll("$1 rate");
        text = ASSIST_WITH.matcher(text).replaceAll("give");
        text = CUSTOMERS_IN_SEGMENT.matcher(text).replaceAll("$2 $1");
        text = DAY_OF_USE.matcher(text).replaceAll("the ");
        text = WEEKDAY_THE_NTH.matcher(text).replaceAll("$1");
        text = WHOLE_BOOK.matcher(text).replaceAll("");
        text = REPORT_HEADING.matcher(text).replaceAll("$1");
        text = THROUGH_TO.matcher(text).replaceAll("to");
        text = SIZING_VERB.matcher(text).replaceAll("$1 planning");
        text = PEOPLE_AT_HOME.matcher(text).replaceAll("$1");
        text = MOST_OFTEN_REASON.matcher(text).replaceAll("most common ");
        text = SPENDERS.matcher(text).replaceAll("customers by revenue");
        text = WISE.matcher(text).replaceAll("by $1");
        text = NUMBER_OF.matcher(text).replaceAll("number of");
        text = BIG_TICKET.matcher(text).replaceAll("big");
        text = atLeastOneRow.matcher(text).replaceAll(" ");
        text = ONWARDS.matcher(text).replaceAll("since $1");
        text = SPELLED_LETTERS.matcher(text).replaceAll(match -> match.group().replaceAll("[ .]", ""));
        text = SHARE_REQUEST.matcher(text).replaceAll("$1 show");
        text = WHICH_ONE_OF.matcher(text).replaceAll("$2 $1");
        text = moneyRange.matcher(text).replaceAll(" between " + currencySign + "$1 and " + currencySign + "$2 ");
        text = currencyAmount.matcher(text).replaceAll(" $1 " + currencyWord + " ");
        text = trailingCurrency.matcher(text).replaceAll(" $1 " + currencyWord + " ");
        text = DOTTED_SPAN.matcher(text).replaceAll(match -> dotted(match.group(1), match.group(2), match.group(3))
                .flatMap(from -> dotted(match.group(4), match.group(5), match.group(6)).map(to -> " from " + from
                        + " to " + to + " ")).orElse(match.group()));
        text = DOTTED_DATE.matcher(text).replaceAll(match -> dotted(match.group(1), match.group(2), match.group(3))
                .orElse(match.group()));
        text = YEAR_FIRST_SLASH.matcher(text).replaceAll(match -> isoDate(match.group(1), match.group(2),
                match.group(3)).orElse(match.group()));
        boolean dayFirst = SLASH_DATE.matcher(text).results().anyMatch(QuestionParser::onlyDayFirst);
        text = SLASH_DATE.matcher(text).replaceAll(match -> slashDate(match, dayFirst).map(LocalDate::toString)
                .orElse(match.group()));
        text = DATE_SPAN.matcher(text).replaceAll("$1 to $2");
        text = GRANULARITY.matcher(text).replaceAll("by $1");
        text = YEAR_MONTH.matcher(text).replaceAll(match -> " " + Month.of(Integer.parseInt(match.group(2)))
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + match.group(1) + " ");
        text = DAY_SPAN.matcher(text).replaceAll("$1 to $2");
        text = MONTH_SPAN.matcher(text).replaceAll(match -> isMonth(match.group(1)) && isMonth(match.group(2))
                ? match.group(1) + " to " + match.group(2) + Optional.ofNullable(match.group(3))
                        .map(year -> " " + bareYear(year, today).orElse(year)).orElse("")
                : match.group());
        text = DAYS_BEFORE_MONTH.matcher(text).replaceAll(" from $3 $1 to $3 $2 ");
        text = BOUNDED_NUMBER_WORD.matcher(text).replaceAll(match -> String.valueOf(TimeExpressions.count(
                (match.group(1) != null ? match.group(1) : match.group(2)).toLowerCase(Locale.ROOT))));
        text = OF_THE_SAME.matcher(text).replaceAll("$1 ");
        text = NOT_MORE_THAN.matcher(text).replaceAll(" at most ");
        text = NOT_LESS_THAN.matcher(text).replaceAll(" at least ");
        text = LEFT_A.matcher(text).replaceAll("gave");
        text = MONDAY_WEEKS.matcher(text).replaceAll("$1");
        text = WEEK_COMMENCING.matcher(text).replaceAll("week of ");
        text = WEEK_COMMENCING_SHORT.matcher(text).replaceAll("the week of ");
        text = WEEK_NUMBER.matcher(text).replaceAll(match -> weekNumbered(match).map(monday -> "the week of " + monday)
                .orElse(match.group()));
        text = COMPARISON_SIGN.matcher(text).replaceAll(match -> COMPARISON_SIGN_WORDS.get(match.group()));
        text = WITH_SIGN.matcher(text).replaceAll(match -> match.group(1) != null ? " without " : " with ");
        text = NUMBER_ONE.matcher(text).replaceAll(" top ");
        text = SHORT_MONTH.matcher(text).replaceAll("$1 month$2");
        text = NAMED_YEAR.matcher(text).replaceAll("20$1");
        text = DIFF_BEFORE_NOUN.matcher(text).replaceAll("different");
        text = INDIVIDUAL_COUNTED.matcher(text).replaceAll("unique");
        text = PER_HUNDRED.matcher(PerOrders.perOrder(text)).replaceAll("percentage of");
        text = LONE_V.matcher(text).replaceAll("vs");
        text = OUT_OF_FIVE.matcher(text).replaceAll("$1 star");
        text = THAT_AVERAGED.matcher(text).replaceAll("the average ");
        text = AVERAGE_PER_ORDER_AFTER.matcher(text).replaceAll("$1");
        text = COUNT_OR_BEYOND.matcher(text).replaceAll(match -> bounded(match.group(3) != null,
                match.group(1) + match.group(2)));
        text = STARS_OR_BEYOND.matcher(text).replaceAll(match -> bounded(match.group(2) != null,
                match.group(1) + " star"));
        text = PRODUCT_LINES.matcher(text).replaceAll("$1products");
        text = FURTHEST_SHORT.matcher(text).replaceAll(" had the lowest");
        text = THE_STORE.matcher(text).replaceAll("the shop");
        text = SHOP_SOLD.matcher(text).replaceAll(QuestionParser::askedAsWe);
        text = PLACED_ORDERS.matcher(text).replaceAll("placed");
        text = THEN_FOR_THAN.matcher(text).replaceAll("$1 than");
        text = COUNTING_ONLY.matcher(text).replaceAll("only");
        text = COUNTED_LIKE_THAT.matcher(text).replaceAll("$1");
        text = NEXT_PERIODS.matcher(text).replaceAll("the");
        text = BOOKED.matcher(text).replaceAll(match -> match.group(1) != null ? "" : "did we make");
        text = SCORE_RESPONSE.matcher(text).replaceAll(match -> match.group(1) != null ? "orders with a csat score"
                : "csat score");
        text = RATED_US.matcher(text).replaceAll("$1");
        text = SCORE_WAS.matcher(text).replaceAll("$1 of $2 $3 $4");
        text = EVERY_SCORE.matcher(text).replaceAll("$1");
        text = SOLD_IN_DOLLARS.matcher(text).replaceAll("$1 by revenue");
        text = TEN_THOUSANDS.matcher(text).replaceAll(match -> scaled(match.group(1), 10_000));
        text = AMOUNT_SAID_AGAIN.matcher(text).replaceAll("");
        text = ALL_REMAINING.matcher(text).replaceAll("all other");
        text = ARTICLE_BEFORE_NAME.matcher(text).replaceAll("");
        text = THE_LESS.matcher(text).replaceAll("the least");
        text = PERFECT_SCORE.matcher(text).replaceAll("");
        text = MOST_HIGH.matcher(text).replaceAll("$1est");
        text = MORE_HIGH.matcher(text).replaceAll("$1er");
        text = ORDER_FIRST.matcher(text).replaceAll(match -> match.group(1) != null ? "descending" : "ascending");
        text = BAR.matcher(text).replaceAll(", ");
        text = SPACED_SLASH.matcher(text).replaceAll(" per ");
        text = CROSS_TABLE.matcher(text).replaceAll("by $1 and $2");
        text = YEAR_ABBREVIATION.matcher(text).replaceAll(match -> match.group(1) != null ? "last year" : "this year");
        text = WHOLE_WEEK.matcher(text).replaceAll("by day of the week");
        text = FORTNIGHT.matcher(text).replaceAll("2 weeks");
        text = AT_THIS_POINT.matcher(text).replaceAll("now");
        text = CYBER_WEEK.matcher(text).replaceAll("cyber monday week");
        text = CYBER_MON.matcher(text).replaceAll("cyber monday");
        text = SHARE_VERB.matcher(text).replaceAll(" ");
        text = BUSINESS_WIDE.matcher(text).replaceAll("overall");
        text = STACK_UP.matcher(text).replaceAll(match -> Objects.toString(match.group(1), "") + "compared with");
        text = SPOKEN_PART.matcher(text).replaceAll(match -> {
            int number = TimeExpressions.count(match.group(2).toLowerCase(Locale.ROOT));
            return match.group(1) != null ? "q" + number : number <= 2 ? "h" + number : match.group();
        });
        text = PART_MONTHS_AGAIN.matcher(text).replaceAll("$1");
        text = SPLIT_BACK.matcher(text).replaceAll("$1 back $2");
        return OR_MORE.matcher(text).replaceAll(" at least $1 ").replace("%", " percent ");
    }

    /**
     * "shippingfees", "lastweek": two words typed without the space between them, when together they are a name of
     * the model or a word of grammar before a unit of time; any other word as it is.
     */
    private String apart(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lower) || lexicon.contains(lower)) {
            return word;
        }
        for (int cut = MIN_PART; cut <= lower.length() - MIN_PART; cut++) {
            String left = lower.substring(0, cut);
            String right = lower.substring(cut);
            if (lexicon.contains(left + " " + right) || FUNCTION_WORDS.contains(left) && TIME_UNITS.contains(right)) {
                return word.substring(0, cut) + " " + word.substring(cut);
            }
        }
        return word;
    }

    /** Whether "tickets of support" is a name of the model said the other way round ("support tickets"). */
    private boolean namedTheOtherWay(String head, String noun) {
        String first = head.toLowerCase(Locale.ROOT);
        return !TAKEN_OF.contains(first) && !FUNCTION_WORDS.contains(first) && !AGGREGATES.containsKey(first)
                && !lexicon.contains(head + " of " + noun) && lexicon.contains(noun + " " + head);
    }

    /** The year of two digits, if it is one of the last {@link #BARE_YEAR_REACH} years or the next. */
    private static Optional<String> bareYear(String digits, LocalDate today) {
        int year = 2000 + Integer.parseInt(digits);
        return year <= today.getYear() + 1 && year >= today.getYear() - BARE_YEAR_REACH
                ? Optional.of(String.valueOf(year)) : Optional.empty();
    }

    /**
     * "3/14/2025" in the United States, "14/03/2025" elsewhere; a part above 12 can only be the day, whatever the
     * custom, and a question that writes one date day first writes them all so ("8/9/2025 to 21/9/2025").
     */
    private Optional<LocalDate> slashDate(MatchResult match, boolean dayFirstSaid) {
        int first = Integer.parseInt(match.group(1));
        int second = Integer.parseInt(match.group(2));
        boolean monthFirst = second > 12
                || (first <= 12 && !dayFirstSaid && "US".equals(model.locale().getCountry()));
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(match.group(3)), monthFirst ? first : second,
                    monthFirst ? second : first));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> isoDate(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean onlyDayFirst(MatchResult slashDate) {
        return Integer.parseInt(slashDate.group(1)) > 12 && Integer.parseInt(slashDate.group(2)) <= 12;
    }

    /**
     * A misspelt word of grammar as it is meant ("avrage" → "average", "diferent" → "different", "wich" →
     * "which"), unless the model knows the word; one typo, in words of five letters or more, as for the model's own
     * words, and a few short ones typed in a hurry.
     */
    private String grammarWord(String word) {
        if (CHAT_SPELLINGS.containsKey(word)) {
            return CHAT_SPELLINGS.get(word);
        }
        if (word.length() < 5 || FUNCTION_WORDS.contains(word) || lexicon.contains(word) || isNumber(word)) {
            return word;
        }
        return GRAMMAR_WORDS.stream().filter(w -> w.length() >= 5 && Words.same(word, w)).findFirst().orElse(word);
    }

    /**
     * Values like the sample {@code ORD-000001} or {@code ELE-1001}: as many digits in place of its digits, as many
     * letters in place of a prefix of capitals (SKUs of other categories), its other characters as they are.
     */
    private static Pattern identifierPattern(String sample) {
        StringBuilder regex = new StringBuilder("(?<![A-Za-z0-9])");
        int i = 0;
        while (i < sample.length()) {
            char c = sample.charAt(i);
            if (Character.isDigit(c) || (i == 0 && Character.isUpperCase(c))) {
                boolean digits = Character.isDigit(c);
                int start = i;
                while (i < sample.length() && (digits ? Character.isDigit(sample.charAt(i))
                        : Character.isUpperCase(sample.charAt(i)))) {
                    i++;
                }
                regex.append(digits ? "\\d{" : "[A-Z]{").append(i - start).append('}');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.append("(?![A-Za-z0-9])").toString(), Pattern.CASE_INSENSITIVE);
    }

    /** A phrase of the question and everything it may stand for. */
    private record Span(int start, int end, List<Meaning> meanings) {
        <T extends Meaning> Optional<T> first(Class<T> type) {
            return meanings.stream().filter(type::isInstance).map(type::cast).findFirst();
        }

        <T extends Meaning> List<T> all(Class<T> type) {
            return meanings.stream().filter(type::isInstance).map(type::cast).toList();
        }

        boolean covers(int word) {
            return start <= word && word < end;
        }

        Optional<SemanticColumn> column() {
            return first(Meaning.ColumnWord.class).map(Meaning.ColumnWord::column);
        }

        /** The measure column among the columns the phrase names ("items" is a product and a quantity). */
        Optional<SemanticColumn> measureColumn() {
            return all(Meaning.ColumnWord.class).stream().map(Meaning.ColumnWord::column)
                    .filter(c -> c.role() == ColumnRole.MEASURE).findFirst();
        }
    }

    /** One question being read. */
    private final class Reading {
        private final String question;
        private final Optional<QuerySpec> previous;
        private final LocalDate today;
        private final List<String> words;
        private final List<String> raw;
        private final boolean[] understood;
        private final List<Filter> identifierFilters = new ArrayList<>();
        private final List<Match<Meaning>> lexiconMatches;
        private final List<TimeExpressions.Found> times;
        /** Words naming a period its dates follow in brackets: "the spring refresh sale (apr 1-7 2025)". */
        private final List<int[]> periodNames;
        private final List<Span> spans;
        /** Where unit words already read with a number start ("discount over 30 usd"). */
        private final Set<Integer> unitsRead = new HashSet<>();
        private final List<DroppedPhrase> dropped = new ArrayList<>();
        /** Rows with one value a judgement ranks on, which have a rate: "worst for returns". */
        private final List<Filter> judgedRows = new ArrayList<>();
        /** Values said as kept in rather than as the rows asked for ("cancelled included"), with their words. */
        private final Map<Filter, String> includedAnyway = new LinkedHashMap<>();
        /** How many orders the figure is said per ("cancellations per 1,000 orders"), when it is. */
        private final Optional<PerOrders.Said> perOrders;

        Reading(String question, Optional<QuerySpec> previous, LocalDate today) {
            this.question = question;
            this.previous = previous;
            this.today = today;
            this.perOrders = PerOrders.find(question);
            String masked = maskIdentifiers(spellOutSigns(question, today));
            this.words = Words.tokens(masked).stream().map(QuestionParser.this::grammarWord).toList();
            boolean shouted = masked.chars().noneMatch(Character::isLowerCase);
            this.raw = Words.originalTokens(shouted ? masked.toLowerCase(Locale.ROOT) : masked);
            this.understood = new boolean[words.size()];
            Integer contextYear = previous.map(this::yearOf).orElse(null);
            // a word of ordinary English as written ("produce") is no typo of a model word ("product")
            this.lexiconMatches = lexicon.findAll(words,
                    i -> FUNCTION_WORDS.contains(raw.get(i).toLowerCase(Locale.ROOT)));
            TimeExpressions expressions = TimeExpressions.of(today, contextYear, vocabulary.events());
            this.times = (asksForFigure() ? expressions.askingForFigure() : expressions)
                    .find(words, previous.flatMap(this::periodOf));
            times.forEach(t -> mark(t.start(), t.end()));
            this.periodNames = periodNames(masked);
            periodNames.forEach(name -> mark(name[0], name[1]));
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).equals(IDENTIFIER_PLACEHOLDER) || DETERMINERS.contains(words.get(i))) {
                    mark(i, i + 1);
                }
            }
            this.spans = spans();
            spans.forEach(s -> mark(s.start(), s.end()));
            spans.forEach(this::markRestOfValue);
        }

        private Integer yearOf(QuerySpec spec) {
            return periodOf(spec).map(period -> period.start().getYear()).orElse(null);
        }

        /** The period a query is about, the later one when it compares two. */
        private Optional<Period> periodOf(QuerySpec spec) {
            return Optional.ofNullable(spec.period() != null ? spec.period()
                    : spec.compared().isEmpty() ? null : spec.compared().get(spec.compared().size() - 1));
        }

        /**
         * "nimbus x2 earbuds" names the value "Nimbus X2 wireless earbuds" though it skips a word: the words right
         * after a value's phrase that are words of the value belong to it.
         */
        private void markRestOfValue(Span span) {
            Set<String> valueWords = span.all(Meaning.ValueWord.class).stream()
                    .flatMap(v -> Words.tokens(v.value().value()).stream()).collect(Collectors.toSet());
            for (int i = span.end(); i < words.size() && valueWords.contains(words.get(i)) && !understood[i]; i++) {
                understood[i] = true;
            }
        }

        /**
         * The words before a bracket that opens on a date, back to a word of grammar or of the model ("returns by
         * reason, recall window (may-jul 25)" names the window, not the reason), as {@code [start, end)}.
         */
        private List<int[]> periodNames(String text) {
            List<int[]> names = new ArrayList<>();
            Matcher bracket = OPENING_BRACKET.matcher(text);
            while (bracket.find()) {
                int at = Words.tokens(text.substring(0, bracket.start())).size();
                if (times.stream().anyMatch(t -> t.start() == at)) {
                    int start = at;
                    while (start > Math.max(0, at - MAX_NAME_WORDS) && !understood[start - 1]
                            && !FUNCTION_WORDS.contains(words.get(start - 1)) && !modelWordAt(start - 1)) {
                        start--;
                    }
                    if (start < at) {
                        names.add(new int[] {start, at});
                    }
                }
            }
            return names;
        }

        private boolean modelWordAt(int i) {
            return lexiconMatches.stream().anyMatch(match -> match.start() <= i && i < match.end());
        }

        private String maskIdentifiers(String text) {
            String masked = text;
            for (Map.Entry<String, Pattern> entry : identifierPatterns.entrySet()) {
                Matcher matcher = entry.getValue().matcher(masked);
                List<String> found = new ArrayList<>();
                while (matcher.find()) {
                    found.add(matcher.group().toUpperCase(Locale.ROOT));
                }
                if (!found.isEmpty()) {
                    identifierFilters.add(Filter.in(entry.getKey(), List.copyOf(new LinkedHashSet<>(found))));
                    masked = matcher.replaceAll(" " + IDENTIFIER_PLACEHOLDER + " ");
                }
            }
            return masked;
        }

        /** "how many…", "how much…", or a word of one of the model's metrics: the question asks for a figure. */
        private boolean asksForFigure() {
            return lexiconMatches.stream().anyMatch(m -> m.meaning() instanceof Meaning.MetricWord)
                    || IntStream.range(0, words.size() - 1).anyMatch(i -> words.get(i).equals("how")
                            && (words.get(i + 1).equals("many") || words.get(i + 1).equals("much")));
        }

        /** Every phrase match outside the dates; the longest win, except that a metric inside a value stays. */
        private List<Span> spans() {
            List<Match<Meaning>> matches = new ArrayList<>(lexiconMatches);
            for (Match<CatalogValue> value : catalog.findAll(String.join(" ", raw))) {
                matches.add(new Match<>(value.start(), value.end(), new Meaning.ValueWord(value.meaning())));
            }
            matches.addAll(baseFormsOfValues(matches));
            matches.removeIf(m -> times.stream().anyMatch(t -> m.start() < t.end() && t.start() < m.end())
                    || periodNames.stream().anyMatch(name -> m.start() < name[1] && name[0] < m.end()));
            matches.removeIf(m -> m.meaning() instanceof Meaning.ValueWord && inGrammarPhrase(m.start(), m.end()));
            matches.removeIf(m -> m.end() - m.start() == 1 && namesAnotherThing(m.start()));
            matches.sort(Comparator.comparingInt((Match<Meaning> m) -> -m.length()).thenComparingInt(Match::start));
            List<Match<Meaning>> kept = new ArrayList<>();
            for (Match<Meaning> match : matches) {
                boolean fits = kept.stream().filter(match::overlaps).allMatch(other ->
                        (other.start() == match.start() && other.end() == match.end())
                                || (match.meaning() instanceof Meaning.MetricWord
                                        && other.meaning() instanceof Meaning.ValueWord && match.within(other)));
                if (fits) {
                    kept.add(match);
                }
            }
            Map<String, List<Meaning>> bySpan = new LinkedHashMap<>();
            kept.sort(Comparator.comparingInt((Match<Meaning> m) -> m.start()).thenComparingInt(m -> -m.length()));
            for (Match<Meaning> match : kept) {
                List<Meaning> meanings = bySpan.computeIfAbsent(match.start() + ":" + match.end(), k -> new ArrayList<>());
                if (!meanings.contains(match.meaning())) {
                    meanings.add(match.meaning());
                }
            }
            List<Span> result = new ArrayList<>();
            bySpan.forEach((key, meanings) -> {
                String[] bounds = key.split(":");
                result.add(new Span(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]), meanings));
            });
            return result;
        }

        /**
         * "how many order is cancel yesterday": a verb in its base form after "is", "was", "got"…, where a value is
         * its past participle ("cancelled", "returned", "shipped"), as the question would have it in plain English;
         * and the verb as a plural noun of the events ("which state had most cancels").
         */
        private List<Match<Meaning>> baseFormsOfValues(List<Match<Meaning>> matched) {
            List<Match<Meaning>> found = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                int at = i;
                String word = words.get(i);
                boolean afterCue = i > 0 && PASSIVE_CUES.contains(words.get(i - 1));
                String verb = afterCue ? word : word.endsWith("s") && !word.endsWith("ss") ? word.substring(0,
                        word.length() - 1) : "";
                if (verb.length() < 3 || matched.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
                    continue;
                }
                char last = verb.charAt(verb.length() - 1);
                List<String> participles = List.of(verb + "ed", verb + "d", verb + last + "ed");
                participles.stream().flatMap(form -> catalog.find(form).stream()
                                .filter(value -> value.value().equalsIgnoreCase(form)))
                        .findFirst()
                        .ifPresent(value -> found.add(new Match<>(at, at + 1, new Meaning.ValueWord(value))));
            }
            return found;
        }

        /**
         * Whether the word is half of a name for something the data does not hold: "health score" is no review
         * score, "credit notes" no credit card.
         */
        private boolean namesAnotherThing(int i) {
            return OTHER_SCORES.contains(word(i - 1)) && Set.of("score", "scores").contains(word(i))
                    || word(i).equals("credit") && OTHER_CREDITS.contains(word(i + 1));
        }

        private boolean inGrammarPhrase(int start, int end) {
            for (int i = Math.max(0, start - 1); i < Math.min(end, words.size() - 1); i++) {
                String pair = words.get(i) + " " + words.get(i + 1);
                if (GRAMMAR_PHRASES.contains(pair) || CONTACT_MANNERS.contains(pair)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A metric word inside a value ("customers" in "VIP customers"), after a value a preposition introduces
         * ("for business customers") or naming the entity right after a value ("business customers spend…")
         * describes the rows filtered on; it names the metric only when nothing else does.
         */
        private boolean describesValue(Span metric) {
            boolean entity = metric.column().filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent();
            // "which payment method's customers spend most per order": the customers of each method are the rows
            boolean ofColumn = entity && word(metric.start() - 1).equals("s") && spans.stream()
                    .anyMatch(s -> s.end() == metric.start() - 1 && s.column().isPresent());
            // "how much do customers spend on average": the customers do what the figure counts
            boolean subject = entity && SPEND_VERBS.contains(word(metric.end()));
            return ofColumn || subject || spans.stream().anyMatch(s -> s != metric && !s.all(Meaning.ValueWord.class).isEmpty()
                    && ((s.start() <= metric.start() && s.end() >= metric.end())
                            || (s.end() == metric.start() && (entity || s.start() > 0
                                    && Set.of("for", "of", "among", "from", "to", "with").contains(words.get(s.start() - 1))))));
        }

        /**
         * What "how many" counts: a metric right after it, even inside a value ("how many VIP customers placed an
         * order" counts customers, not orders); a value right after it is counted with the count metric ("how many
         * returns came from VIP customers" counts orders); else the metrics named.
         */
        private List<Span> counted(List<Span> metricSpans, List<Span> named) {
            int start = afterCountCue();
            Optional<Span> counted = metricSpans.stream().filter(m -> m.start() == start || spans.stream().anyMatch(s ->
                    s.start() == start && !s.all(Meaning.ValueWord.class).isEmpty() && withColumnWord(s) >= m.start()
                            && s.start() <= m.start())).findFirst();
            if (counted.isPresent()) {
                // "the number of orders and total revenue": what is counted, and the metrics joined to it ("what did
                // refunds add up to, and how many support tickets…" asks for the figure before it too)
                List<Span> joined = new ArrayList<>(List.of(counted.get()));
                for (int i = metricSpans.size() - 1; i >= 0; i--) {
                    Span metric = metricSpans.get(i);
                    if (metric.start() < joined.get(0).start() && joinedToPrevious(metric, joined.get(0))) {
                        joined.add(0, metric);
                    }
                }
                for (Span metric : metricSpans) {
                    if (metric.start() > joined.get(joined.size() - 1).start()
                            && joinedToPrevious(joined.get(joined.size() - 1), metric)) {
                        joined.add(metric);
                    }
                }
                return joined;
            }
            boolean valueCounted = spans.stream().anyMatch(s -> s.start() == start && !s.all(Meaning.ValueWord.class).isEmpty());
            // "number of 1-star csat scores": the rows with that score are counted, not their score averaged
            boolean amountCounted = start >= 0 && isNumber(word(start)) && spans.stream()
                    .anyMatch(s -> s.start() == start + 1 && s.first(Meaning.UnitWord.class).isPresent());
            return valueCounted || amountCounted ? List.of() : named.isEmpty() ? metricSpans : named;
        }

        /** Where a value's words end, with its column's word after them: "vip segment" in "vip segment customers". */
        private int withColumnWord(Span value) {
            Set<String> columns = value.all(Meaning.ValueWord.class).stream().map(v -> v.value().column())
                    .collect(Collectors.toSet());
            return spans.stream().filter(s -> s.start() == value.end() && s.all(Meaning.ValueWord.class).isEmpty()
                    && s.column().map(SemanticColumn::name).filter(columns::contains).isPresent())
                    .mapToInt(Span::end).findFirst().orElse(value.end());
        }

        /** The column of "how many distinct products", "number of different cities": its values are what is counted. */
        private Optional<SemanticColumn> distinctlyCounted() {
            int start = afterCountCue();
            boolean distinctWord = start > 0 && words.subList(0, start).stream()
                    .anyMatch(Set.of("distinct", "unique", "different")::contains);
            return !distinctWord ? Optional.empty() : spans.stream().filter(s -> s.start() == start)
                    .filter(s -> s.first(Meaning.MetricWord.class).isEmpty() && s.all(Meaning.ValueWord.class).isEmpty())
                    .flatMap(s -> s.column().stream())
                    .filter(c -> c.role() == ColumnRole.DIMENSION || c.role() == ColumnRole.IDENTIFIER).findFirst();
        }

        /**
         * Where the words after "how many", "number of" or "count of" start, past determiners and "distinct"
         * ("distinct count of customer_id", "count distinct customer_id"); -1 without them.
         */
        private int afterCountCue() {
            int cue = -1;
            for (int i = 0; i + 1 < words.size() && cue < 0; i++) {
                if ((words.get(i).equals("how") && words.get(i + 1).equals("many"))
                        || (Set.of("number", "count").contains(words.get(i)) && words.get(i + 1).equals("of"))) {
                    cue = i + 2;
                } else if (words.get(i).equals("count") && Set.of("distinct", "unique").contains(words.get(i + 1))) {
                    cue = i + 1;
                }
            }
            while (cue >= 0 && cue < words.size() && (DETERMINERS.contains(words.get(cue))
                    || Set.of("distinct", "unique", "different").contains(words.get(cue)))) {
                cue++;
            }
            return cue;
        }

        /** "total" in "total shipping", "total refunds": how to aggregate the measure named next, not a column itself. */
        private boolean qualifiesNextMeasure(Span span) {
            return span.end() - span.start() == 1 && AGGREGATES.containsKey(words.get(span.start()))
                    && spans.stream().anyMatch(next -> next.start() == span.end()
                            && (next.first(Meaning.MetricWord.class).isPresent() || next.measureColumn().isPresent()));
        }

        /** "order" in "order ORD-000123" only says what the identifier is. */
        private boolean labelsIdentifier(Span span) {
            return span.end() < words.size() && words.get(span.end()).equals(IDENTIFIER_PLACEHOLDER)
                    && span.column().filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent();
        }

        QuerySpec spec() {
            boolean countCue = countCue();
            SpanRoles roles = roles(countCue);
            List<String> groupBy = new ArrayList<>(roles.groupBy());
            // "show me the trend" names no figure: a trend of what is asked back, not assumed to be of orders
            boolean figureNamed = !roles.metricSpans().isEmpty() || !roles.measureSpans().isEmpty();
            List<TimeExpressions.Found> setAside = setAside();
            Timing said = timing(setAside);
            List<Period> leftOut = setAside.stream().map(TimeExpressions.Found::period).distinct().toList();
            TimeGrain trendGrain = roles.grain() == null && groupBy.size() <= 1 && figureNamed && asksForTrend()
                    ? trendGrain(said.period()) : roles.grain();
            // "YoY revenue growth for Q4", "the MoM change in orders for December 2025": the period beside the same
            // period one grain before it, not a trend inside it
            Optional<Period> before = overPrevious(said, trendGrain);
            Timing timing = before.map(earlier -> new Timing(null, List.of(earlier, said.period()))).orElse(said);
            // "YoY revenue, full year 2025 vs full year 2024": each period compared is already one bucket of the grain
            TimeGrain grain = before.isPresent() || !timing.compared().isEmpty() && trendGrain != null
                    && timing.compared().stream().allMatch(p -> oneBucket(p, trendGrain)) ? null : trendGrain;
            List<Filter> merged = mergeFilters(roles.filters().stream().map(Positioned::filter).toList());
            // "$14.99 postage vs free postage": amounts of a number column set against none of it are values compared
            amountsAgainstNone(merged).ifPresent(compared -> {
                merged.removeIf(filter -> filter.column().equals(compared.column()));
                merged.add(compared);
                if (!groupBy.contains(compared.column())) {
                    groupBy.add(compared.column());
                }
            });
            // "orders under $50 vs over $200": ranges no row is in at once are bands to count in, not one filter
            List<List<Filter>> bands = bands(roles.filters());
            if (!bands.isEmpty()) {
                String banded = bands.get(0).get(0).column();
                merged.removeIf(filter -> filter.column().equals(banded) && filter.comparesOneNumber());
            }
            Set<String> unrestricted = unrestrictedColumns();
            merged.removeIf(filter -> unrestricted.contains(filter.column()));
            boolean compare = comparesValues() || comparative();
            // "CA and WA, revenue for each", "how many in Electronics and how many in Toys": the values listed, one
            // figure apiece
            boolean apiece = groupBy.isEmpty() && (words.stream().anyMatch(EACH_OF_THEM::contains) || asksTwice());
            if (compare || apiece) {
                List<String> listed = merged.stream().filter(f -> f.op() == Filter.Op.IN && f.values().size() > 1)
                        .map(Filter::column).toList();
                // "Boston vs New York - what % of delivered orders came back": the values beside "vs" are compared
                List<String> besideCue = listed.stream().filter(c -> roles.filters().stream()
                        .anyMatch(f -> f.filter().column().equals(c) && besideCompareCue(f.position()))).toList();
                (besideCue.isEmpty() ? listed : besideCue).stream().filter(c -> !groupBy.contains(c))
                        .forEach(groupBy::add);
                // "late deliveries vs on-time ones": both sides of a yes/no column, side by side
                Set<String> bothWays = merged.stream().filter(f -> f.op() == Filter.Op.TRUE).map(Filter::column)
                        .filter(c -> merged.stream().anyMatch(f -> f.column().equals(c) && f.op() == Filter.Op.FALSE))
                        .collect(Collectors.toSet());
                merged.removeIf(f -> bothWays.contains(f.column()));
                bothWays.stream().filter(c -> !groupBy.contains(c)).forEach(groupBy::add);
            }
            // "the West next to all the other regions put together": one group against the rest, not the West alone
            Optional<Filter> versusRest = versusRest(merged).or(() -> havingAgainstLacking(merged));
            versusRest.ifPresent(group -> {
                merged.removeIf(filter -> filter.equals(group) || filter.column().equals(group.column())
                        && hasOrLacks(filter));
                groupBy.remove(group.column());
                // "VIP customers compared with all other customers": two groups, not one row per customer
                groupBy.removeIf(column -> model.column(column).filter(c -> c.role() == ColumnRole.IDENTIFIER)
                        .isPresent());
            });
            if (versusRest.isEmpty()) {
                // "FedEx's late rate compared with the other carriers": each of them beside it, not FedEx alone
                eachOtherOf(merged).ifPresent(one -> {
                    merged.remove(one);
                    if (!groupBy.contains(one.column())) {
                        groupBy.add(one.column());
                    }
                });
            }
            if (versusRest.isEmpty() && !merged.isEmpty()) {
                againstWhole().ifPresent(phrase -> dropped.add(
                        new DroppedPhrase(phrase, null, false, List.of(), NOT_AGAINST_WHOLE)));
            }
            // "the average CSAT for late deliveries and for on-time ones": a flag said both ways asks for both groups
            // ("On-time check: what % arrived late?" asks a share, which takes the other way as its whole)
            List<String> bothWays = asksShare() ? List.of() : merged.stream().filter(f -> f.op() == Filter.Op.TRUE)
                    .map(Filter::column).filter(column -> merged.contains(Filter.of(column, Filter.Op.FALSE)))
                    .distinct().toList();
            for (String column : bothWays) {
                merged.removeIf(f -> f.column().equals(column)
                        && (f.op() == Filter.Op.TRUE || f.op() == Filter.Op.FALSE));
                if (!groupBy.contains(column)) {
                    groupBy.add(column);
                }
            }
            // "worse" is read as "worst" elsewhere, so the comparative is looked for as written
            boolean comparativeSaid = raw.stream().anyMatch(w -> COMPARATIVES.contains(w.toLowerCase(Locale.ROOT)));
            if (versusRest.isEmpty() && groupBy.isEmpty() && grain == null && asksYesOrNo() && comparativeSaid) {
                // "do late orders get worse ratings?": the late ones against the others
                List<Filter> flags = merged.stream().filter(f -> model.column(f.column())
                        .filter(c -> c.role() == ColumnRole.FLAG).isPresent()).toList();
                if (flags.size() == 1) {
                    merged.remove(flags.get(0));
                    groupBy.add(flags.get(0).column());
                }
            }
            // "customers who ordered more than once", "repeat buyers": the rows of the entities whose own count meets it
            Optional<RepeatSaid> repeat = asksShare() ? Optional.empty()
                    : repeatedEntity().or(() -> boundedGroup(groupBy));
            repeat.map(saying -> saying.filter().column()).filter(column -> model.column(column)
                    .filter(c -> c.role() == ColumnRole.DIMENSION).isPresent() && !groupBy.contains(column))
                    .ifPresent(groupBy::add);
            Predicate<Span> inRepeat = span -> repeat.filter(saying -> saying.holds(span)).isPresent();
            // "customers with 3 or more orders" counts customers, neither the orders nor each order
            groupBy.removeIf(column -> spans.stream().filter(inRepeat)
                    .anyMatch(span -> span.column().map(SemanticColumn::name).filter(column::equals).isPresent()));
            // "customers with 7 or more support tickets": the customers' own tickets, not each order's
            repeat.ifPresent(saying -> merged.removeIf(filter -> roles.filters().stream().anyMatch(at ->
                    at.filter().equals(filter) && at.position() >= saying.start() && at.position() < saying.end())));
            List<Span> metricSpans = withoutAnyOne(withoutGenericMoney(roles.metricSpans().stream()
                    .filter(inRepeat.negate()).toList(), roles.measureSpans()));
            List<Span> figures = metricSpans.stream().filter(m -> !describesValue(m)).toList();
            // "for orders with at most 2 units, what was the AOV?": the orders are the rows, the AOV the figure
            List<Span> named = !countCue && figures.stream().anyMatch(m -> !namesRows(m, figures))
                    ? figures.stream().filter(m -> !namesRows(m, figures)).toList() : figures;
            // "For orders in 2025, the median order value": the orders are the rows, the column's median the figure
            boolean onlyRowsNamed = !countCue && !metricSpans.isEmpty() && metricSpans.stream()
                    .allMatch(m -> (describesValue(m) || namesRows(m, figures)) && introducedAsRows(m))
                    && roles.measureSpans().stream().anyMatch(m -> explicitAggregateBefore(m.start()).isPresent());
            List<Span> measured = onlyRowsNamed ? List.of() : countCue ? counted(metricSpans, named)
                    : named.isEmpty() ? metricSpans : named;
            Optional<String> difference = difference(metricSpans);
            if (difference.isEmpty()) {
                // "revenue minus shipping fees": a figure taken from another, which no metric of the model is
                takenAwayUnexpressed(metricSpans, roles.measureSpans()).ifPresent(phrase -> dropped.add(
                        new DroppedPhrase(phrase, null, false, List.of(), NOT_SUBTRACTED)));
            }
            List<MeasureRef> measures = rankedByCountFirst(saidPerOrders(difference.isPresent()
                    ? List.of(MeasureRef.metric(difference.get()))
                    : (roles.perRow() ? rowAverages(named.isEmpty() ? metricSpans : named, roles.measureSpans())
                            : measures(measured, roles.measureSpans(), countCue)).stream()
                            .filter(measure -> !fixedByFilter(measure, merged)).toList()));
            // "the late delivery rate … on late deliveries": the rate already counts the rows it is the rate of; "on-time
            // problem check: … what % arrived late?": nor is it taken over the rows it never counts
            List<MeasureRef> rates = measures;
            merged.removeIf(filter -> rateOf(filter.op() == Filter.Op.FALSE ? Filter.of(filter.column(), Filter.Op.TRUE)
                    : filter).filter(rate -> rates.stream().anyMatch(m -> rate.equals(m.metric()))).isPresent());
            boolean explicitMeasure = !measures.isEmpty();
            List<Filter> allFilters = new ArrayList<>(identifierFilters);
            allFilters.addAll(merged);
            List<Integer> unknownWords = checkUnknownWords(metricSpans);
            int unknown = unknownWords.size();
            namedPhrases(unknownWords).forEach(p -> dropped.add(new DroppedPhrase(p, null)));
            misreadMeasures(roles.measureSpans(), measures).forEach(p -> dropped.add(new DroppedPhrase(p, null)));

            Integer limit = limit();
            // "how does that stack up against business customers?": the customers only say which segment
            if (followUp(explicitMeasure && (!named.isEmpty() || countCue), countCue)) {
                // "restrict that to orders of three or more units": the rows the last figure is taken over
                List<Span> figuresNamed = countCue ? named : named.stream().filter(m -> !rowsNarrowedTo(m)).toList();
                List<MeasureRef> figuresSaid = figuresNamed.isEmpty() ? List.of()
                        : measures(figuresNamed, roles.measureSpans(), countCue);
                List<MeasureRef> asked = asksShare()
                        ? shareOfLast(previous.orElseThrow(), figuresSaid).orElse(figuresSaid) : figuresSaid;
                return followUpSpec(previous.orElseThrow(), asked, allFilters, timing, leftOut,
                        groupBy, grain, limit, bands);
            }
            Optional<SemanticColumn> distinct = explicitMeasure || !countCue ? Optional.empty() : distinctlyCounted();
            if (distinct.isPresent()) {
                // "how many distinct products": the values of a column, counted once each
                measures = List.of(MeasureRef.aggregate(MeasureRef.COUNT_DISTINCT, distinct.get().name()));
                groupBy.remove(distinct.get().name());
                explicitMeasure = true;
            }
            Optional<EntityFilter> entities = repeat.map(RepeatSaid::filter);
            if (!explicitMeasure && entities.filter(e -> !e.metric().equals(vocabulary.countMetric())
                    && groupBy.contains(e.column())).isPresent()) {
                // "which customers raised 7 or more support tickets": each one's own tickets
                measures = List.of(MeasureRef.metric(entities.get().metric()));
                explicitMeasure = true;
            }
            if (!explicitMeasure && !judgedRows.isEmpty() && allFilters.remove(judgedRows.get(0))) {
                // "worst category for returns": the categories' return rate, not their count of returned orders
                measures = List.of(MeasureRef.metric(rateOf(judgedRows.get(0)).orElseThrow()));
                explicitMeasure = true;
            }
            if (!explicitMeasure) {
                boolean intent = countCue || !groupBy.isEmpty() || grain != null || asksShare()
                        || (!merged.isEmpty() && unknown == 0);
                if (intent) {
                    measures = List.of(MeasureRef.metric(vocabulary.countMetric()));
                } else if (!identifierFilters.isEmpty()) {
                    return new QuerySpec(List.of(), allFilters, timing.period(), timing.compared(), List.of(), null,
                            null, null, null, null, null, null, false, List.of(), leftOut);
                } else {
                    throw new QuestionNotUnderstoodException(
                            "I could not tell what to measure in \"" + question.strip() + "\"");
                }
            }
            // "top 5 orders by value", "the biggest orders in December": each row counts 1, so rows are ranked by what
            // they are worth; "top 5 SKUs by number of returns" counts them
            if (!countCue && groupBy.size() == 1 && grain == null && rowIdentifier(groupBy.get(0))
                    && measures.size() == 1 && vocabulary.countMetric().equals(measures.get(0).metric())
                    && rowsRanked(groupBy.get(0)) && !rankedOnRows(roles)) {
                Optional<String> worth = moneySummed();
                if (worth.isPresent()) {
                    measures = List.of(MeasureRef.metric(worth.get()));
                }
            }
            boolean grouped = !groupBy.isEmpty() || grain != null || !timing.compared().isEmpty() || versusRest.isPresent()
                    || !bands.isEmpty();
            Boolean ascending = grouped ? direction(measures.get(0)) : null;
            // "the top 3 products in each category", "which carrier was slowest every month": a ranking per group
            Optional<String> within = grouped ? rankedWithin(groupBy, grain) : Optional.empty();
            if (within.isPresent() && limit == null && ascending != null && oneRankedIn(groupBy, grain, within.get())) {
                limit = 1;
            }
            String limitPer = within.isPresent() && limit != null ? within.get() : null;
            List<Filter> shareOf = null;
            if (asksShare() && !allPercentages(measures)) {
                List<Filter> part = sharePart(roles);
                List<Filter> rated = part.stream().filter(f -> rateOf(f).isPresent()).toList();
                if (rated.size() == 1 && measures.stream().allMatch(m -> m.isMetric() && countsRows(m.metric()))) {
                    // "what % of Nimbus orders got returned": the model's return rate, over the orders it defines;
                    // "how often did packages show up late in the southeast": the rest of the part says which rows
                    allFilters.remove(rated.get(0));
                    allFilters.removeIf(f -> f.column().equals(rated.get(0).column()) && f.op() == Filter.Op.FALSE);
                    measures = List.of(MeasureRef.metric(rateOf(rated.get(0)).orElseThrow()));
                    // "what % of delivered orders came back": the rate's own rows hold the delivered ones already
                    String rows = model.metric(measures.get(0).metric()).map(Metric::filter).orElse(null);
                    allFilters.removeIf(f -> rows != null && f.op() == Filter.Op.IN
                            && f.column().equals(rated.get(0).column())
                            && f.values().stream().allMatch(v -> rows.contains("'" + v + "'")));
                    // "what proportion of delivered orders arrived late": delivered ones are the rows the rate has
                    allFilters.removeIf(f -> rows != null && f.op() == Filter.Op.IN
                            && f.values().stream().allMatch(v -> saysRowsOf(rows, v)));
                } else if (!part.isEmpty() && (!grouped || versusRest.isEmpty()
                        && part.stream().noneMatch(f -> groupBy.contains(f.column())))) {
                    // "what share of orders needed a support ticket, by channel": the part within each group; "VIP
                    // customers as opposed to everyone else" still shares the whole between the two
                    allFilters.removeAll(part);
                    // "the non-marketplace share of revenue (web + app combined)": the part, said once more as what
                    // it leaves out
                    allFilters.removeIf(f -> f.op() == Filter.Op.NOT_IN
                            && part.stream().anyMatch(p -> p.column().equals(f.column())));
                    shareOf = part;
                    // "of the orders with a CSAT score, what share rated 4 or 5": an average has no parts, so the
                    // share is of the rows that hold a score
                    Optional<String> averaged = measures.size() == 1 && measures.get(0).isMetric()
                            ? QuestionParser.this.averagedColumn(measures.get(0).metric()) : Optional.empty();
                    if (averaged.isPresent()) {
                        measures = List.of(MeasureRef.metric(vocabulary.countMetric()));
                        allFilters.add(Filter.of(averaged.get(), Filter.Op.PRESENT));
                    }
                } else if (grouped) {
                    shareOf = List.of();
                }
            }
            valueOfSeveral(allFilters, groupBy).ifPresent(clarification -> {
                throw new ClarificationNeededException(clarification);
            });
            // "revenue, cancelled orders included": the metric leaves them out by definition, which is said
            for (Map.Entry<Filter, String> included : includedAnyway.entrySet()) {
                measures.stream().filter(MeasureRef::isMetric).flatMap(m -> model.metric(m.metric()).stream())
                        .filter(metric -> metric.filter() != null
                                && metric.filter().contains(included.getKey().column()))
                        .findFirst().ifPresent(metric -> dropped.add(new DroppedPhrase(included.getValue(), null,
                                false, List.of(), metric.label() + " counts only the rows its definition keeps ("
                                + metric.filter() + ")")));
            }
            return new QuerySpec(measures, allFilters, timing.period(), timing.compared(), groupBy, grain, ascending,
                    grouped ? limit : null, limitPer, shareOf, versusRest.orElse(null),
                    repeat.map(RepeatSaid::filter).orElse(null), asksChange(timing.compared(), grain, measures), bands,
                    leftOut);
        }

        /** "including cancelled orders", "cancelled included", "cancelled orders included": kept in, not asked for. */
        private boolean saidIncluded(Span span) {
            int after = Set.of("orders", "ones").contains(word(span.end())) ? span.end() + 1 : span.end();
            return Set.of("including", "incl", "inc").contains(word(span.start() - 1))
                    || Set.of("included", "incl", "too").contains(word(after));
        }

        /** Whether {@code value} is a word for the rows a metric keeps by a column it requires ("delivered"). */
        private boolean saysRowsOf(String rows, String value) {
            return QueryScope.rows(rows).filter(required -> required.op() == Filter.Op.PRESENT)
                    .map(required -> vocabulary.presenceWords().getOrDefault(required.column(), List.of()))
                    .filter(words -> words.contains(value)).isPresent();
        }

        /**
         * "What was revenue in Portland in 2025?" when the data has a Portland in Maine and one in Oregon: a value
         * named that several places share, with nothing saying which, is asked about rather than summed over both;
         * each choice is the question with the value's qualifier beside it ("Portland OR").
         */
        private Optional<Clarification> valueOfSeveral(List<Filter> filters, List<String> groupBy) {
            for (Filter filter : filters) {
                String qualifier = vocabulary.qualifiers().get(filter.column());
                if (qualifier == null || filter.op() != Filter.Op.IN || filter.values().size() != 1
                        || groupBy.contains(qualifier)
                        || filters.stream().anyMatch(f -> f.column().equals(qualifier))) {
                    continue;
                }
                String value = filter.values().get(0);
                List<String> places = catalog.qualifiersOf(filter.column(), value);
                Optional<Span> named = spans.stream().filter(span -> span.all(Meaning.ValueWord.class).stream()
                        .anyMatch(v -> v.value().equals(new CatalogValue(filter.column(), value)))).findFirst();
                if (places.size() < 2 || named.isEmpty()) {
                    continue;
                }
                String phrase = String.join(" ", raw.subList(named.get().start(), named.get().end()));
                String asked = question.strip();
                List<String> choices = places.stream().map(place -> instead(asked, phrase, phrase + " " + place))
                        .toList();
                if (choices.contains(asked)) {
                    // the value was named in words the question no longer holds as written ("sao jose")
                    continue;
                }
                return Optional.of(new Clarification(Clarification.Reason.AMBIGUOUS, "The data has " + value
                        + " in more than one " + qualifier.replace('_', ' ') + " (" + String.join(", ", places)
                        + "). Which one do you mean?", choices));
            }
            return Optional.empty();
        }

        private static boolean within(Period inner, Period outer) {
            return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
        }

        /** An entity's count compared, and the words {@code [start, end)} that say so. */
        private record RepeatSaid(EntityFilter filter, int start, int end) {
            boolean holds(Span span) {
                return span.start() >= start && span.start() < end;
            }
        }

        /**
         * "repeat customers", "one-time buyers", "customers who ordered more than once", "buyers with 3 or more
         * orders": an entity of the model (an identifier some metric counts the distinct values of) whose count of
         * rows is compared, with the words that say it.
         */
        private Optional<RepeatSaid> repeatedEntity() {
            for (Span span : spans) {
                Optional<String> entity = span.column().filter(c -> c.role() == ColumnRole.IDENTIFIER)
                        .map(SemanticColumn::name).filter(this::countedOnce);
                if (entity.isEmpty()) {
                    continue;
                }
                int before = indexBefore(span, ARTICLES::contains);
                if (REPEAT_WORDS.contains(word(before))) {
                    return repeatFound(entity.get(), Filter.Op.GT, "1", before, before + 1);
                }
                if (word(before).equals("time") && word(before - 1).equals("one")) {
                    return repeatFound(entity.get(), Filter.Op.EQ, "1", before - 1, before + 1);
                }
                Optional<RepeatSaid> after = countAfter(entity.get(), span.end());
                if (after.isPresent()) {
                    return after;
                }
            }
            return Optional.empty();
        }

        /**
         * "which states had more than 500 orders", "categories with revenue over $100,000", "products whose refund
         * total is more than 10000 dollars": the groups whose own figure meets the bound, not the rows that each do.
         */
        private Optional<RepeatSaid> boundedGroup(List<String> groupBy) {
            for (Span span : spans) {
                // "categories with revenue over $100,000" opens on the groups it asks for
                boolean opens = indexBefore(span, word -> ARTICLES.contains(word) || LISTING.contains(word)) < 0;
                Optional<String> group = span.column().filter(c -> c.role() == ColumnRole.DIMENSION)
                        .map(SemanticColumn::name).filter(column -> groupBy.contains(column) || opens);
                for (int i = span.end(); group.isPresent() && i < Math.min(words.size(), span.end() + REPEAT_REACH);
                        i++) {
                    int noun = word(i + 1).equals("or") ? i + 3 : i + 1;
                    Optional<RepeatSaid> bounded = namesRow(noun) && comparison(word(i - 2), word(i - 1)) != null
                            ? ordersCounted(group.get(), span.end(), i) : figureBounded(group.get(), i);
                    if (bounded.isPresent()) {
                        return bounded;
                    }
                }
            }
            return Optional.empty();
        }

        /** "…ordered more than once", "…with 3 or more orders", "…placed more than one order", a few words on. */
        private Optional<RepeatSaid> countAfter(String entity, int from) {
            for (int i = from; i < Math.min(words.size(), from + REPEAT_REACH); i++) {
                for (Map.Entry<String, Map.Entry<Filter.Op, String>> said : REPEATS.entrySet()) {
                    List<String> saidWords = Words.tokens(said.getKey());
                    if (i + saidWords.size() <= words.size() && words.subList(i, i + saidWords.size()).equals(saidWords)) {
                        return repeatFound(entity, said.getValue().getKey(), said.getValue().getValue(), i,
                                i + saidWords.size());
                    }
                }
                Optional<RepeatSaid> orders = ordersCounted(entity, from, i);
                if (orders.isEmpty()) {
                    orders = figureBounded(entity, i);
                }
                if (orders.isPresent()) {
                    return orders;
                }
            }
            return Optional.empty();
        }

        /**
         * "3 or more orders", "more than one order", "multiple orders", "a single order", said at {@code i}; or a
         * count the model sums, "7 or more support tickets".
         */
        private Optional<RepeatSaid> ordersCounted(String entity, int from, int i) {
            int noun = word(i + 1).equals("or") ? i + 3 : i + 1;
            String number = word(i);
            Integer count = Set.of("one", "single", "multiple").contains(number) ? Integer.valueOf(1)
                    : TimeExpressions.count(number);
            // "the orders where the customer opened two tickets or more": the orders' own tickets, said of its buyer
            Optional<Span> summed = summedCountAt(noun)
                    .filter(span -> IntStream.range(0, from).noneMatch(this::namesRow));
            if (!namesRow(noun) && summed.isEmpty() || count == null) {
                return Optional.empty();
            }
            Filter.Op compared = i >= 2 ? comparison(word(i - 2), word(i - 1)) : null;
            Filter.Op op = number.equals("multiple") ? Filter.Op.GT
                    : compared != null ? compared : postfix(i, Filter.Op.EQ);
            int start = Math.max(from, compared != null ? i - 2 : i);
            // "customers who made 3 or more orders": the verb before the count places them, it is no revenue
            boolean verbBefore = spans.stream().anyMatch(s -> s.end() == start && s.start() == start - 1
                    && s.start() >= from && s.first(Meaning.MetricWord.class).isPresent());
            if (summed.isPresent()) {
                String metric = summed.get().first(Meaning.MetricWord.class).orElseThrow().metric();
                return Optional.of(new RepeatSaid(new EntityFilter(entity, metric, op, String.valueOf(count)), start,
                        summed.get().end()));
            }
            return repeatFound(entity, op, String.valueOf(count), verbBefore ? start - 1 : start, noun + 1);
        }

        /**
         * "customers who spent more than $2,000", "categories with a return rate above 7%": a money metric or a rate
         * said at {@code i}, bounded by an amount or a percentage.
         */
        private Optional<RepeatSaid> figureBounded(String entity, int i) {
            Optional<Metric> figure = spans.stream().filter(span -> span.start() == i)
                    .flatMap(span -> span.first(Meaning.MetricWord.class).stream())
                    .flatMap(m -> model.metric(m.metric()).stream())
                    .filter(m -> m.format() == MetricFormat.CURRENCY && sumsAColumn(m)
                            || m.format() == MetricFormat.PERCENT).findFirst();
            int end = spans.stream().filter(span -> span.start() == i).mapToInt(Span::end).max().orElse(i + 1);
            // "refunds of more than $10,000", "refund total is more than 10000 dollars", "a return rate above 7%"
            int bound = end;
            while (AMOUNT_LEADS.contains(word(bound))) {
                bound++;
            }
            Filter.Op op = comparison(word(bound), word(bound + 1));
            int amount = op == null ? -1 : bound + comparisonLength(word(bound));
            boolean inUnit = figure.filter(m -> m.format() == MetricFormat.PERCENT).isPresent()
                    ? word(amount + 1).equals("percent") : spans.stream().anyMatch(span -> span.start() == amount + 1
                            && span.first(Meaning.UnitWord.class).isPresent());
            if (figure.isEmpty() || amount < 0 || !isNumber(word(amount)) || !inUnit) {
                return Optional.empty();
            }
            mark(end, amount + 2);
            return Optional.of(new RepeatSaid(new EntityFilter(entity, figure.get().name(), op, word(amount)), i,
                    amount + 2));
        }

        /**
         * "Which day had the most orders, and how much revenue did it bring in?": the rows counted are the figure the
         * groups rank by, said before the other figures, when "the most" or "the fewest" stands right before their
         * name.
         */
        private List<MeasureRef> rankedByCountFirst(List<MeasureRef> measures) {
            MeasureRef count = MeasureRef.metric(vocabulary.countMetric());
            boolean ranksRows = IntStream.range(1, words.size() - 1).anyMatch(i -> words.get(i - 1).equals("the")
                    && Set.of("most", "fewest", "least").contains(words.get(i)) && words.get(i + 1).endsWith("s")
                    && namesRow(i + 1));
            if (measures.isEmpty() || measures.contains(count) || !ranksRows) {
                return measures;
            }
            return Stream.concat(Stream.of(count), measures.stream()).toList();
        }

        /** Whether the word at {@code i} is a one-word name of a row: "order", "purchase". */
        private boolean namesRow(int i) {
            return rowNouns.stream().anyMatch(row -> Words.same(word(i), row));
        }

        /** A metric that adds up a count of its own starting at {@code at}: "support tickets". */
        private Optional<Span> summedCountAt(int at) {
            return spans.stream().filter(span -> span.start() == at).filter(span -> span.first(Meaning.MetricWord.class)
                    .flatMap(m -> model.metric(m.metric())).filter(m -> m.format() == MetricFormat.COUNT
                            && !m.name().equals(vocabulary.countMetric()) && sumsAColumn(m)).isPresent()).findFirst();
        }

        private Optional<RepeatSaid> repeatFound(String entity, Filter.Op op, String value,
                int start, int end) {
            mark(start, end);
            return Optional.of(new RepeatSaid(repeat(entity, op, value), start, end));
        }

        private EntityFilter repeat(String entity, Filter.Op op, String value) {
            return new EntityFilter(entity, vocabulary.countMetric(), op, value);
        }

        /** An identifier no metric counts the distinct values of: each row has its own, as each order its order id. */
        private boolean rowIdentifier(String column) {
            return model.column(column).filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent() && !countedOnce(column);
        }

        /**
         * Whether the rows themselves are ranked: "top 5 orders", "the biggest orders", "10 largest orders", not "the
         * most orders", which counts them.
         */
        private boolean rowsRanked(String column) {
            return spans.stream().filter(span -> span.column().map(SemanticColumn::name).filter(column::equals)
                    .isPresent()).anyMatch(span -> RANKED_ROWS.contains(word(indexBefore(span,
                            word -> ARTICLES.contains(word) || TimeExpressions.count(word) != null))));
        }

        /** The first money metric that sums a column, as revenue sums order totals: what a row is worth. */
        private Optional<String> moneySummed() {
            return model.metrics().stream().filter(m -> m.format() == MetricFormat.CURRENCY && sumsAColumn(m))
                    .map(Metric::name).findFirst();
        }

        private static boolean sumsAColumn(Metric metric) {
            return metric.expression().strip().matches("(?i)sum\\(\\s*\\w+\\s*\\)");
        }

        /** Whether a metric counts the distinct values of the column, as "customers" counts customer ids. */
        private boolean countedOnce(String column) {
            return model.metrics().stream().anyMatch(m -> m.expression().replace(" ", "")
                    .equalsIgnoreCase("count(DISTINCT" + column + ")"));
        }

        /**
         * The group a ranking counts within: one of two or more groups, said with "each", "every", "per" or "within"
         * right before it ("in each category", "every month").
         */
        private Optional<String> rankedWithin(List<String> groupBy, TimeGrain grain) {
            List<String> within = spans.stream().filter(s -> WITHIN_EACH.contains(wordBefore(s, ARTICLES)))
                    .flatMap(s -> groupNamed(s, groupBy, grain).stream()).distinct().toList();
            return within.size() == 1 && QuerySpec.countsWithin(within.get(0), groupBy, grain)
                    ? Optional.of(within.get(0)) : Optional.empty();
        }

        /**
         * Whether the groups ranked within {@code within} are each named in the singular ("which carrier …", "the
         * best-selling product …"): one of them per group is asked for.
         */
        private boolean oneRankedIn(List<String> groupBy, TimeGrain grain, String within) {
            List<Span> ranked = spans.stream().filter(s -> groupNamed(s, groupBy, grain)
                    .filter(group -> !group.equals(within)).isPresent()).toList();
            return !ranked.isEmpty() && ranked.stream().noneMatch(s -> s.end() <= raw.size()
                    && plural(raw.get(s.end() - 1).toLowerCase(Locale.ROOT)));
        }

        private static boolean plural(String word) {
            return !Words.singular(word).equals(word);
        }

        /** The group of the query a phrase names: a group-by column (not one of its values) or the grain. */
        private Optional<String> groupNamed(Span span, List<String> groupBy, TimeGrain grain) {
            Optional<Meaning.GrainWord> bucket = span.first(Meaning.GrainWord.class);
            if (bucket.isPresent()) {
                return bucket.get().grain() == grain ? Optional.of(grain.columnName()) : Optional.empty();
            }
            return span.all(Meaning.ValueWord.class).isEmpty()
                    ? span.column().map(SemanticColumn::name).filter(groupBy::contains) : Optional.empty();
        }

        /**
         * "orders with 1 star csat by carrier": a figure of a column the question holds at one value is that value,
         * so the orders are what is asked for, not the figure.
         */
        private boolean fixedByFilter(MeasureRef measure, List<Filter> filters) {
            String expression = measure.isMetric() ? model.metric(measure.metric()).map(Metric::expression).orElse("")
                    : measure.column();
            return filters.stream().anyMatch(f -> f.op() == Filter.Op.EQ
                    && Pattern.compile("\\b" + Pattern.quote(f.column()) + "\\b").matcher(expression).find());
        }

        /**
         * The model's percentage metric of the rows with one value ("status = 'returned'" for the return rate) or
         * with a yes/no column set ("WHEN is_late THEN" for the late delivery rate), if any.
         */
        private Optional<String> rateOf(Filter only) {
            List<String> conditions = only.op() == Filter.Op.TRUE
                    ? List.of("WHEN " + only.column() + " THEN", only.column() + " = true")
                    : only.op() == Filter.Op.IN && only.values().size() == 1
                            ? List.of(only.column() + " = '" + only.values().get(0) + "'") : List.of();
            return model.metrics().stream().filter(m -> m.format() == MetricFormat.PERCENT
                    && conditions.stream().anyMatch(m.expression()::contains)).map(Metric::name).findFirst();
        }

        /** "late delivery % by carrier": a rate is a percentage already, so "%" names its unit, not a share of it. */
        private boolean allPercentages(List<MeasureRef> measures) {
            return !measures.isEmpty() && measures.stream().allMatch(m -> m.metric() != null && model.metric(m.metric())
                    .map(metric -> metric.format() == MetricFormat.PERCENT).orElse(false));
        }

        /**
         * "revenue minus refunds", "what Apparel brought in once refunds are taken off": one figure taken from another,
         * as the model's metric whose expression is the first less the second.
         */
        private Optional<String> difference(List<Span> metricSpans) {
            for (Span first : metricSpans) {
                for (Span second : metricSpans) {
                    if (second.start() <= first.start()) {
                        continue;
                    }
                    OptionalInt cue = IntStream.range(first.end(), Math.min(words.size(), second.end() + SUBTRACTED_REACH))
                            .filter(i -> SUBTRACTION_CUES.contains(words.get(i))).findFirst();
                    Optional<String> metric = cue.isEmpty() ? Optional.empty() : differenceOf(first, second);
                    if (metric.isPresent()) {
                        mark(cue.getAsInt(), cue.getAsInt() + 1);
                        if (word(cue.getAsInt() + 1).equals("off")) {
                            mark(cue.getAsInt() + 1, cue.getAsInt() + 2);
                        }
                        if (Set.of("once", "after", "when").contains(word(second.start() - 1))) {
                            mark(second.start() - 1, second.start());
                        }
                        // "after taking off refunds", "once you take off the refunds"
                        int lead = Set.of("you", "we", "i").contains(word(cue.getAsInt() - 1)) ? cue.getAsInt() - 2
                                : cue.getAsInt() - 1;
                        if (Set.of("once", "after", "when").contains(word(lead))) {
                            mark(lead, cue.getAsInt());
                        }
                        return metric;
                    }
                }
            }
            return Optional.empty();
        }

        /** The words taking a figure or amount away from the one asked for ("minus shipping fees"), if any are said. */
        private Optional<String> takenAwayUnexpressed(List<Span> metricSpans, List<Span> measureSpans) {
            return Stream.concat(metricSpans.stream(), measureSpans.stream()).filter(span -> span.start() > 0)
                    .filter(span -> span.all(Meaning.ValueWord.class).isEmpty()).map(span -> {
                        int cue = indexBefore(span, DETERMINERS::contains);
                        return SUBTRACTION_CUES.contains(word(cue)) && !word(cue).equals("net")
                                || TAKEN_AWAY_BY.contains(word(cue)) ? String.join(" ", raw.subList(cue,
                                        Math.min(span.end(), raw.size()))) : null;
                    }).filter(Objects::nonNull).findFirst();
        }

        private Optional<String> differenceOf(Span first, Span second) {
            Optional<Metric> minuend = first.first(Meaning.MetricWord.class).flatMap(m -> model.metric(m.metric()));
            Optional<Metric> subtrahend = second.first(Meaning.MetricWord.class).flatMap(m -> model.metric(m.metric()));
            if (minuend.isEmpty() || subtrahend.isEmpty()) {
                return Optional.empty();
            }
            String expression = minuend.get().expression() + " - " + subtrahend.get().expression();
            return model.metrics().stream().filter(m -> m.expression().replaceAll("\\s+", " ").equals(expression))
                    .map(Metric::name).findFirst();
        }

        /**
         * The one value set against all other rows together: "the West vs the rest of the country", "Electronics vs
         * everything else", "the West next to all the other regions put together". The words saying "the rest" are
         * read; the value picked is the only one named, or the one of the column the rest are named by ("other
         * regions").
         */
        private Optional<Filter> versusRest(List<Filter> filters) {
            Optional<int[]> rest = restPhrase();
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            // "VIP customers vs all other customers": customers are the rows, not the column the rest are named by
            Optional<String> restColumn = spans.stream().filter(s -> s.start() >= rest.get()[0] && s.end() <= rest.get()[1])
                    .flatMap(s -> s.column().stream()).filter(c -> c.role() != ColumnRole.IDENTIFIER)
                    .map(SemanticColumn::name).findFirst();
            List<Filter> named = filters.stream()
                    .filter(f -> restColumn.isEmpty() || f.column().equals(restColumn.get())).toList();
            List<Filter> single = named.stream().filter(f -> f.op() == Filter.Op.IN && f.values().size() == 1).toList();
            if (single.isEmpty() || saysLacking(rest.get()[0])) {
                // "orders with a discount vs without", "late orders vs all others": the rows that have it against
                // those that do not
                single = named.stream().filter(f -> HAVING.contains(f.op())).toList();
            }
            if (single.isEmpty() && saysLacking(rest.get()[0])) {
                // "orders with free shipping vs without": the rows that lack it against those that have it
                single = named.stream().filter(f -> LACKING.contains(f.op())).toList();
            }
            if (single.isEmpty()) {
                // "late rate for orders of 5 or more items vs smaller ones": the rows within a bound against the others
                single = named.stream().filter(f -> BOUNDS.contains(f.op())).toList();
            }
            if (single.size() != 1) {
                return Optional.empty();
            }
            mark(rest.get()[0], rest.get()[1]);
            return Optional.of(single.get(0));
        }

        /**
         * The one value set beside each other value of its column, after a compare word: "FedEx compared with the
         * other carriers" ("all the other carriers", "the other carriers combined" are the rest together instead).
         */
        private Optional<Filter> eachOtherOf(List<Filter> filters) {
            boolean compared = words.stream().anyMatch(COMPARE_CUES::contains);
            for (int i = 1; compared && i + 1 < words.size(); i++) {
                if (!word(i).equals("other") || word(i - 1).equals("all") || word(i - 2).equals("all")
                        || togetherAfter(i + 1)) {
                    continue;
                }
                int at = i;
                Optional<String> column = spans.stream().filter(s -> s.start() == at + 1)
                        .flatMap(s -> s.column().stream()).filter(c -> c.role() == ColumnRole.DIMENSION)
                        .map(SemanticColumn::name).findFirst();
                if (column.isEmpty()) {
                    continue;
                }
                List<Filter> one = filters.stream().filter(f -> f.column().equals(column.get())
                        && f.op() == Filter.Op.IN && f.values().size() == 1).toList();
                if (one.size() == 1) {
                    mark(i, i + 1);
                    return Optional.of(one.get(0));
                }
            }
            return Optional.empty();
        }

        /**
         * "Free-shipping orders vs orders where the customer paid for shipping": rows that lack something and rows that
         * have it, said of one column, are the first said set against the others, never both at once (no row is). A
         * flag's two values ("late vs on time") are grouped by, or read as its rate, elsewhere.
         */
        private Optional<Filter> havingAgainstLacking(List<Filter> filters) {
            return filters.stream().filter(QuestionParser::hasOrLacks)
                    .filter(f -> model.column(f.column()).filter(c -> c.role() != ColumnRole.FLAG).isPresent())
                    .filter(f -> filters.stream().anyMatch(other -> other.column().equals(f.column())
                            && hasOrLacks(other) && HAVING.contains(other.op()) != HAVING.contains(f.op())))
                    .findFirst();
        }

        /**
         * "orders that paid $14.99 postage versus orders with free postage": amounts of one number column, said
         * beside a compare word with rows that have none of it, are the values of that column compared, none being 0.
         */
        private Optional<Filter> amountsAgainstNone(List<Filter> filters) {
            if (!comparesValues()) {
                return Optional.empty();
            }
            return filters.stream().filter(none -> none.op() == Filter.Op.NONE).findFirst().flatMap(none -> {
                List<String> amounts = filters.stream().filter(f -> f.column().equals(none.column())
                        && (f.op() == Filter.Op.EQ || f.op() == Filter.Op.IN)).flatMap(f -> f.values().stream())
                        .toList();
                return amounts.isEmpty() ? Optional.empty() : Optional.of(Filter.in(none.column(),
                        Stream.concat(amounts.stream(), Stream.of("0")).toList()));
            });
        }

        /** "do late orders get worse ratings?", "are VIPs spending more?": a question answered yes or no. */
        private boolean asksYesOrNo() {
            return !words.isEmpty() && YES_NO_OPENINGS.contains(words.get(0));
        }

        /** "without", or "with none" / "with no" that names nothing after it: the rows lacking what was said. */
        private boolean saysLacking(int i) {
            return word(i).equals("without") || word(i).equals("with") && Set.of("none", "no").contains(word(i + 1))
                    && spans.stream().noneMatch(s -> s.start() > i);
        }

        /** Whether the phrase at {@code at} is followed by "combined", "together" or "put together". */
        private boolean togetherAfter(int at) {
            int end = spans.stream().filter(s -> s.start() == at).mapToInt(Span::end).findFirst().orElse(at + 1);
            return Set.of("combined", "together", "put").contains(word(end));
        }

        /** Where the words saying "all the other rows" start and end, if the question has them. */
        private Optional<int[]> restPhrase() {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                // "vs orders without one", "vs ones with none": the rows named again before it
                int cue = Set.of("orders", "ones", "those").contains(word(i - 1)) ? i - 2 : i - 1;
                if (saysLacking(i) && COMPARE_CUES.contains(word(cue)) && !word(cue).equals("between")) {
                    // "vs without", "vs without one": nothing the data knows after it
                    int at = i;
                    if (spans.stream().noneMatch(s -> s.start() > at)) {
                        return Optional.of(new int[] {i, words.size()});
                    }
                }
                // "vs smaller ones", "versus the cheaper orders": the other side of a bound said before
                boolean otherSide = COMPARATIVE_SIDES.contains(word) && Set.of("ones", "orders").contains(word(i + 1))
                        && (COMPARE_CUES.contains(word(i - 1))
                                || word(i - 1).equals("the") && COMPARE_CUES.contains(word(i - 2)));
                if (otherSide) {
                    return Optional.of(new int[] {word(i - 1).equals("the") ? i - 1 : i, i + 2});
                }
                boolean rest = word.equals("rest");
                boolean everythingElse = word.equals("else") && EVERYONE.contains(word(i - 1));
                // "others" reads as "other", its singular: "the others" is "the other" with nothing after it
                int at = i;
                boolean alone = spans.stream().noneMatch(s -> s.start() == at + 1);
                boolean others = word.equals("other") && (word(i - 1).equals("all")
                        || word(i - 2).equals("all") && word(i - 1).equals("the") || word(i - 1).equals("the") && alone
                        || togetherAfter(i + 1));
                // "Klarna orders vs orders paid any other way"
                boolean anyOtherWay = word.equals("other") && Set.of("any", "some").contains(word(i - 1))
                        && Set.of("way", "ways", "means", "method").contains(word(i + 1));
                if (!rest && !everythingElse && !others && !anyOtherWay) {
                    continue;
                }
                int start = everythingElse || anyOtherWay ? i - 1 : i;
                while (start > 0 && Set.of("the", "all").contains(word(start - 1))) {
                    start--;
                }
                int end = i + 1;
                if (rest && word(end).equals("of")) {
                    // "the rest of the country", "the rest of the regions"
                    end = word(end + 1).equals("the") ? end + 3 : end + 2;
                } else if (anyOtherWay) {
                    end = i + 2;
                } else if (word.equals("other")) {
                    end = spans.stream().filter(s -> s.start() == at + 1).mapToInt(Span::end).findFirst().orElse(at + 1);
                }
                if (word(end).equals("put") && word(end + 1).equals("together")) {
                    end += 2;
                } else if (Set.of("combined", "together").contains(word(end))) {
                    end++;
                }
                int from = i;
                int to = Math.min(end, words.size());
                // "FedEx orders for the rest of the year" is a time, not the other rows
                boolean ofTime = times.stream().anyMatch(t -> t.start() < to && t.end() > from) || spans.stream()
                        .anyMatch(s -> s.start() >= from && s.start() < to && s.first(Meaning.GrainWord.class).isPresent());
                if (ofTime) {
                    continue;
                }
                return Optional.of(new int[] {start, to});
            }
            return Optional.empty();
        }

        /**
         * "is Miami's AOV above or below the store-wide number?", "Miami vs overall": the whole set beside one group,
         * which the query form cannot say, so it is named rather than dropped without a word.
         */
        private Optional<String> againstWhole() {
            for (int i = 0; i < words.size(); i++) {
                int at = i;
                OptionalInt cue = IntStream.rangeClosed(Math.max(0, i - WHOLE_REACH), i - 1)
                        .filter(k -> COMPARE_CUES.contains(word(k)) || WHOLE_CUES.contains(word(k))).findFirst();
                // "mobile compared with web orders, overall": a group after the cue is what it compares with
                if (words.get(i).equals("overall") && cue.isPresent() && spans.stream().noneMatch(span ->
                        span.start() > at
                                || span.start() > cue.getAsInt() && !span.all(Meaning.ValueWord.class).isEmpty())) {
                    return Optional.of(String.join(" ", words.subList(cue.getAsInt(), i + 1)));
                }
            }
            return Optional.empty();
        }

        /** Whether a compare cue comes just before or after the word at {@code position}. */
        private boolean besideCompareCue(int position) {
            return IntStream.rangeClosed(position - COMPARE_REACH, position + COMPARE_REACH)
                    .anyMatch(i -> COMPARE_CUES.contains(word(i)) && !word(i).equals("between"));
        }

        /** "vs", "compared with", "between": though "between January and June" only bounds a period. */
        private boolean comparesValues() {
            return IntStream.range(0, words.size()).anyMatch(i -> COMPARE_CUES.contains(words.get(i))
                    && !(words.get(i).equals("between") && times.stream().anyMatch(t -> t.start() <= i + 1 && i < t.end())));
        }

        /** "Is AOV higher on mobile or web?": a comparative word not comparing with a number. */
        private boolean comparative() {
            for (int i = 0; i < words.size(); i++) {
                boolean withNumber = i + 2 < words.size() && words.get(i + 1).equals("than") && isNumber(words.get(i + 2));
                if (COMPARATIVES.contains(words.get(i)) && !withNumber) {
                    return true;
                }
            }
            return false;
        }

        /** What the spans of the question do: group the rows, set a time grain, name a metric or measure, filter. */
        private record SpanRoles(List<String> groupBy, TimeGrain grain, List<Span> metricSpans, List<Span> measureSpans,
                List<Positioned> filters, boolean perRow) {
        }

        private SpanRoles roles(boolean countCue) {
            List<String> groupBy = new ArrayList<>();
            TimeGrain grain = null;
            List<Span> metricSpans = new ArrayList<>();
            List<Span> measureSpans = new ArrayList<>();
            List<Positioned> filters = new ArrayList<>();
            List<Span> countedEntities = new ArrayList<>();
            boolean perRow = false;
            Set<String> mentionedColumns = new LinkedHashSet<>();
            spans.forEach(s -> s.column().ifPresent(c -> mentionedColumns.add(c.name())));
            boolean otherMetric = spans.stream().anyMatch(s -> s.first(Meaning.MetricWord.class).isPresent()
                    && s.column().filter(c -> c.role() == ColumnRole.FLAG).isEmpty());

            for (Span span : spans) {
                if (labelsIdentifier(span) || qualifiesNextMeasure(span)) {
                    continue;
                }
                if (unitsRead.contains(span.start())) {
                    continue;
                }
                List<Positioned> amount = unitFilters(span);
                if (!amount.isEmpty()) {
                    filters.addAll(amount);
                    continue;
                }
                Optional<Meaning.GrainWord> grainWord = span.first(Meaning.GrainWord.class);
                if (grainWord.isPresent()) {
                    if (grainWord.get().adjective() || groupCue(span) || rankedAfterMetric(span)) {
                        grain = grain == null ? grainWord.get().grain() : grain;
                    } else {
                        // "within 48 hours" names a time no grain groups by: left to be accounted for
                        Arrays.fill(understood, span.start(), span.end(), false);
                    }
                    continue;
                }
                if (perRow(span)) {
                    perRow = true;
                    continue;
                }
                Optional<SemanticColumn> column = span.column();
                List<Positioned> numeric = column.or(() -> averagedColumn(span))
                        .filter(c -> c.role() == ColumnRole.MEASURE).map(c -> numericFilter(c, span)).orElse(List.of());
                if (!numeric.isEmpty()) {
                    filters.addAll(numeric);
                    continue;
                }
                if (column.isPresent() && groupsByWholeNumbers(span, column.get(), countCue)) {
                    if (!groupBy.contains(column.get().name())) {
                        groupBy.add(column.get().name());
                    }
                    continue;
                }
                boolean groupable = column.filter(c -> c.role() == ColumnRole.DIMENSION
                        || c.role() == ColumnRole.IDENTIFIER).isPresent();
                if (groupable && groupCue(span) && span.all(Meaning.ValueWord.class).isEmpty()
                        && countedEntity(span, column.get())) {
                    // "orders with a ticket vs orders with none" sets two kinds of orders apart, not each order
                    (afterCompareCue(span) ? metricSpans : countedEntities).add(span);
                    continue;
                }
                if (groupable && groupCue(span) && span.all(Meaning.ValueWord.class).isEmpty()) {
                    if (!groupBy.contains(column.get().name())) {
                        groupBy.add(column.get().name());
                    }
                    continue;
                }
                Optional<Meaning.PresenceWord> presence = span.first(Meaning.PresenceWord.class);
                List<Meaning.ValueWord> values = span.all(Meaning.ValueWord.class);
                // "returned orders compared to delivered ones": beside another value of its column, a value ("delivered
                // late versus delivered on time" says one word twice)
                boolean valueColumnNamed = values.stream().anyMatch(v -> mentionedColumns.contains(v.value().column())
                        || spans.stream().anyMatch(other -> other != span && other.all(Meaning.ValueWord.class).stream()
                                .anyMatch(o -> o.value().column().equals(v.value().column())
                                        && !o.value().equals(v.value()))));
                if (presence.isPresent() && namesDestination(span)) {
                    continue;
                }
                if (presence.isPresent() && !valueColumnNamed && !namesRate(span, countCue)
                        && presenceAsked(span, presence.get())) {
                    filters.add(new Positioned(span.start(), presenceFilter(span, presence.get())));
                    continue;
                }
                if (presence.isPresent() && span.meanings().size() == 1) {
                    // Only "had a note" is about the data; "what do the notes say" is left for the documents.
                    Arrays.fill(understood, span.start(), span.end(), false);
                    continue;
                }
                if (!values.isEmpty()) {
                    CatalogValue value = pickValue(values, mentionedColumns);
                    Filter filter = new Filter(value.column(), negated(span) ? Filter.Op.NOT_IN : Filter.Op.IN,
                            valuesNamed(span, values, value));
                    if (saidIncluded(span)) {
                        includedAnyway.put(filter, String.join(" ", raw.subList(span.start(), span.end())));
                        continue;
                    }
                    if (judgedOn(span) && rateOf(filter).isPresent()) {
                        judgedRows.add(filter);
                    }
                    filters.add(new Positioned(span.start(), filter));
                    continue;
                }
                boolean flag = column.filter(c -> c.role() == ColumnRole.FLAG).isPresent();
                // "which cities had the most late deliveries": how many, where "the worst on late deliveries" ranks
                // the rate
                // "the most of late deliveries", as written in a second language
                boolean counted = COUNTED_AFTER.contains(word(indexBefore(span, "of"::equals)));
                if (flag && (otherMetric && !rankedOn(span) || countCue || counted || narrowedTo(span)
                        || span.first(Meaning.MetricWord.class).isEmpty())) {
                    filters.add(new Positioned(span.start(), Filter.of(column.get().name(),
                            negated(span) ? Filter.Op.FALSE : Filter.Op.TRUE)));
                    continue;
                }
                if (span.first(Meaning.MetricWord.class).isPresent()) {
                    metricSpans.add(span);
                    continue;
                }
                // a unit word alone ("because the item was defective") counts in the unit, it measures nothing
                boolean unitAlone = span.first(Meaning.UnitWord.class).isPresent() && explicitAggregateBefore(span.start()).isEmpty();
                if (span.measureColumn().isPresent() && !unitAlone) {
                    measureSpans.add(span);
                }
            }
            // "Orders by status" counts orders per status; only "top customers" alone groups by the entity itself, and
            // "which customers placed the most orders" by the first entity, counting the other; "which sale brought
            // more orders" counts them
            if (groupBy.isEmpty() && grain == null && !countedEntities.isEmpty() && !asksYesOrNo()
                    && !COUNTED_AFTER.contains(word(countedEntities.get(0).start() - 1))) {
                groupBy.add(countedEntities.get(0).column().orElseThrow().name());
                metricSpans.addAll(countedEntities.subList(1, countedEntities.size()));
            } else {
                metricSpans.addAll(countedEntities);
            }
            // "how many orders for each quantity? like 1 item, 2 item…": values shown as examples of a breakdown
            filters.removeIf(f -> groupBy.contains(f.filter().column()) && exampleBefore(f.position()));
            return new SpanRoles(groupBy, grain, metricSpans, measureSpans, filters, perRow);
        }

        /** "the top ten revenue days": the grain ranked, its metric said between the number and it. */
        private boolean rankedAfterMetric(Span grainSpan) {
            return spans.stream().anyMatch(metric -> metric.end() == grainSpan.start()
                    && metric.first(Meaning.MetricWord.class).isPresent() && metric.start() >= 2
                    && TimeExpressions.count(word(metric.start() - 1)) != null && !covered(metric.start() - 1)
                    && LIMIT_CUES.contains(word(metric.start() - 2)));
        }

        /** "the top three skus for returns": ranked by how many of them came back, not by what they are worth. */
        private boolean rankedOnRows(SpanRoles roles) {
            return roles.filters().stream().anyMatch(p -> rateOf(p.filter()).isPresent()
                    && Set.of("for", "by").contains(word(p.position() - 1)));
        }

        /** "only late deliveries", "restricted to deliveries that arrived late": rows kept, not a figure asked. */
        private boolean narrowedTo(Span span) {
            return IntStream.range(Math.max(0, span.start() - NARROWED_REACH), span.start())
                    .anyMatch(i -> NARROWED_BY.contains(words.get(i)));
        }

        /**
         * "worst on late deliveries", "the best late deliveries": a judgement ranks the figure the words name, where
         * "the most late deliveries" counts them.
         */
        private boolean rankedOn(Span span) {
            String judgement = word(indexBefore(span, w -> DETERMINERS.contains(w) || RANKED_ON.contains(w)));
            return BEST.contains(judgement) || WORST.contains(judgement);
        }

        /**
         * "how much money did we refund", "money handed back in refunds": "money" says only that the figure is an
         * amount, which another word of money names.
         */
        private List<Span> withoutGenericMoney(List<Span> metricSpans, List<Span> measureSpans) {
            Predicate<Span> generic = span -> span.end() - span.start() == 1
                    && GENERIC_MONEY.contains(words.get(span.start()));
            boolean otherAmount = metricSpans.stream().filter(generic.negate())
                    .map(span -> span.first(Meaning.MetricWord.class).flatMap(m -> model.metric(m.metric())))
                    .anyMatch(metric -> metric.filter(m -> m.format() == MetricFormat.CURRENCY).isPresent())
                    || measureSpans.stream().anyMatch(span -> span.measureColumn()
                            .filter(c -> c.type() == ColumnType.DECIMAL).isPresent());
            return otherAmount ? metricSpans.stream().filter(generic.negate()).toList() : metricSpans;
        }

        /**
         * "how long does it take to deliver an order": "an order" is any one of them, not a count of orders, when
         * another figure is asked for.
         */
        private List<Span> withoutAnyOne(List<Span> metricSpans) {
            Predicate<Span> anyOne = span -> Set.of("a", "an").contains(word(span.start() - 1))
                    && span.column().filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent();
            return metricSpans.stream().anyMatch(anyOne.negate())
                    ? metricSpans.stream().filter(anyOne.negate()).toList() : metricSpans;
        }

        /**
         * "worst for returns", "the worst category for returns": a judgement ranks on what the words name, right
         * before them or before the column ranked and a preposition.
         */
        private boolean judgedOn(Span span) {
            if (rankedOn(span)) {
                return true;
            }
            int j = span.start() - 1;
            return j > 0 && RANKED_ON.contains(words.get(j)) && spans.stream().anyMatch(ranked -> ranked.end() == j
                    && ranked.column().filter(c -> c.role() == ColumnRole.DIMENSION).isPresent()
                    && ranked.all(Meaning.ValueWord.class).isEmpty() && rankedOn(ranked));
        }

        /** Whether "like", "such as" or "e.g." comes shortly before the word at {@code position}. */
        private boolean exampleBefore(int position) {
            return words.subList(Math.max(0, position - EXAMPLE_REACH), position).stream()
                    .anyMatch(EXAMPLE_CUES::contains);
        }

        /**
         * "Per order" where an order is a row of the table (its word names the metric that counts rows): the figure
         * is an average over rows, never a group per identifier; "by order id" still groups.
         */
        private boolean perRow(Span span) {
            return wordBefore(span).equals("per")
                    && span.column().filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent()
                    && span.all(Meaning.MetricWord.class).stream().anyMatch(m -> countsRows(m.metric()));
        }

        /**
         * Whether a presence word says the order has (or lacks) the thing rather than naming a measure or a text:
         * always for an event's time ("delivered") or a word with no other meaning ("surveys"), else after "had a",
         * "with no", "without" ("had a discount") or as a participle after "were" ("were refunded"), so "discount by
         * region" still measures discounts and "what do the notes say" is left to the documents.
         */
        private boolean presenceAsked(Span span, Meaning.PresenceWord presence) {
            ColumnRole role = model.column(presence.column()).map(SemanticColumn::role).orElse(ColumnRole.TEXT);
            boolean event = role == ColumnRole.TIME || (role != ColumnRole.TEXT && span.meanings().size() == 1);
            int j = span.start() - 1;
            while (j >= 0 && QUANTIFIERS.contains(words.get(j))) {
                j--;
            }
            String before = j >= 0 ? words.get(j) : "";
            boolean participle = words.get(span.end() - 1).endsWith("ed");
            // "how much was refunded": an amount, not whether orders were
            boolean amountAsked = role == ColumnRole.MEASURE && word(j - 1).equals("much") && word(j - 2).equals("how");
            return event || !presence.present() || POSSESSION_CUES.contains(before)
                    || (participle && PASSIVE_CUES.contains(before) && !amountAsked);
        }

        /**
         * "orders shipped to Chicago", "not shipped by FedEx": a participle before "to", "by" or "with" says where orders go
         * or who carries them, not that they have shipped; "were shipped to Florida" still asks for shipped orders, and
         * "the money I refunded to people" names a figure and who got it.
         */
        private boolean namesDestination(Span span) {
            boolean figureToPeople = span.first(Meaning.MetricWord.class).isPresent() && word(span.end()).equals("to")
                    && (PEOPLE.contains(word(span.end() + 1)) || namesEntity(span.end() + 1));
            return span.end() - span.start() == 1 && words.get(span.start()).endsWith("ed")
                    && Set.of("to", "by", "via", "with").contains(word(span.end()))
                    && !PASSIVE_CUES.contains(word(span.start() - 1)) && !figureToPeople;
        }

        /** "the AOV trend in 2025", "return rate over time": a series over time, though no grain is named. */
        private boolean asksForTrend() {
            String text = " " + String.join(" ", words) + " ";
            return TREND_WORDS.stream().anyMatch(text::contains);
        }

        /** Days for a month or less, months otherwise: enough points to see a trend, not too many to read. */
        private static TimeGrain trendGrain(Period period) {
            return period != null && !period.start().plusDays(TREND_DAYS).isBefore(period.end()) ? TimeGrain.DAY
                    : TimeGrain.MONTH;
        }

        /** "on-time (delivery) rate": words that filter elsewhere ("delivered on time") name a metric before a rate. */
        private boolean namesRate(Span span, boolean countCue) {
            boolean rateNamed = words.subList(span.end(), Math.min(words.size(), span.end() + 2)).stream()
                    .anyMatch(Set.of("rate", "rates", "percentage", "percent", "performance")::contains);
            // "which carrier was the biggest laggard on getting stuff there on time": a rank of how well, not how many
            boolean rankedByHowWell = !countCue && words.stream().anyMatch(w -> BEST.contains(w) || WORST.contains(w));
            return span.first(Meaning.MetricWord.class).isPresent() && (rateNamed || rankedByHowWell);
        }

        /** Set or not by the presence word and a negation before it: a measure above zero or zero, else (not) null. */
        private Filter presenceFilter(Span span, Meaning.PresenceWord presence) {
            boolean negated = negated(span);
            if (negated) {
                mark(negation(span), span.start());
            }
            // "orders that were never shipped being excluded": the rows that lack it are left out
            int leftOut = negationAfter(span);
            if (leftOut >= 0) {
                mark(leftOut, leftOut + 1);
            }
            boolean present = presence.present() != negated != (leftOut >= 0);
            ColumnRole role = model.column(presence.column()).map(SemanticColumn::role).orElse(ColumnRole.TEXT);
            if (role == ColumnRole.FLAG) {
                return Filter.of(presence.column(), present ? Filter.Op.TRUE : Filter.Op.FALSE);
            }
            if (role == ColumnRole.MEASURE) {
                return present ? new Filter(presence.column(), Filter.Op.GT, List.of("0"))
                        : Filter.of(presence.column(), Filter.Op.NONE);
            }
            return Filter.of(presence.column(), present ? Filter.Op.PRESENT : Filter.Op.ABSENT);
        }

        /** An identifier named by a word that is also a metric ("orders", "customers"): what is counted. */
        private static boolean countedEntity(Span span, SemanticColumn column) {
            return column.role() == ColumnRole.IDENTIFIER && span.first(Meaning.MetricWord.class).isPresent();
        }

        /**
         * For a period said with a period-over-period word ("yoy", "mom", "quarter over quarter") and no longer than
         * one bucket of its grain: the same period one bucket before it.
         */
        private Optional<Period> overPrevious(Timing timing, TimeGrain grain) {
            boolean overWord = words.stream().anyMatch(PERIOD_OVER_PERIOD::contains)
                    || IntStream.range(1, words.size() - 1).anyMatch(i -> words.get(i).equals("over")
                            && Words.same(words.get(i - 1), words.get(i + 1)) && TimeGrain.parse(words.get(i - 1))
                            .isPresent());
            Period period = timing.period();
            if (!overWord || grain == null || period == null || !timing.compared().isEmpty()) {
                return Optional.empty();
            }
            Optional<TemporalUnit> unit = Optional.ofNullable(switch (grain) {
                case DAY -> ChronoUnit.DAYS;
                case WEEK -> ChronoUnit.WEEKS;
                case MONTH -> ChronoUnit.MONTHS;
                case QUARTER -> IsoFields.QUARTER_YEARS;
                case YEAR -> ChronoUnit.YEARS;
                default -> null;
            });
            return unit.filter(u -> !period.end().isAfter(period.start().plus(1, u)))
                    .map(u -> new Period(period.start().minus(1, u), period.end().minus(1, u)));
        }

        private static boolean oneBucket(Period period, TimeGrain grain) {
            return switch (grain) {
                case DAY -> period.end().equals(period.start().plusDays(1));
                case MONTH -> period.isWholeMonth();
                case QUARTER -> period.isWholeQuarter();
                case YEAR -> period.isWholeYear();
                default -> false;
            };
        }

        /** The period asked about, or the periods compared (a period's ends, when a change over it is asked). */
        private record Timing(Period period, List<Period> compared) {
        }

        /** The periods the question is about, past {@code setAside}, those it leaves out. */
        private Timing timing(List<TimeExpressions.Found> setAside) {
            if (words.stream().anyMatch(EnglishWords.CHANGE_WORDS::contains) && times.size() == 1
                    && !times.get(0).ends().isEmpty()) {
                return new Timing(null, times.get(0).ends());
            }
            // "the spring refresh sale (apr 1-7 2025)", "for the Q3 report, … in Q3 2025": one period said twice
            List<Period> periods = times.stream().filter(t -> !setAside.contains(t)).map(TimeExpressions.Found::period)
                    .distinct().toList();
            if (periods.size() == 2 && words.stream().noneMatch(EnglishWords.COMPARE_CUES::contains) && !changeSaid()) {
                // "since the hurricane hit (Sept 8, 2025)": the day a period running to today starts, said again
                Optional<Period> since = periods.stream().filter(p -> p.end().equals(today.plusDays(1))
                        && periods.stream().allMatch(o -> o.start().equals(p.start()))).findFirst();
                if (since.isPresent()) {
                    return new Timing(since.get(), List.of());
                }
                // "in December 2025, from Mon 1st through Sun 7th": a period inside the other narrows it
                Optional<Period> inner = periods.stream().filter(p -> periods.stream().allMatch(o -> within(p, o)))
                        .findFirst();
                if (inner.isPresent()) {
                    return new Timing(inner.get(), List.of());
                }
            }
            // "Q3 2025 (July, August, September)": a period and then the parts it is made of, said again
            if (periods.size() > 2 && words.stream().noneMatch(EnglishWords.COMPARE_CUES::contains) && !changeSaid()) {
                Optional<Period> whole = periods.stream().filter(p -> tiles(p, periods.stream()
                        .filter(o -> !o.equals(p)).toList())).findFirst();
                if (whole.isPresent()) {
                    return new Timing(whole.get(), List.of());
                }
            }
            // "orders placed in May, June and July of 2025": three periods or more, one after another, that nothing
            // compares or asks for one by one are the span they make up ("month for month" still asks for each month)
            if (periods.size() > 2 && words.stream().noneMatch(EnglishWords.COMPARE_CUES::contains) && !changeSaid()
                    && words.stream().noneMatch(EACH_OF_THEM::contains) && oneAfterAnother(periods)) {
                return new Timing(new Period(periods.get(0).start(), periods.get(periods.size() - 1).end()),
                        List.of());
            }
            // "cyber monday vs black friday sales, 2025 edition": the year holding the days compared only dates them
            if (periods.size() > 2 && !changeSaid()) {
                List<Period> holders = periods.stream().filter(p -> periods.stream().allMatch(o -> within(o, p)))
                        .toList();
                if (holders.size() == 1) {
                    return new Timing(null, periods.stream().filter(p -> !p.equals(holders.get(0))).toList());
                }
            }
            return new Timing(periods.size() == 1 ? periods.get(0) : null, periods.size() > 1 ? periods : List.of());
        }

        /** "revenue in 2025 excluding Black Friday", "March without the 14th": periods said as left out. */
        private List<TimeExpressions.Found> setAside() {
            return times.stream().filter(t -> negationBefore(t) >= 0).toList();
        }

        /**
         * Where a negation stands before a period, past "the", "day" and "of" ("without the day of the outage"), or a
         * verb of leaving out with "out" ("leaving out Cyber Monday").
         */
        private int negationBefore(TimeExpressions.Found time) {
            int j = indexBefore(time.start(), PERIOD_LEAD_INS::contains);
            // "compared with all the others in 2025": the other rows, in 2025; "other than 2025" leaves the year out
            boolean otherRows = j >= 0 && Set.of("other", "others").contains(words.get(j))
                    && !word(j + 1).equals("than");
            if (j > 0 && words.get(j).equals("out") && EnglishWords.LEAVING_OUT.contains(words.get(j - 1))) {
                // "the same figure again but leaving out Cyber Monday"
                return j - 1;
            }
            return j >= 0 && !otherRows && (NEGATIONS.contains(words.get(j)) || words.get(j).equals("sans")) ? j : -1;
        }

        /** Whether each period starts the day the one before it, as said, ends. */
        private static boolean oneAfterAnother(List<Period> periods) {
            return IntStream.range(1, periods.size())
                    .allMatch(i -> periods.get(i).start().equals(periods.get(i - 1).end()));
        }

        /** Whether {@code parts}, one after another, cover {@code whole} from its first day to its last. */
        private static boolean tiles(Period whole, List<Period> parts) {
            List<Period> ordered = parts.stream().sorted(Comparator.comparing(Period::start)).toList();
            LocalDate next = whole.start();
            for (Period part : ordered) {
                if (!part.start().equals(next)) {
                    return false;
                }
                next = part.end();
            }
            return next.equals(whole.end());
        }

        /**
         * The filters naming the part of a share: those after the metric ("share of orders paid by card"), or those
         * before a whole named as all of it ("ratio of cancelled orders to all orders").
         */
        private List<Filter> sharePart(SpanRoles roles) {
            int anchor = roles.metricSpans().isEmpty()
                    ? roles.filters().stream().mapToInt(Positioned::position).min().orElse(Integer.MAX_VALUE)
                    : roles.metricSpans().get(0).start();
            int anchorEnd = roles.metricSpans().isEmpty() ? anchor : roles.metricSpans().get(0).end();
            Optional<Span> whole = roles.metricSpans().stream().filter(m -> word(m.start() - 1).equals("all")).findFirst();
            List<Filter> beforeWhole = whole.isEmpty() ? List.of() : mergeFilters(roles.filters().stream()
                    .filter(f -> f.position() < whole.get().start()).map(Positioned::filter).toList());
            if (!beforeWhole.isEmpty()) {
                // "ratio of cancelled to all orders for bnpl": the part comes before the whole, the rest says which
                // rows
                return beforeWhole;
            }
            int cue = shareCue().orElse(-1);
            // "Electronics' share of revenue", "the web share of orders": the part named right before the share
            boolean partBefore = word(cue).equals("share") && word(cue + 1).equals("of")
                    && roles.filters().stream().noneMatch(f -> f.position() > cue);
            List<Filter> named = !partBefore ? List.of() : roles.filters().stream()
                    .filter(f -> f.position() < cue && f.position() >= cue - NAMED_PART_REACH
                            && roles.metricSpans().stream().noneMatch(m -> m.start() > f.position() && m.start() < cue))
                    .map(Positioned::filter).toList();
            if (!named.isEmpty()) {
                return mergeFilters(named);
            }
            List<Positioned> afterCue = roles.filters().stream().filter(f -> f.position() > cue).toList();
            if (!afterCue.isEmpty() && afterCue.size() < roles.filters().size()) {
                // "of the apparel returns last year, what share were size/fit": the rows are said before the share;
                // "Boston vs New York - what % of delivered orders came back": and between it and the rows' word
                List<Positioned> afterRows = afterCue.stream().filter(f -> f.position() >= anchorEnd).toList();
                return mergeFilters((cue < anchor && !afterRows.isEmpty() ? afterRows : afterCue).stream()
                        .map(Positioned::filter).toList());
            }
            List<Positioned> following = roles.filters().stream().filter(f -> f.position() > anchor).toList();
            // "how often do orders under $25 get sent back", "an apparel order from the app to be sent back": what
            // qualifies the rows right after their word says which rows; the part is what is said of them
            List<Positioned> part = following.stream().filter(f -> !qualifiesRows(anchorEnd, f.position())).toList();
            return mergeFilters((part.isEmpty() ? following : part).stream().map(Positioned::filter).toList());
        }

        /** Whether a filter said at {@code position} qualifies the rows named just before, after a preposition. */
        private boolean qualifiesRows(int rowsEnd, int position) {
            return position <= rowsEnd + ROW_QUALIFIER_REACH && IntStream.range(rowsEnd, position)
                    .anyMatch(i -> ROW_QUALIFIERS.contains(word(i)));
        }

        /**
         * The rows or entities a figure is taken over, not a figure asked for: "orders" in "for orders with…",
         * "orders go to Massachusetts with DHL, the late rate is…", "regular shoppers vs b2b, average order value";
         * never when joined to another figure ("orders and revenue").
         */
        private boolean namesRows(Span metric, List<Span> figures) {
            boolean entity = metric.first(Meaning.MetricWord.class).filter(m -> countsRows(m.metric())).isPresent()
                    || metric.column().filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent();
            boolean joined = figures.stream().anyMatch(other -> other != metric
                    && (other.start() > metric.start() ? joinedToPrevious(metric, other) : joinedToPrevious(other, metric)));
            // "2025 cancellation rate: orders with quantity of 5 or more vs …": the heading's figure, then its rows
            boolean rowsAfterFigure = figures.stream().anyMatch(other -> other.end() == metric.start())
                    && (ROW_QUALIFIERS.contains(word(metric.end())) || ROWS_SAID_AFTER.contains(word(metric.end())));
            return entity && (ROWS_INTRODUCED_BY.contains(word(metric.start() - 1)) || !joined
                    || ofAnotherFigure(metric, figures) || rowsAfterFigure);
        }

        /** "for orders…", "for non-cancelled orders…": the rows' word led into as the rows, past values before it. */
        private boolean introducedAsRows(Span rows) {
            int before = rows.start() - 1;
            while (before >= 0 && (ARTICLES.contains(word(before)) || word(before).equals("non")
                    || inValue(before))) {
                before--;
            }
            return ROWS_INTRODUCED_BY.contains(word(before));
        }

        private boolean inValue(int i) {
            return spans.stream().anyMatch(s -> s.start() <= i && i < s.end()
                    && !s.all(Meaning.ValueWord.class).isEmpty());
        }

        /** "to orders of three or more units", "for orders over $100": rows kept, named with what they must hold. */
        private boolean rowsNarrowedTo(Span metric) {
            boolean entity = metric.first(Meaning.MetricWord.class).filter(m -> countsRows(m.metric())).isPresent();
            String before = wordBefore(metric);
            boolean introduced = ROWS_INTRODUCED_BY.contains(before) || NARROWED_BY.contains(before)
                    || before.equals("to");
            return entity && introduced
                    && (ROW_QUALIFIERS.contains(word(metric.end())) || ROWS_SAID_AFTER.contains(word(metric.end())));
        }

        /** "the CSAT average of the orders with…", "CSAT of orders with 2+ tickets": the rows a figure is taken of. */
        private boolean ofAnotherFigure(Span metric, List<Span> figures) {
            int of = word(metric.start() - 1).equals("the") ? metric.start() - 2 : metric.start() - 1;
            int before = of - 1;
            while (before >= 0 && AGGREGATES.containsKey(word(before))) {
                before--;
            }
            int figureEnd = before + 1;
            return word(of).equals("of") && figures.stream().anyMatch(other -> other != metric
                    && other.end() == figureEnd);
        }

        private QuerySpec followUpSpec(QuerySpec before, List<MeasureRef> measures, List<Filter> filters,
                Timing timing, List<Period> leftOut, List<String> groupBy, TimeGrain grain, Integer limit,
                List<List<Filter>> bands) {
            Period period = timing.period();
            List<Period> compared = timing.compared();
            List<List<Filter>> newBands = bands.isEmpty() ? before.bands() : bands;
            boolean instead = words.stream().anyMatch(EnglishWords.INSTEAD::contains);
            // "return rate for Electronics" then "compare with Apparel" or "and Apparel as well": both values, side by
            // side; "the same for business and consumer" puts the two named side by side in place of the one before
            boolean adding = words.stream().anyMatch(EnglishWords.COMPARE_CUES::contains) || saysAsWell();
            // "Toys instead of Electronics": the value named after "instead of" is the one that goes
            Set<String> replacedValues = instead ? valuesReplaced() : Set.of();
            filters = filters.stream().map(filter -> withoutValues(filter, replacedValues)).flatMap(Optional::stream)
                    .toList();
            List<String> sideBySide = new ArrayList<>();
            filters = filters.stream().map(filter -> before.filters().stream()
                    .filter(old -> old.column().equals(filter.column()) && old.op() == Filter.Op.IN
                            && filter.op() == Filter.Op.IN && !old.values().containsAll(filter.values())
                            && (adding || filter.values().size() > 1))
                    .findFirst().map(old -> {
                        sideBySide.add(filter.column());
                        return !adding ? filter : new Filter(filter.column(), Filter.Op.IN,
                                Stream.concat(old.values().stream(), filter.values().stream()).distinct().toList());
                    }).orElse(filter)).toList();
            List<Filter> keptFilters = new ArrayList<>();
            for (Filter old : before.filters()) {
                if (filters.stream().noneMatch(f -> f.column().equals(old.column()))) {
                    keptFilters.add(old);
                }
            }
            keptFilters.addAll(filters);
            // "West region return rate for 2025" then "how does that stack up with the other regions combined?": the
            // one value asked about before, set against the rest
            Optional<Filter> againstRest = before.versusRest() == null && filters.isEmpty()
                    ? versusRest(keptFilters) : Optional.empty();
            againstRest.ifPresent(keptFilters::remove);
            List<String> newGroups = before.groupBy();
            TimeGrain newGrain = before.grain();
            if (instead && (!groupBy.isEmpty() || grain != null)) {
                // "by quarter instead of by carrier": the carrier is what goes
                List<String> replaced = groupsReplaced();
                newGroups = groupBy.stream().filter(column -> !replaced.contains(column)).toList();
                newGrain = grain;
            } else {
                newGroups = groupBy.isEmpty() ? newGroups : groupBy;
                newGrain = grain == null ? newGrain : grain;
            }
            if (!sideBySide.isEmpty()) {
                newGroups = Stream.concat(newGroups.stream(), sideBySide.stream()).distinct().toList();
            }
            if (period != null && compared.isEmpty() && before.period() != null && !before.period().equals(period)
                    && before.compared().isEmpty() && words.stream().anyMatch(EnglishWords.COMPARE_CUES::contains)) {
                // "and how does that compare to Dec 2024?": the last period beside the one just named
                compared = Stream.of(before.period(), period).sorted(Comparator.comparing(Period::start)).toList();
                period = null;
            }
            boolean periodGiven = period != null || !compared.isEmpty();
            List<MeasureRef> newMeasures = measures.isEmpty() ? before.measures() : measures;
            List<Filter> newShareOf = before.shareOf();
            if (asksShare() && !filters.isEmpty() && !allPercentages(newMeasures)) {
                // "revenue by channel in 2025" then "what share of that is mobile": the part named, of the whole
                List<Filter> part = filters;
                keptFilters.removeAll(part);
                newShareOf = part;
                newGroups = newGroups.stream().filter(c -> part.stream().noneMatch(f -> f.column().equals(c))).toList();
            }
            boolean grouped = !newGroups.isEmpty() || newGrain != null || !(periodGiven ? compared : before.compared()).isEmpty()
                    || !newBands.isEmpty();
            Boolean ascending = grouped ? Optional.ofNullable(direction(newMeasures.get(0))).orElse(before.ascending()) : null;
            Integer newLimit = grouped ? (limit != null ? limit : before.limit()) : null;
            // "only the top 2" after "the best-selling product each month" keeps counting within each month
            String newLimitPer = newLimit != null && before.limitPer() != null
                    && QuerySpec.countsWithin(before.limitPer(), newGroups, newGrain) ? before.limitPer() : null;
            // "which payment method brought in the most" then "and the least?": the ranking turned round
            boolean turned = ascending != null && before.ascending() != null && !ascending.equals(before.ascending());
            boolean changed = !measures.isEmpty() || !filters.isEmpty() || periodGiven || !groupBy.isEmpty()
                    || grain != null || limit != null || turned || !leftOut.isEmpty() || againstRest.isPresent();
            if (!changed) {
                throw new QuestionNotUnderstoodException(
                        "I could not tell what to change in the last question from \"" + question.strip() + "\"");
            }
            List<Period> newCompared = periodGiven ? compared : before.compared();
            boolean change = (before.change() || asksChange(newCompared, newGrain, newMeasures))
                    && QuerySpec.changeFits(newCompared, newGrain, newMeasures);
            // "revenue in 2025 without Black Friday" then "and 2024?": what was left out of 2025 is not in 2024
            Period newPeriod = periodGiven ? period : before.period();
            // "cancelled on 14/03/2025?" then "and in the rest of March?": the month without the day asked before
            List<Period> restOf = restOfSaid() && period != null && before.period() != null
                    && !before.period().equals(period) && within(before.period(), period)
                    ? List.of(before.period()) : List.of();
            List<Period> without = Stream.of(before.without().stream().filter(left -> newPeriod == null
                    || within(left, newPeriod)), leftOut.stream(), restOf.stream()).flatMap(p -> p).distinct()
                    .toList();
            return new QuerySpec(newMeasures, keptFilters, newPeriod, newCompared,
                    newGroups, newGrain, ascending, newLimit, newLimitPer, newShareOf,
                    againstRest.orElse(before.versusRest()), before.perEntity(), change, newBands, without);
        }

        /** Whether "the rest of" is said: "and in the rest of March?". */
        private boolean restOfSaid() {
            return IntStream.range(0, words.size() - 1).anyMatch(i -> words.get(i).equals("rest")
                    && words.get(i + 1).equals("of"));
        }

        /** The first column whose ranges said, in the order said, no row is in at once ({@link ValueBands}). */
        private List<List<Filter>> bands(List<Positioned> said) {
            Map<String, List<Filter>> byColumn = new LinkedHashMap<>();
            said.stream().sorted(Comparator.comparingInt(Positioned::position)).map(Positioned::filter)
                    .filter(Filter::comparesOneNumber)
                    .forEach(f -> byColumn.computeIfAbsent(f.column(), c -> new ArrayList<>()).add(f));
            return byColumn.values().stream().map(ValueBands::of).filter(b -> !b.isEmpty()).findFirst()
                    .orElse(List.of());
        }

        /** "What's the delta, Black Friday 2025 vs 2024", "YoY growth, 2025 over 2024": the change between periods. */
        private boolean asksChange(List<Period> compared, TimeGrain grain, List<MeasureRef> measures) {
            return QuerySpec.changeFits(compared, grain, measures) && changeSaid();
        }

        /** Whether a word asks how a figure moved: "delta", "growth", "yoy". */
        private boolean changeSaid() {
            return words.stream()
                    .anyMatch(word -> EnglishWords.CHANGE_WORDS.contains(word) || PERIOD_OVER_PERIOD.contains(word));
        }

        /**
         * "how much did we refund in 2025" then "what share of revenue was that": the model's metric of the last
         * figure as a share of the one named now ("refunds as a share of revenue"), if it has one.
         */
        private Optional<List<MeasureRef>> shareOfLast(QuerySpec before, List<MeasureRef> said) {
            if (before.measures().size() != 1 || said.size() != 1 || before.measures().get(0).metric() == null
                    || said.get(0).metric() == null) {
                return Optional.empty();
            }
            Optional<Metric> last = model.metric(before.measures().get(0).metric());
            Optional<Metric> whole = model.metric(said.get(0).metric());
            if (last.isEmpty() || whole.isEmpty()) {
                return Optional.empty();
            }
            String share = last.get().label() + " as a share of " + whole.get().label();
            return model.metrics().stream().filter(m -> m.synonyms().contains(share)).findFirst()
                    .map(m -> List.of(MeasureRef.metric(m.name())));
        }

        /** A filter of listed values without the ones given, or none when no value is left. */
        private static Optional<Filter> withoutValues(Filter filter, Set<String> values) {
            if (filter.op() != Filter.Op.IN || values.isEmpty()) {
                return Optional.of(filter);
            }
            List<String> kept = filter.values().stream().filter(value -> !values.contains(value)).toList();
            return kept.isEmpty() ? Optional.empty() : Optional.of(new Filter(filter.column(), filter.op(), kept));
        }

        /** The columns named right after "instead of" or "rather than": the groups a follow-up takes away. */
        private List<String> groupsReplaced() {
            return replacedSpans().flatMap(span -> span.column().stream()).map(SemanticColumn::name).toList();
        }

        /** The values named right after "instead of" or "rather than": the ones a follow-up takes away. */
        private Set<String> valuesReplaced() {
            return replacedSpans().flatMap(span -> span.all(Meaning.ValueWord.class).stream())
                    .map(value -> value.value().value()).collect(Collectors.toSet());
        }

        private Stream<Span> replacedSpans() {
            return IntStream.range(0, Math.max(0, words.size() - 1)).filter(this::replaces).boxed()
                    .flatMap(this::namedAfterReplacing);
        }

        /** The phrases starting just after "instead of" at word {@code lead}, past a word or two between. */
        private Stream<Span> namedAfterReplacing(int lead) {
            return spans.stream().filter(span -> span.start() >= lead + 2 && span.start() <= lead + 4);
        }

        /** Whether "instead of" or "rather than" starts at word {@code i}. */
        private boolean replaces(int i) {
            return word(i).equals("instead") && word(i + 1).equals("of")
                    || word(i).equals("rather") && word(i + 1).equals("than");
        }

        /** "region instead of carrier" after a breakdown by carrier: the column that takes its place. */
        private boolean inPlaceOfGroup(Span span) {
            List<String> grouped = previous.map(QuerySpec::groupBy).orElse(List.of());
            return replaces(span.end()) && span.column().filter(c -> c.role() == ColumnRole.DIMENSION).isPresent()
                    && namedAfterReplacing(span.end()).anyMatch(other -> other.column().map(SemanticColumn::name)
                            .filter(grouped::contains).isPresent());
        }

        /** "as well", "too", "also": what is named is added to what was there. */
        private boolean saysAsWell() {
            return IntStream.range(0, words.size()).anyMatch(i -> Set.of("too", "also").contains(word(i))
                    || word(i).equals("as") && word(i + 1).equals("well"));
        }

        private boolean followUp(boolean explicitMeasure, boolean countCue) {
            if (previous.isEmpty()) {
                return false;
            }
            String first = words.isEmpty() ? "" : words.get(0);
            String second = words.size() > 1 ? words.get(1) : "";
            String last = words.isEmpty() ? "" : words.get(words.size() - 1);
            // "what share of revenue was that": the last word points back at the answer before
            boolean pointsBack = words.size() > 1 && POINTERS_BACK.contains(last)
                    && Set.of("was", "is", "of", "were").contains(words.get(words.size() - 2));
            // "Please the same, but only…": the opening word past politeness and an article
            String opening = words.stream().dropWhile(word -> REQUEST_OPENERS.contains(word) || word.equals("the"))
                    .findFirst().orElse("");
            // "Among that, how many…": the rows of the answer before, said as one thing
            boolean amongThat = Set.of("among", "amongst").contains(first) && POINTERS_BACK.contains(second);
            boolean marker = EnglishWords.FOLLOW_UP_STARTS.contains(first) || opening.equals("same") || pointsBack
                    || amongThat || reshapesLast()
                    || ((first.equals("what") || first.equals("how")) && second.equals("about"))
                    || words.stream().anyMatch(EnglishWords.INSTEAD::contains)
                    || words.stream().anyMatch(EnglishWords.BACK_REFERENCES::contains);
            return marker || (!explicitMeasure && !countCue && identifierFilters.isEmpty());
        }

        /** "restrict that to…", "please break it down by…": the answer before, changed. */
        private boolean reshapesLast() {
            int verb = (int) words.stream().takeWhile(REQUEST_OPENERS::contains).count();
            // "Restrict to orders with a total over $200.": a narrowing verb needs no pointer to the answer before
            boolean narrowedTo = Set.of("restrict", "limit", "narrow").contains(word(verb))
                    && word(verb + 1).equals("to");
            return RESHAPING_VERBS.contains(word(verb)) && (POINTERS_BACK.contains(word(verb + 1))
                    || EnglishWords.BACK_REFERENCES.contains(word(verb + 1)) || narrowedTo);
        }

        private List<MeasureRef> measures(List<Span> metricSpans, List<Span> measureSpans, boolean countCue) {
            List<MeasureRef> measures = new ArrayList<>();
            Span last = null;
            // "how much discount did vip customers get on average" (or "in average"): the one figure, averaged
            boolean onAverage = metricSpans.size() == 1 && IntStream.range(0, words.size()).anyMatch(i ->
                    (words.get(i).equals("on") || words.get(i).equals("in")) && "avg".equals(AGGREGATES.get(word(i + 1))));
            for (Span span : metricSpans.subList(askedAfterLead(metricSpans), metricSpans.size())) {
                MeasureRef metric = MeasureRef.metric(span.first(Meaning.MetricWord.class).orElseThrow().metric());
                List<MeasureRef> each = eachAggregateListed(span, metric);
                if (!each.isEmpty() && (last == null || joinedToPrevious(last, span))) {
                    each.stream().filter(measure -> !measures.contains(measure)).forEach(measures::add);
                    last = span;
                    continue;
                }
                // "average refund": the average of what the metric sums, not the sum
                boolean averaged = aggregateBefore(span.start()).equals("avg")
                        || onAverage && explicitAggregateBefore(span.start()).isEmpty();
                MeasureRef measure = averaged ? rowAverage(span).orElse(metric) : metric;
                boolean joined = last == null || joinedToPrevious(last, span) || countCue && joinedToBareCount(span);
                boolean again = measures.contains(measure);
                if (joined && !again) {
                    measures.add(measure);
                    last = span;
                } else if (again) {
                    // "For orders over $500, give me the number of orders and the sum of order_total": the figure
                    // named again is where what follows joins on
                    last = span;
                } else if (!joined && !countCue && measures.size() == 1 && namesMoreClosely(span, last)) {
                    // "how much money did we keep after refunds": the longer name of a figure of the same kind
                    measures.set(0, measure);
                    last = span;
                }
                if (countCue && !measures.isEmpty() && !joined && !again) {
                    break;
                }
            }
            if (!measures.isEmpty() || countCue) {
                // "the number of orders and the summed order_total": a column's figure joined to the one before
                for (Span span : measureSpans) {
                    Optional<String> aggregate = explicitAggregateBefore(span.start());
                    if (last != null && span.start() > last.end() && aggregate.isPresent()
                            && joinedToPrevious(last, span)) {
                        measures.add(MeasureRef.aggregate(aggregate.get(), span.measureColumn().orElseThrow().name()));
                    }
                }
                return measures;
            }
            for (Span span : measureSpans) {
                String column = span.measureColumn().orElseThrow().name();
                // "the median and the mean order value": each aggregate listed before the column, or joined after it
                List<String> listed = aggregatesListedBefore(span.start());
                List<String> aggregates = aggregatesAround(span, vocabulary.aggregate(column));
                for (String aggregate : aggregates) {
                    MeasureRef measure = MeasureRef.aggregate(aggregate, column);
                    if (!measures.contains(measure)) {
                        measures.add(measure);
                    }
                }
            }
            return measures;
        }

        /**
         * "the total and the average shipping fee": each aggregate listed before a figure that sums a column, the
         * total as the figure itself; none when one or no aggregate is listed.
         */
        private List<MeasureRef> eachAggregateListed(Span span, MeasureRef metric) {
            List<String> aggregates = aggregatesAround(span, "sum");
            Optional<String> summed = summedColumn(metric.metric());
            if (aggregates.size() < 2 || summed.isEmpty()) {
                return List.of();
            }
            return aggregates.stream().map(aggregate -> switch (aggregate) {
                case "sum" -> metric;
                case "avg" -> rowAverage(span).orElse(MeasureRef.aggregate("avg", summed.get()));
                default -> MeasureRef.aggregate(aggregate, summed.get());
            }).toList();
        }

        /**
         * The aggregates a figure is asked in: each one listed before it ("the median and the mean"), or the one said
         * before it (else the one meant) and one joined right after it ("total delivery charges, and the average").
         */
        private List<String> aggregatesAround(Span span, String meant) {
            List<String> listed = aggregatesListedBefore(span.start());
            if (listed.size() > 1) {
                return listed;
            }
            String before = explicitAggregateBefore(span.start()).orElse(meant);
            return aggregateRightAfter(span).map(after -> List.of(before, after)).orElse(List.of(before));
        }

        /**
         * "total delivery charges, and the average per order": an aggregate joined right after a figure (or its
         * period), naming no figure of its own.
         */
        private Optional<String> aggregateRightAfter(Span span) {
            // "revenue in 2025 and the average per order": past the period said right after the figure
            int lead = FIGURE_PERIOD_LEADS.contains(word(span.end())) ? span.end() + 1 : span.end();
            int at = times.stream().filter(time -> time.start() == lead).mapToInt(TimeExpressions.Found::end)
                    .findFirst().orElse(span.end());
            if (!word(at).equals("and")) {
                return Optional.empty();
            }
            at += ARTICLES.contains(word(at + 1)) ? 2 : 1;
            String aggregate = AGGREGATES.get(word(at));
            int next = at + 1;
            boolean alone = spans.stream().noneMatch(s -> s.start() == next);
            return aggregate != null && alone ? Optional.of(aggregate) : Optional.empty();
        }

        /** The aggregates named one after another right before a word: "min, max and average", "median and mean". */
        private List<String> aggregatesListedBefore(int start) {
            List<String> listed = new ArrayList<>();
            int i = start - 1;
            while (i >= 0) {
                while (i >= 0 && ARTICLES.contains(words.get(i))) {
                    i--;
                }
                String aggregate = i >= 0 ? AGGREGATES.get(words.get(i)) : null;
                if (aggregate == null) {
                    break;
                }
                listed.add(0, aggregate);
                i--;
                while (i >= 0 && ARTICLES.contains(words.get(i))) {
                    i--;
                }
                if (i >= 0 && Set.of("and", "or").contains(words.get(i))) {
                    i--;
                }
            }
            return listed.stream().distinct().toList();
        }

        /**
         * "After all these refunds, what was our net revenue last year?": the figure a question asks for after a
         * clause that names another, as the index of its span; 0 when the first figure named is the one asked for.
         */
        private int askedAfterLead(List<Span> metricSpans) {
            for (int k = 1; k < metricSpans.size(); k++) {
                int start = metricSpans.get(k).start();
                int at = start - 1;
                while (at > metricSpans.get(k - 1).end() && QUESTION_LINKS.contains(word(at))) {
                    at--;
                }
                if (at >= metricSpans.get(k - 1).end() && at < start - 1 && word(at).equals("what")
                        && !Set.of("and", "also", "plus", "or").contains(word(at - 1))) {
                    return k;
                }
            }
            return 0;
        }

        /**
         * Whether a metric's words name a figure in the same unit more closely than another's single word, which is
         * not that metric's own name: "keep after refunds" rather than "money"; "net revenue" stays itself.
         */
        private boolean namesMoreClosely(Span span, Span other) {
            Optional<MetricFormat> format = metricFormat(span);
            Optional<Metric> otherMetric = other.first(Meaning.MetricWord.class).flatMap(m -> model.metric(m.metric()));
            boolean otherByName = otherMetric.map(m -> words.get(other.start()).equals(m.label())
                    || words.get(other.start()).equals(m.name())).orElse(true);
            return format.isPresent() && format.equals(metricFormat(other)) && !otherByName
                    && other.end() - other.start() == 1 && span.end() - span.start() > 1;
        }

        private Optional<MetricFormat> metricFormat(Span span) {
            return span.first(Meaning.MetricWord.class).flatMap(m -> model.metric(m.metric())).map(Metric::format);
        }

        /**
         * Words read as a measure only through a typo ("in-store" near "score") that the query does not measure:
         * more likely another word than a misspelt one, so they are named as left out rather than passed over.
         */
        private List<String> misreadMeasures(List<Span> measureSpans, List<MeasureRef> measures) {
            return measureSpans.stream()
                    .filter(span -> span.end() <= raw.size())
                    .filter(span -> !lexicon.contains(String.join(" ", raw.subList(span.start(), span.end()))))
                    .filter(span -> measures.stream().noneMatch(m -> span.measureColumn().orElseThrow().name()
                            .equals(m.column())))
                    .map(span -> String.join(" ", raw.subList(span.start(), span.end())))
                    .toList();
        }

        /**
         * What "X per order" averages: a metric that sums a column becomes the model's metric averaging that column
         * over the same rows ("revenue per order" is the average order value), else the column's plain average.
         */
        private List<MeasureRef> rowAverages(List<Span> metricSpans, List<Span> measureSpans) {
            List<Span> named = new ArrayList<>(metricSpans);
            named.addAll(measureSpans);
            named.sort(Comparator.comparingInt(Span::start));
            List<MeasureRef> measures = new ArrayList<>();
            for (Span span : named) {
                rowAverage(span).filter(m -> !measures.contains(m)).ifPresent(measures::add);
            }
            return measures;
        }

        /** The average per row a span names; empty for the metric counting rows, which has none. */
        private Optional<MeasureRef> rowAverage(Span span) {
            Optional<String> metric = span.first(Meaning.MetricWord.class).map(Meaning.MetricWord::metric);
            if (metric.filter(QuestionParser.this::countsRows).isPresent()) {
                return Optional.empty();
            }
            Optional<String> summed = metric.flatMap(QuestionParser.this::summedColumn);
            if (metric.isPresent() && summed.isEmpty()) {
                return metric.map(MeasureRef::metric);
            }
            Optional<String> column = span.column().filter(c -> c.role() == ColumnRole.MEASURE)
                    .map(SemanticColumn::name).or(() -> summed);
            return metric.flatMap(QuestionParser.this::averageOverRows).map(MeasureRef::metric)
                    .or(() -> column.map(c -> MeasureRef.aggregate("avg", c)));
        }

        /**
         * "orders with a discount: how many, and the CSAT": a figure joined to a "how many" that names nothing after
         * it, the rows counted having been said before it.
         */
        private boolean joinedToBareCount(Span span) {
            int cueEnd = afterCountCue();
            if (cueEnd < 0 || cueEnd > span.start() || spans.stream().anyMatch(s -> s.start() == cueEnd)) {
                return false;
            }
            List<String> between = words.subList(cueEnd, span.start());
            return between.contains("and") && between.stream().allMatch(QuestionParser::joinsFigures);
        }

        /**
         * The first figure said per so many orders when it is a rate or an average per order; any other figure is
         * given as it is, and the words saying it per so many orders are named as not used.
         */
        private List<MeasureRef> saidPerOrders(List<MeasureRef> measures) {
            if (perOrders.isEmpty() || measures.isEmpty()) {
                return measures;
            }
            MeasureRef first = measures.get(0);
            if (!first.canBePerOrders(model)) {
                dropped.add(new DroppedPhrase(perOrders.get().phrase(), null, false, List.of(), NOT_PER_ORDERS));
                return measures;
            }
            List<MeasureRef> scaled = new ArrayList<>(measures);
            scaled.set(0, first.per(perOrders.get().per()));
            return List.copyOf(scaled);
        }

        private boolean joinedToPrevious(Span previousSpan, Span span) {
            // "…, and how much revenue did it bring in?": the figure's last words may stand after the next figure
            Span first = previousSpan.start() <= span.start() ? previousSpan : span;
            Span second = first == span ? previousSpan : span;
            int from = first.end();
            int to = Math.max(from, second.start());
            if (askedAgain(from, to)) {
                return true;
            }
            return words.subList(from, to).stream()
                    .allMatch(word -> joinsFigures(word) || word.equals("vs") || word.equals("versus"));
        }

        /**
         * Whether the words from {@code from} to {@code to} end by asking for a second figure in a clause of its own
         * ("and what", "and how much"), after the words saying which rows the first counts: "How many 2025 orders had
         * a discount above $100, and what revenue did they bring in?".
         */
        private boolean askedAgain(int from, int to) {
            for (int i = to - 1; i > from; i--) {
                if (words.get(i - 1).equals("and") && FIGURE_QUESTION_WORDS.contains(words.get(i))) {
                    // "what did we give away in discounts and what did we bill in shipping fees": a clause of the
                    // same build as the first figure's, its few words naming no rows
                    boolean sameBuild = to - i <= CLAUSE_BEFORE_FIGURE
                            && IntStream.range(i, to).noneMatch(j -> spans.stream().anyMatch(s -> s.covers(j)));
                    return sameBuild || IntStream.range(i, to).allMatch(j -> FIGURE_QUESTION_WORDS.contains(
                            words.get(j)) || DETERMINERS.contains(words.get(j))
                            || AGGREGATES.containsKey(words.get(j)));
                }
            }
            return false;
        }

        private String aggregateBefore(int start) {
            return explicitAggregateBefore(start).orElse("sum");
        }

        private Optional<String> explicitAggregateBefore(int start) {
            for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
                String aggregate = AGGREGATES.get(words.get(i));
                if (aggregate != null) {
                    return Optional.of(aggregate);
                }
            }
            return Optional.empty();
        }

        private Boolean direction(MeasureRef measure) {
            // "tickets per order, worst first": an average of a column ranks as the metric summing it does
            MetricRanking ranking = measure.isMetric() ? vocabulary.ranking(measure.metric()) : model.metrics().stream()
                    .filter(m -> summedColumn(m.name()).filter(measure.column()::equals).isPresent()).findFirst()
                    .map(m -> vocabulary.ranking(m.name())).orElse(MetricRanking.PLAIN);
            // "the top 3 cities with the fastest delivery": the metric's own word says which end is the top
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (comparesAmount(i)) {
                    continue;
                }
                if (ranking.ascendingWords().stream().anyMatch(w -> Words.same(word, w))) {
                    return true;
                }
                if (ranking.descendingWords().stream().anyMatch(w -> Words.same(word, w))) {
                    return false;
                }
            }
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (comparesAmount(i)) {
                    continue;
                }
                if (DESCENDING.contains(word)) {
                    return false;
                }
                if (ASCENDING.contains(word)) {
                    return true;
                }
                if (BEST.contains(word)) {
                    return ranking.lowerIsBetter();
                }
                if (WORST.contains(word)) {
                    return !ranking.lowerIsBetter();
                }
            }
            return null;
        }

        /** "at least 10 days", "more than 5 units": a word comparing an amount, a filter and not an order. */
        private boolean comparesAmount(int i) {
            return word(i + 1).equals("than") || i > 0 && words.get(i - 1).equals("at");
        }

        private Integer limit() {
            for (int i = 0; i < words.size(); i++) {
                Integer n = TimeExpressions.count(words.get(i));
                if (n == null || n <= 0 || covered(i)) {
                    continue;
                }
                boolean before = i > 0 && LIMIT_CUES.contains(words.get(i - 1)) || whichCount(i);
                boolean after = i + 1 < words.size() && (LIMIT_CUES.contains(words.get(i + 1))
                        || DESCENDING.contains(words.get(i + 1)) || ASCENDING.contains(words.get(i + 1))
                        || rankingWord(words.get(i + 1)));
                if (before || after) {
                    understood[i] = true;
                    return n;
                }
            }
            return null;
        }

        /**
         * "Which 5 states …", "what 3 carriers …", "3 cities with the quickest delivery": a number of groups asked for
         * by name, after a question word or beside a ranking.
         */
        private boolean whichCount(int i) {
            // "which 3 electronics products": values of another column may narrow the groups named after the number
            int named = i + 1;
            for (Optional<Span> value = valueSpanAt(named); value.isPresent(); value = valueSpanAt(named)) {
                named = value.get().end();
            }
            int groupsAt = named;
            boolean groupsNamed = spans.stream().anyMatch(s -> s.start() == groupsAt && s.column()
                    .filter(c -> c.role() == ColumnRole.DIMENSION || c.role() == ColumnRole.IDENTIFIER).isPresent());
            // "more than 5 items" bounds an amount
            boolean bound = Set.of("than", "over", "under", "above", "below", "least", "most").contains(word(i - 1));
            return groupsNamed && !bound && (word(i - 1).equals("which") || word(i - 1).equals("what")
                    || words.stream().anyMatch(this::ranks));
        }

        private boolean covered(int i) {
            return times.stream().anyMatch(t -> i >= t.start() && i < t.end());
        }

        /** "what share of", "how often", "one in how many": a part of the rows rather than a count or a sum. */
        private boolean asksShare() {
            return shareCue().isPresent();
        }

        /** Where the question asks for a share, if it does ("a return rate above 7 percent" bounds a rate instead). */
        private OptionalInt shareCue() {
            return IntStream.range(0, words.size()).filter(i -> SHARE_CUES.contains(word(i))
                    && !(i > 0 && isNumber(word(i - 1)) && word(i).equals("percent"))
                    || word(i).equals("how") && word(i + 1).equals("often") || oneInHowMany(i)).findFirst();
        }

        /** Whether "how many" at {@code i} asks "one in how many", a share written as its inverse. */
        private boolean oneInHowMany(int i) {
            return word(i).equals("how") && word(i + 1).equals("many") && i >= 2
                    && Set.of("in", "of").contains(word(i - 1)) && Set.of("one", "1", "out").contains(word(i - 2));
        }

        private boolean countCue() {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                if (word.equals("how") && isTypoOf(next, "many")) {
                    mark(i + 1, i + 2);
                }
                if (oneInHowMany(i)) {
                    continue;
                }
                if ((word.equals("how") && (next.equals("many") || isTypoOf(next, "many")))
                        || (word.equals("number") && next.equals("of")) || word.equals("count")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "how many orders for each quantity", "orders by csat score": a column of whole numbers (items, stars,
         * tickets) is a breakdown when "by", "per" or "each" leads into it and the question names another figure to
         * break down; with no other figure ("average csat score by carrier") it is the figure.
         */
        private boolean groupsByWholeNumbers(Span span, SemanticColumn column, boolean countCue) {
            if (column.role() != ColumnRole.MEASURE || column.type() != ColumnType.INTEGER) {
                return false;
            }
            int j = span.start() - 1;
            while (j >= 0 && !WHOLE_NUMBER_BREAKDOWN_CUES.contains(words.get(j)) && (DETERMINERS.contains(words.get(j))
                    || words.get(j).equals("number") || words.get(j).equals("of"))) {
                j--;
            }
            boolean figureBefore = spans.stream().anyMatch(s -> s.end() <= span.start()
                    && s.first(Meaning.MetricWord.class).isPresent());
            // "top 5 products by number of support tickets": what the products are ranked on, not a breakdown
            int cueAt = j;
            boolean rankedOn = !figureBefore && IntStream.range(0, Math.max(cueAt, 0))
                    .anyMatch(i -> LIMIT_CUES.contains(words.get(i)));
            boolean anotherFigure = (countCue || figureBefore) && !rankedOn;
            return j >= 0 && WHOLE_NUMBER_BREAKDOWN_CUES.contains(words.get(j)) && anotherFigure
                    && explicitAggregateBefore(span.start()).isEmpty();
        }

        private boolean groupCue(Span span) {
            int j = span.start() - 1;
            while (j >= 0 && DETERMINERS.contains(words.get(j)) && !GROUP_CUES.contains(words.get(j))) {
                j--;
            }
            // "bottom 5 Books titles": a value of another column before the noun narrows what is ranked ("vs consumer
            // customers" still names the segment, not each customer)
            int pastValues = j;
            while (pastValues >= 0 && (valueOfAnotherColumn(pastValues, span)
                    || DETERMINERS.contains(words.get(pastValues)))) {
                pastValues--;
            }
            // "which 3 electronics products sold the fewest units": the same, the number before the value
            if (pastValues < j && pastValues > 0 && TimeExpressions.count(words.get(pastValues)) != null
                    && (LIMIT_CUES.contains(words.get(pastValues - 1)) || WHICH.contains(words.get(pastValues - 1)))) {
                return true;
            }
            // "which Home & Kitchen SKU moved the most units", "units by electronics product" (an average "per Home &
            // Kitchen order" is taken over the orders, not for each)
            boolean dimension = span.column().filter(c -> c.role() == ColumnRole.DIMENSION).isPresent();
            if (pastValues < j && pastValues >= 0 && (WHICH.contains(words.get(pastValues)) || dimension
                    && (WITHIN_EACH.contains(words.get(pastValues)) || words.get(pastValues).equals("by")))) {
                return true;
            }
            // "for each of my Southeast states": every one of them, the value saying which
            if (pastValues < j
                    && words.subList(pastValues + 1, j).stream().anyMatch(Set.of("each", "every")::contains)) {
                return true;
            }
            boolean everyOne = words.subList(j + 1, span.start()).contains("all");
            if (j >= 0 && !(everyOne && word(j).equals("across"))) {
                String word = words.get(j);
                if (GROUP_CUES.contains(word) || ranks(word)) {
                    return true;
                }
                // "list the cities in california": each value of a dimension; "list the orders…" stays a count
                if (word.equals("list") && span.column().filter(c -> c.role() == ColumnRole.DIMENSION).isPresent()) {
                    return true;
                }
                // "is there a day of the week when we get the most orders": which one, asked as yes or no
                if (word.equals("there") && Set.of("is", "was", "are", "were").contains(word(j - 1))
                        && words.subList(span.end(), words.size()).stream().anyMatch(this::ranks)) {
                    return true;
                }
                // "which is the carrier more slow", "what was the category with most returns"
                if (Set.of("is", "was", "are", "were").contains(word)
                        && WHICH.contains(word(j - 1))) {
                    return true;
                }
                // "the worst selling product", "our best performing carrier"
                String rankedBy = j > 0 && RANKED_BY.contains(word) ? words.get(j - 1) : "";
                if (BEST.contains(rankedBy) || WORST.contains(rankedBy) || DESCENDING.contains(rankedBy)
                        || ASCENDING.contains(rankedBy)) {
                    return true;
                }
                // "for 2025 orders that had three or more tickets": a year says when, it counts no groups
                if (TimeExpressions.count(word) != null && !covered(j)
                        && (j > 0 && LIMIT_CUES.contains(words.get(j - 1)) || whichCount(j))) {
                    return true;
                }
                int previousEnd = word.equals("and") ? j : j + 1;
                boolean afterGroup = spans.stream().anyMatch(s -> s.end() == previousEnd && s != span
                        && s.column().isPresent() && groupCue(s));
                if ((word.equals("and") || j == span.start() - 1) && afterGroup) {
                    return true;
                }
            }
            if (onPivotAxis(span, j) || inPlaceOfGroup(span)) {
                return true;
            }
            int next = span.end();
            // "CSAT on mobile orders compare with web orders": a value before the rows' word says which rows
            boolean rowsOfValue = span.column().filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent()
                    && valueOfAnotherColumn(span.start() - 1, span);
            if (next < words.size() && GROUP_CUES_AFTER.contains(words.get(next)) && !rowsOfValue) {
                return true;
            }
            for (int k = next; k < Math.min(words.size(), next + 4); k++) {
                String word = words.get(k);
                if (!Set.of("with", "that", "had", "has", "have", "having", "got", "the", "is", "was", "saw", "sees", "get")
                        .contains(word)) {
                    // "orders with more than 2 items" compares, it does not rank
                    boolean comparative = k + 1 < words.size() && words.get(k + 1).equals("than");
                    return k > next && !comparative && ranks(word);
                }
            }
            return false;
        }

        /** "how many … and how many …": the same figure asked for twice. */
        private boolean asksTwice() {
            return IntStream.range(1, words.size()).filter(i -> word(i - 1).equals("how")
                    && Set.of("many", "much").contains(word(i))).count() > 1;
        }

        /**
         * "rows = ship region", "state across the columns": a spreadsheet's pivot, one row or column for each value.
         * {@code before} is the word before the phrase, past determiners.
         */
        private boolean onPivotAxis(Span span, int before) {
            int after = span.end() + (ALONG_AXIS.contains(word(span.end())) ? 1 : 0);
            while (ARTICLES.contains(word(after))) {
                after++;
            }
            return after > span.end() && PIVOT_AXES.contains(word(after))
                    || before >= 0 && PIVOT_AXES.contains(word(before));
        }

        private boolean afterCompareCue(Span span) {
            return COMPARE_CUES.contains(wordBefore(span));
        }

        private Optional<Span> valueSpanAt(int start) {
            return spans.stream().filter(s -> s.start() == start && !s.all(Meaning.ValueWord.class).isEmpty())
                    .findFirst();
        }

        private boolean valueOfAnotherColumn(int position, Span span) {
            return spans.stream().anyMatch(other -> other != span && position >= other.start() && position < other.end()
                    && !other.all(Meaning.ValueWord.class).isEmpty() && !other.column().equals(span.column()));
        }

        /** The word before a phrase, past determiners ("per the order" → "per"); empty at the start. */
        private String wordBefore(Span span) {
            return wordBefore(span, DETERMINERS);
        }

        private String wordBefore(Span span, Set<String> skipped) {
            return word(indexBefore(span, skipped::contains));
        }

        /** Where the word before a phrase stands, past the words {@code skipped} passes over; -1 at the start. */
        private int indexBefore(Span span, Predicate<String> skipped) {
            return indexBefore(span.start(), skipped);
        }

        /** Where the word before position {@code start} stands, past the words {@code skipped} passes over. */
        private int indexBefore(int start, Predicate<String> skipped) {
            int j = start - 1;
            while (j >= 0 && skipped.test(words.get(j))) {
                j--;
            }
            return j;
        }

        /**
         * Columns the question says to take whole: "all payment types included", "regardless of carrier", "across all
         * channels combined"; a value of them said elsewhere ("the day Klarna went down") only tells the day apart.
         */
        private Set<String> unrestrictedColumns() {
            Set<String> columns = new HashSet<>();
            for (Span span : spans) {
                Optional<SemanticColumn> column = span.column();
                if (column.isEmpty() || !span.all(Meaning.ValueWord.class).isEmpty()) {
                    continue;
                }
                int before = span.start() - 1;
                while (before >= 0 && DETERMINERS.contains(words.get(before)) && !words.get(before).equals("all")) {
                    before--;
                }
                boolean all = word(before).equals("all") && WHOLE_AFTER.contains(word(span.end()));
                // "of" is one of the determiners passed over, so "regardless of the region" ends at "regardless"
                boolean regardless = UNRESTRICTED_BY.contains(word(before));
                if (all || regardless) {
                    mark(before, all ? span.end() + 1 : span.end());
                    columns.add(column.get().name());
                }
            }
            return columns;
        }

        private String word(int i) {
            return i >= 0 && i < words.size() ? words.get(i) : "";
        }

        /** A word that ranks: "most", "lowest", "best", "worst", or a metric's own ("fastest", "slowest"). */
        private boolean ranks(String word) {
            return DESCENDING.contains(word) || ASCENDING.contains(word) || BEST.contains(word) || WORST.contains(word)
                    || rankingWord(word);
        }

        private boolean rankingWord(String word) {
            return vocabulary.rankings().values().stream().anyMatch(r -> r.ascendingWords().contains(word)
                    || r.descendingWords().contains(word));
        }

        private boolean negated(Span span) {
            return negation(span) >= 0;
        }

        /**
         * Where a negation stands up to two words before the phrase, not counting articles and the model's own words
         * ("never got a csat survey", "no coupon"), or -1.
         */
        private int negation(Span span) {
            int reach = 2;
            for (int i = span.start() - 1; i >= 0 && reach > 0; i--) {
                // "all regions but the Southeast"
                boolean allBut = words.get(i).equals("but") && words.subList(Math.max(0, i - 3), i).contains("all");
                // "leave the cancelled ones out", "strip out Electronics", "leaving the Nimbus X2 earbuds out"
                boolean leaveOut = EnglishWords.LEAVING_OUT.contains(words.get(i))
                        && (words.subList(i + 1, Math.min(words.size(), i + 5)).contains("out")
                                || word(span.end()).equals("out") || word(span.end() + 1).equals("out"));
                // "FedEx excluded, how many orders in the West": the word leaves out the value it follows
                int negationAt = i;
                boolean othersNegation = leftOutAfter(i) && spans.stream().anyMatch(s ->
                        s.end() == negationAt && !s.all(Meaning.ValueWord.class).isEmpty());
                if (othersNegation) {
                    break;
                }
                if (NEGATIONS.contains(words.get(i)) || allBut || leaveOut) {
                    return i;
                }
                int at = i;
                Optional<Span> within = spans.stream().filter(s -> at >= s.start() && at < s.end()).findFirst();
                if (within.filter(s -> !s.all(Meaning.ValueWord.class).isEmpty() && !namesDestination(s)).isPresent()) {
                    break; // "excluding fedex, how many orders did vip customers place": the negation is fedex's
                }
                // "excluding any order paid by Klarna": how the order came by the value is passed over too
                boolean passOver = Set.of("a", "an", "the", "any").contains(words.get(i)) || within.isPresent()
                        || PAID_VIA.contains(words.get(i));
                reach -= passOver ? 0 : 1;
            }
            int after = negationAfter(span);
            if (after >= 0) {
                return after;
            }
            // "apart from books and grocery", "not the app or the marketplace": a value listed after a negated one is
            // negated with it
            int joinedAt = ARTICLES.contains(word(span.start() - 1)) ? span.start() - 2 : span.start() - 1;
            return spans.stream().filter(previous -> previous.end() == joinedAt
                            && Set.of("and", "or", "nor").contains(words.get(previous.end()))
                            && !previous.all(Meaning.ValueWord.class).isEmpty() && !span.all(Meaning.ValueWord.class).isEmpty())
                    .findFirst().map(this::negation).orElse(-1);
        }

        /**
         * Whether the word leaves out what it follows ("FedEx excluded", "cancelled aside"); not "excluding" before a
         * value ("in the Southeast excluding FedEx"), which leaves out what follows it.
         */
        private boolean leftOutAfter(int i) {
            return LEFT_OUT_AFTER.contains(word(i)) && (word(i).equals("excluded") || !namesValueAt(i + 1));
        }

        /**
         * Whether a value of the data is named at the word, past an article, or past the rows and how they were paid
         * ("excluding any order paid by Klarna").
         */
        private boolean namesValueAt(int i) {
            int rows = Set.of("the", "a", "an", "any", "all").contains(word(i)) ? i + 1 : i;
            boolean paid = namesRow(rows) && PAID_VIA.contains(word(rows + 1));
            int at = paid ? rows + (PAID_VIA.contains(word(rows + 2)) ? 3 : 2) : rows;
            return spans.stream().anyMatch(s -> s.start() == at && !s.all(Meaning.ValueWord.class).isEmpty());
        }

        /**
         * Where a phrase is said to be left out after it ("cancelled orders shouldn't count", "FedEx excluded",
         * "returns not included", "marketplace channel excluded"), past the rows' own word or the value's column, or
         * -1.
         */
        private int negationAfter(Span span) {
            for (int i = span.end(); i < Math.min(words.size(), span.end() + NEGATION_AFTER_REACH); i++) {
                String word = words.get(i);
                // "shouldn't count" is cut as "not", "t", "count"
                List<String> then = words.subList(i + 1, Math.min(words.size(), i + 4)).stream()
                        .filter(w -> !w.equals("t") && !w.equals("be")).toList();
                // "cancelled orders out obviously": "out" ending the question leaves out what it follows
                boolean outAtEnd = word.equals("out") && (i + 1 == words.size() || EnglishWords.adverb(word(i + 1))
                        && i + 2 == words.size());
                if (leftOutAfter(i) || outAtEnd || word.equals("not") && !then.isEmpty()
                        && COUNTED_IN.contains(then.get(0))) {
                    return i;
                }
                int at = i;
                // "marketplace channel excluded": the value's own column named after it
                boolean ownColumn = spans.stream().anyMatch(s -> s.start() <= at && at < s.end() && s != span
                        && s.all(Meaning.ValueWord.class).isEmpty() && s.column().map(SemanticColumn::name)
                                .filter(name -> span.all(Meaning.ValueWord.class).stream()
                                        .anyMatch(value -> value.value().column().equals(name))).isPresent());
                boolean rowsOrModal = BEFORE_LEFT_OUT.contains(word) || ownColumn || spans.stream().anyMatch(s ->
                        s.start() == at && s.first(Meaning.MetricWord.class).filter(m -> countsRows(m.metric()))
                                .isPresent());
                if (!rowsOrModal) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * "not shipped yet", which the model lists under pending and under processing: every value of the picked one's
         * column the span's words are written as a synonym of, else the picked value alone.
         */
        private List<String> valuesNamed(Span span, List<Meaning.ValueWord> values, CatalogValue picked) {
            String phrase = String.join(" ", words.subList(span.start(), span.end()));
            // "the Nimbus line": every product of the brand
            List<String> family = catalog.family(phrase);
            List<String> named = values.stream().map(Meaning.ValueWord::value)
                    .filter(v -> v.column().equals(picked.column())
                            && (synonymOf(v, phrase) || family.contains(v.value())))
                    .map(CatalogValue::value).distinct().sorted().toList();
            return named.size() > 1 ? named : List.of(picked.value());
        }

        private boolean synonymOf(CatalogValue value, String phrase) {
            return model.column(value.column()).map(c -> c.valueSynonyms().getOrDefault(value.value(), List.of())
                    .stream().anyMatch(synonym -> String.join(" ", Words.tokens(synonym)).equals(phrase)))
                    .orElse(false);
        }

        private CatalogValue pickValue(List<Meaning.ValueWord> values, Set<String> mentionedColumns) {
            return values.stream().map(Meaning.ValueWord::value)
                    .min(Comparator.comparing((CatalogValue v) -> !mentionedColumns.contains(v.column()))
                            .thenComparingInt(v -> catalog.values(v.column()).size()))
                    .orElseThrow();
        }

        private List<Filter> mergeFilters(List<Filter> filters) {
            Map<String, Filter> merged = new LinkedHashMap<>();
            for (Filter filter : filters) {
                String key = filter.column() + "|" + filter.op();
                Filter existing = merged.get(key);
                if (existing != null && (filter.op() == Filter.Op.IN || filter.op() == Filter.Op.NOT_IN)) {
                    List<String> values = new ArrayList<>(existing.values());
                    filter.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
                    merged.put(key, new Filter(filter.column(), filter.op(), values));
                } else {
                    merged.put(key, filter);
                }
            }
            // "the FedEx orders caught in the window vs all other FedEx orders placed in 2025": a value kept is not
            // left out by an "other" said of the rows around it
            merged.replaceAll((key, filter) -> {
                Filter kept = merged.get(filter.column() + "|" + Filter.Op.IN);
                return filter.op() != Filter.Op.NOT_IN || kept == null ? filter : new Filter(filter.column(),
                        filter.op(), filter.values().stream().filter(value -> !kept.values().contains(value)).toList());
            });
            merged.values().removeIf(filter -> filter.op() == Filter.Op.NOT_IN && filter.values().isEmpty());
            return new ArrayList<>(merged.values());
        }

        private List<Positioned> numericFilter(SemanticColumn column, Span span) {
            int i = span.end();
            Filter.Op op = Filter.Op.EQ;
            List<String> after = words.subList(i, Math.min(words.size(), i + 4));
            int skip = 0;
            while (skip < after.size() && Set.of("of", "is", "was", "were", "equal", "equals", "to", "exactly", "score", "rating")
                    .contains(after.get(skip))) {
                skip++;
            }
            if (skip < after.size()) {
                String word = after.get(skip);
                String next = skip + 1 < after.size() ? after.get(skip + 1) : "";
                Filter.Op comparison = comparison(word, next);
                if (comparison != null) {
                    op = comparison;
                    skip += comparisonLength(word);
                }
            }
            int numberAt = i + skip;
            // "gets a support ticket? 2025": a year is a date, not an amount; "rated 1 or 2 stars": two amounts, which
            // the unit after them reads
            boolean eitherOf = numberAt + 2 < words.size() && words.get(numberAt + 1).equals("or")
                    && isNumber(words.get(numberAt + 2));
            boolean unitAfter = eitherOf && spans.stream().anyMatch(s -> s.start() == numberAt + 3
                    && s.first(Meaning.UnitWord.class).isPresent());
            if (eitherOf && !unitAfter && op == Filter.Op.EQ
                    && adjacentWholeNumbers(words.get(numberAt), words.get(numberAt + 2))) {
                // "a CSAT of 1 or 2": every score from the lower to the higher
                mark(span.end(), numberAt + 3);
                return wholeRange(column.name(), words.get(numberAt), words.get(numberAt + 2)).stream()
                        .map(filter -> new Positioned(span.start(), filter)).toList();
            }
            if (numberAt < words.size() && isNumber(words.get(numberAt)) && !dated(numberAt) && !eitherOf) {
                op = postfix(numberAt, op);
                mark(span.end(), numberAt + 1);
                spans.stream().filter(s -> s.start() == numberAt + 1 && s.first(Meaning.UnitWord.class).isPresent())
                        .findFirst().ifPresent(unit -> {
                            unitsRead.add(unit.start());
                            mark(unit.start(), unit.end());
                        });
                return List.of(new Positioned(span.start(), new Filter(column.name(), op, List.of(words.get(numberAt)))));
            }
            int before = span.start() - 1;
            if (before >= 2 && words.get(before - 1).equals("or") && isNumber(words.get(before - 2))
                    && postfix(before - 2, Filter.Op.EQ) != Filter.Op.EQ) {
                // "2 or more support tickets"
                mark(before - 2, span.start());
                return List.of(new Positioned(span.start(), new Filter(column.name(), postfix(before - 2,
                        Filter.Op.EQ), List.of(words.get(before - 2)))));
            }
            if (before >= 0 && isNumber(words.get(before))) {
                Filter.Op prefix = before >= 2 ? comparison(words.get(before - 2), words.get(before - 1)) : null;
                prefix = prefix == null ? postfix(before, Filter.Op.EQ) : prefix;
                if (prefix != Filter.Op.EQ || before >= 1 && COUNTED_BEFORE.contains(words.get(before - 1))) {
                    mark(Math.max(0, before - 2), span.start());
                    return List.of(new Positioned(span.start(), new Filter(column.name(), prefix, List.of(words.get(before)))));
                }
            }
            return List.of();
        }

        /** Where the amounts listed up to the one at {@code numberAt} start: "$150 and $155" from "155". */
        private int startOfAmounts(int numberAt) {
            int k = numberAt - 1;
            while (k >= 0 && (isNumber(word(k)) || word(k).equals(currencyWord)
                    || Set.of("and", "or").contains(word(k)))) {
                k--;
            }
            return k;
        }

        /** "3 or more", "$100 or more" (its currency word between): the bound said after a number. */
        private Filter.Op postfix(int numberAt, Filter.Op op) {
            int or = word(numberAt + 1).equals(currencyWord) ? numberAt + 2 : numberAt + 1;
            if (or + 1 < words.size() && words.get(or).equals("or")) {
                String word = words.get(or + 1);
                if (Set.of("more", "higher", "above", "greater").contains(word)) {
                    return Filter.Op.GE;
                }
                if (Set.of("less", "fewer", "lower", "below").contains(word)) {
                    return Filter.Op.LE;
                }
            }
            return op;
        }

        /**
         * A number followed by a unit word of a column ("over 200 usd", "at least 3 items", "1 star", "a single
         * item"): a comparison of that column, read from the words before the number ("between 100 and 250" gives
         * both ends) or after it ("2 or lower").
         */
        private List<Positioned> unitFilters(Span span) {
            // a metric compared per row may be named starting with its unit: "10 days to deliver"
            String first = words.get(span.start());
            Optional<Meaning.UnitWord> said = span.first(Meaning.UnitWord.class).or(() -> span.all(Meaning.MetricWord.class)
                    .stream().filter(m -> vocabulary.rowValues().containsKey(m.metric()))
                    .filter(m -> vocabulary.unitWords().getOrDefault(m.metric(), List.of()).stream()
                            .anyMatch(w -> Words.same(first, w)))
                    .map(m -> new Meaning.UnitWord(m.metric())).findFirst());
            Optional<Span> moneyColumn = said.flatMap(u -> moneyColumnAfter(span, u));
            Optional<Meaning.UnitWord> unit = moneyColumn.flatMap(Span::column)
                    .map(c -> new Meaning.UnitWord(c.name())).or(() -> said);
            int numberAt = span.start() - 1;
            if (numberAt >= 2 && words.get(numberAt - 1).equals("or") && isNumber(words.get(numberAt - 2))
                    && postfix(numberAt - 2, Filter.Op.EQ) != Filter.Op.EQ) {
                numberAt -= 2; // "3 or fewer items"
            }
            String value = numberAt >= 0 && !covered(numberAt) ? numberValue(words.get(numberAt)) : null;
            // "the top 10 days by revenue" ranks days, it bounds no length of time
            if (unit.isEmpty() || value == null || numberAt > 0 && LIMIT_CUES.contains(words.get(numberAt - 1))) {
                return List.of();
            }
            List<Positioned> filters = new ArrayList<>();
            int from = numberAt;
            String before = numberAt > 0 ? words.get(numberAt - 1) : "";
            String twoBefore = numberAt > 1 ? words.get(numberAt - 2) : "";
            Filter.Op op = comparison(twoBefore, before);
            if (op != null && comparisonLength(twoBefore) == 2) {
                from = numberAt - 2;
            } else if ((op = comparison(before, "")) != null) {
                from = numberAt - 1;
            } else if (before.equals("between")) {
                op = Filter.Op.GE;
                from = numberAt - 1;
            } else if (before.equals("or") && adjacentWholeNumbers(twoBefore, value)) {
                // "a 1 or 2 star score": the two scores, which are every score from the lower to the higher
                from = numberAt - 2;
                List<Filter> range = wholeRange(unit.get().column(), twoBefore, value);
                filters.add(new Positioned(from, range.get(0)));
                op = range.get(1).op();
                value = range.get(1).values().get(0);
            } else if (before.equals("and") && words.subList(Math.max(0, numberAt - 4), numberAt).contains("between")) {
                op = Filter.Op.LE;
                from = numberAt - 1;
                if (isNumber(twoBefore) && numberAt > 2 && words.get(numberAt - 3).equals("between")) {
                    from = numberAt - 3;
                    filters.add(new Positioned(from, new Filter(unit.get().column(), Filter.Op.GE, List.of(twoBefore))));
                }
            } else {
                op = postfix(numberAt, Filter.Op.EQ);
                op = op == Filter.Op.EQ ? postfix(span.end() - 1, op) : op;
                boolean quoted = HEDGES.contains(before) && STATING.contains(word(numberAt - 2))
                        || words.stream().anyMatch(CHECK_REQUESTS::contains)
                        && STATING.contains(word(startOfAmounts(numberAt)));
                if (op == Filter.Op.EQ && quoted && vocabulary.unitWords()
                        .getOrDefault(unit.get().column(), List.of()).contains(currencyWord)) {
                    // "the review puts revenue at roughly $316k", "I quoted $150 and $155, please confirm both": a
                    // figure quoted, which no row has to equal
                    mark(numberAt - 1, span.end());
                    return List.of();
                }
            }
            if (from > 0 && COMPARISON_LEADS.contains(words.get(from - 1))) {
                from--;
            }
            mark(from, span.end());
            moneyColumn.ifPresent(column -> {
                unitsRead.add(column.start());
                mark(column.start(), column.end());
            });
            filters.add(new Positioned(span.start(), new Filter(unit.get().column(), op, List.of(value))));
            return filters;
        }

        /**
         * "a $14.99 shipping fee", "a $20 discount", "the $14.99 expedited postage": an amount in the currency is of
         * the decimal column without unit words of its own named right after it, or after one word the model does not
         * know, which is left to be accounted for.
         */
        private Optional<Span> moneyColumnAfter(Span span, Meaning.UnitWord unit) {
            boolean currency = vocabulary.unitWords().getOrDefault(unit.column(), List.of()).contains(currencyWord);
            boolean unknownBetween = spans.stream().noneMatch(s -> s.start() <= span.end() && span.end() < s.end())
                    && !GRAMMAR_WORDS.contains(word(span.end())) && !isNumber(word(span.end()));
            return !currency ? Optional.empty() : spans.stream()
                    .filter(s -> (s.start() == span.end() || unknownBetween && s.start() == span.end() + 1)
                            && s.column().filter(c -> c.role() == ColumnRole.MEASURE
                            && c.type() == ColumnType.DECIMAL && !c.name().equals(unit.column())
                            && vocabulary.unitWords().getOrDefault(c.name(), List.of()).isEmpty()).isPresent())
                    .findFirst();
        }

        /** Two whole numbers said with "or" as the range from the lower to the higher: {@code >= low}, {@code <= high}. */
        private static List<Filter> wholeRange(String column, String first, String second) {
            long a = Long.parseLong(first);
            long b = Long.parseLong(second);
            return List.of(new Filter(column, Filter.Op.GE, List.of(String.valueOf(Math.min(a, b)))),
                    new Filter(column, Filter.Op.LE, List.of(String.valueOf(Math.max(a, b)))));
        }

        private static boolean adjacentWholeNumbers(String first, String second) {
            if (!first.matches("\\d{1,9}") || !second.matches("\\d{1,9}")) {
                return false;
            }
            return Math.abs(Long.parseLong(first) - Long.parseLong(second)) == 1;
        }

        /** How many words a comparison {@link #comparison} reads takes: "over" one, "more than" and "at least" two. */
        private static int comparisonLength(String word) {
            return ONE_WORD_COMPARISONS.contains(word) ? 1 : 2;
        }

        private Filter.Op comparison(String word, String next) {
            if (Set.of("above", "over").contains(word) || word.startsWith("exceed")
                    || (Set.of("more", "greater", "higher", "bigger", "larger").contains(word) && next.equals("than"))) {
                return Filter.Op.GT;
            }
            if (word.equals("below") || word.equals("under")
                    || (Set.of("less", "fewer", "lower", "smaller").contains(word) && next.equals("than"))) {
                return Filter.Op.LT;
            }
            if (word.equals("at") && next.equals("least")) {
                return Filter.Op.GE;
            }
            if (word.equals("at") && next.equals("most")) {
                return Filter.Op.LE;
            }
            return null;
        }

        /** Throws when the question names things the model does not know; returns where its unknown words are. */
        private List<Integer> checkUnknownWords(List<Span> metricSpans) {
            times.forEach(t -> {
                List<Integer> names = new ArrayList<>(markNames(t.start() - 1, -1));
                names.addAll(markNames(t.end(), 1));
                // A name narrows a date only if it can: "Black Friday 2025" is one week, not the year read.
                if (!names.isEmpty() && t.period() != null && t.period().end().isAfter(t.period().start().plusDays(7))) {
                    phrases(names).forEach(p -> dropped.add(new DroppedPhrase(p, t.period().label())));
                }
            });
            unusedComparisons().forEach(p -> dropped.add(new DroppedPhrase(p, null)));
            List<Integer> unknown = leftover();
            for (int i : unknown) {
                String original = i < raw.size() ? raw.get(i) : "";
                if (i > 0 && !original.equals("I") && !original.equals(original.toLowerCase(Locale.ROOT))
                        && !shouted(original)) {
                    throw notUnderstood("'" + original + "' is not something the data knows");
                }
                boolean measured = i + 1 < words.size() && (words.get(i + 1).equals("by") || words.get(i + 1).equals("per"));
                boolean participle = words.get(i).matches(".*(ed|en|ing)$");
                boolean qualifiesMetric = !participle && metricSpans.stream().anyMatch(m -> m.end() == i);
                if (((i > 0 && pointsAtData(i)) || measured || qualifiesMetric) && !qualifiesEntity(i)
                        && !contactManner(i)) {
                    if (i > 0 && Set.of("by", "per").contains(words.get(i - 1))) {
                        closestGrouping(i).ifPresent(clarification -> {
                            throw new ClarificationNeededException(clarification);
                        });
                    }
                    throw notUnderstood("'" + original + "' is not something the data knows");
                }
            }
            // "orders from instagram ads last month": one source the data does not hold is named and left out
            boolean oneSource = phrases(unknown).size() == 1 && unknown.size() <= MAX_UNKNOWN_PHRASE
                    && (SOURCE_PREPOSITIONS.contains(word(determinersBefore(unknown.get(0))))
                            || contactManner(unknown.get(0)));
            if (unknown.size() >= 2 && !oneSource) {
                throw notUnderstood("the question is about things the data does not hold");
            }
            return unknown;
        }

        /**
         * "where are customers the ANGRIEST": a long word in capitals stresses it, where a name would be written
         * with one capital and a short one in capitals ("ACME", "SEO") may be a name of its own.
         */
        private static boolean shouted(String word) {
            return word.length() >= SHOUTED_LENGTH && word.equals(word.toUpperCase(Locale.ROOT));
        }

        /** "tickets raised by phone": how someone got in touch, which the data does not hold. */
        private boolean contactManner(int i) {
            return i > 0 && CONTACT_MANNERS.contains(words.get(i - 1) + " " + words.get(i));
        }

        /**
         * "orders by store": the column nearest in spelling to the unknown word grouped by, offered with the question
         * without the grouping, rather than a guess at either.
         */
        private Optional<Clarification> closestGrouping(int i) {
            String original = raw.get(i);
            List<String> names = new ArrayList<>();
            model.columnsWithRole(ColumnRole.DIMENSION).forEach(c -> {
                names.add(c.name().replace('_', ' '));
                names.addAll(c.synonyms());
            });
            String asked = question.strip();
            String without = asked.replaceFirst("(?i)\\s*\\b(by|per)\\s+" + Pattern.quote(original)
                    + "(?![\\p{L}\\p{N}])", "");
            Optional<String> closest = ClosestName.among(words.get(i), names);
            if (closest.isPresent()) {
                return Optional.of(new Clarification(Clarification.Reason.AMBIGUOUS, "The data has nothing called '"
                        + original + "' to break the figures down by. Did you mean '" + closest.get()
                        + "', or no breakdown at all?", List.of(instead(asked, original, closest.get()), without)));
            }
            // "late delivery rate by warehouse": nothing near it, so offer the breakdowns the data has
            List<String> offered = model.columnsWithRole(ColumnRole.DIMENSION).stream().limit(OFFERED_BREAKDOWNS)
                    .map(c -> c.name().replace('_', ' ')).toList();
            List<String> choices = new ArrayList<>(offered.stream().map(name -> instead(asked, original, name)).toList());
            choices.add(without);
            return Optional.of(new Clarification(Clarification.Reason.AMBIGUOUS, "The data has nothing called '"
                    + original + "' to break the figures down by. It can break them down by " + String.join(", ",
                    offered) + " and more, or show them without a breakdown.", choices));
        }

        private static String instead(String asked, String original, String name) {
            return asked.replaceFirst("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(original) + "(?![\\p{L}\\p{N}])",
                    Matcher.quoteReplacement(name));
        }

        /**
         * "over 40", "at least 3" that no column took (no unit, no metric beside it): a limit the figures would
         * silently not have, so it is named as left out.
         */
        private List<String> unusedComparisons() {
            List<String> unused = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                if (understood[i] || numberValue(words.get(i)) == null) {
                    continue;
                }
                String before = words.get(i - 1);
                boolean boundAfter = postfix(i, Filter.Op.EQ) != Filter.Op.EQ;
                int from = i >= 2 && comparison(words.get(i - 2), before) != null ? i - 2
                        : comparison(before, "") != null ? i - 1 : boundAfter ? i : -1;
                if (from >= 0) {
                    // "over 50 years old", "100 or more": the words saying what the number counts belong to the phrase
                    int end = boundAfter ? i + 3 : i + 1;
                    while (end < Math.min(words.size(), i + 4) && !PHRASE_BREAKS.contains(words.get(end))
                            && !readAsData(end)) {
                        end++;
                    }
                    // "customers under 25", "ppl over 65"
                    int start = from > 0 && (namesEntity(from - 1) || PEOPLE.contains(word(from - 1))) ? from - 1 : from;
                    unused.add(String.join(" ", raw.subList(start, Math.min(end, raw.size()))));
                }
            }
            return unused;
        }

        /** Whether the word at {@code i} is part of a date or names a metric, column or value ("years" as a grain does not). */
        private boolean readAsData(int i) {
            return covered(i) || spans.stream().anyMatch(s -> s.covers(i)
                    && s.meanings().stream().anyMatch(m -> !(m instanceof Meaning.GrainWord)));
        }

        /**
         * "how many days does a customer have to send it back": a count of days, weeks or months, which no metric
         * counts, however ordinary the word.
         */
        private boolean countsPeriods(int i) {
            return i > 0 && words.get(i - 1).equals("many")
                    && spans.stream().anyMatch(s -> s.start() == i && s.first(Meaning.GrainWord.class).isPresent())
                    // "how many days did it take to deliver": the days a figure is measured in
                    && spans.stream().noneMatch(s -> metricFormat(s).filter(MetricFormat.DAYS::equals).isPresent());
        }

        /** The words no part of the reading used and that may carry meaning (not grammar, not "please"). */
        private List<Integer> leftover() {
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean ordinary = FUNCTION_WORDS.contains(word) || GENERIC_WORDS.contains(word) || isNumber(word)
                        || SHARE_CUES.contains(word) || AGGREGATES.containsKey(word) || EnglishWords.adverb(word);
                if (!understood[i] && (!ordinary || qualifiesEntity(i) || countsPeriods(i))
                        && !restatesMetricBeside(i)) {
                    unknown.add(i);
                }
            }
            return unknown;
        }

        /**
         * "Net revenue after refunds", read as the synonym "revenue after refunds": the word beside it is a word of
         * the same metric's name, which the figure already says.
         */
        private boolean restatesMetricBeside(int i) {
            String word = words.get(i);
            return spans.stream().filter(s -> s.start() == i + 1 || s.end() == i)
                    .flatMap(s -> s.all(Meaning.MetricWord.class).stream())
                    .map(m -> model.metric(m.metric()).orElseThrow())
                    .flatMap(m -> Stream.concat(Stream.of(m.name().replace('_', ' '), m.label()),
                            m.synonyms().stream()))
                    .anyMatch(name -> Words.tokens(name).contains(word));
        }

        /**
         * "first-time buyers", "new customers": ordinary words that say which customers, which the data cannot tell
         * apart, so they are left over rather than passed over.
         */
        private boolean qualifiesEntity(int i) {
            return qualifiedEntity(i) >= 0;
        }

        /** Where the entity a qualifier at {@code i} says which of starts ("buyers" after "first time"), or -1. */
        private int qualifiedEntity(int i) {
            int next = word(i).equals("first") && word(i + 1).equals("time") ? i + 2 : word(i).equals("new") ? i + 1 : -1;
            return next >= 0 && namesEntity(next) ? next : -1;
        }

        /** Whether a phrase naming the entities counted, such as customers, starts at word {@code i}. */
        private boolean namesEntity(int i) {
            return spans.stream().anyMatch(s -> s.start() == i
                    && s.column().filter(c -> c.role() == ColumnRole.IDENTIFIER).isPresent());
        }

        /** The phrases of words left over, each with the entity it qualifies when one follows ("first-time buyers"). */
        private List<String> namedPhrases(List<Integer> indexes) {
            List<Integer> named = new ArrayList<>(indexes);
            for (int i : indexes) {
                if (!indexes.contains(i - 1) && (indexes.contains(i + 1) || contactManner(i))) {
                    // "during the tv campaign", "from instagram ads", "by phone": the preposition says what the
                    // phrase would do
                    int j = determinersBefore(i);
                    if (j >= 0 && PHRASE_PREPOSITIONS.contains(word(j)) && outsideReadings(j)) {
                        IntStream.range(j, i).forEach(named::add);
                    }
                }
                int qualified = qualifiedEntity(i);
                int entity = qualified >= 0 ? qualified : i + 1;
                if (!indexes.contains(i + 1) && namesEntity(entity)) {
                    IntStream.rangeClosed(i + 1, entity).forEach(named::add);
                }
            }
            return phrases(named);
        }

        /** Where the word before {@code i} stands, past articles that belong to no reading ("during the tv…"). */
        private int determinersBefore(int i) {
            int j = i - 1;
            while (j > 0 && Set.of("the", "a", "an", "our").contains(word(j)) && outsideReadings(j)) {
                j--;
            }
            return j;
        }

        /** Whether word {@code i} is part of neither a model phrase nor a date. */
        private boolean outsideReadings(int i) {
            return spans.stream().noneMatch(s -> i >= s.start() && i < s.end()) && !dated(i);
        }

        /** Whether word {@code i} is part of a date or period the question names. */
        private boolean dated(int i) {
            return times.stream().anyMatch(t -> i >= t.start() && i < t.end());
        }

        /** The words at {@code indexes} as the user wrote them, runs of neighbouring words joined into one phrase. */
        private List<String> phrases(List<Integer> indexes) {
            List<Integer> sorted = indexes.stream().distinct().sorted().toList();
            List<String> phrases = new ArrayList<>();
            StringBuilder phrase = new StringBuilder();
            int last = -2;
            for (int i : sorted) {
                if (i != last + 1 && phrase.length() > 0) {
                    phrases.add(phrase.toString());
                    phrase.setLength(0);
                }
                phrase.append(phrase.length() > 0 ? " " : "").append(i < raw.size() ? raw.get(i) : words.get(i));
                last = i;
            }
            if (phrase.length() > 0) {
                phrases.add(phrase.toString());
            }
            return phrases;
        }

        /**
         * The phrases of words left over, each with the column or presence word right before or after it that says
         * what kind of thing it is ("coupon code SPRING10", "the gold loyalty tier", as the person wrote it), for
         * naming what a question nothing answers asked about.
         */
        private List<String> phrasesOfKinds(List<Integer> indexes) {
            List<Integer> named = new ArrayList<>(indexes);
            for (int i : indexes) {
                if (!indexes.contains(i - 1)) {
                    kindAt(s -> s.end() == i).ifPresent(kind -> IntStream.range(kind.start(), kind.end())
                            .forEach(named::add));
                }
                // after the phrase, only a kind of value or of event: "the gold loyalty tier", "drone deliveries"
                if (!indexes.contains(i + 1)) {
                    kindAt(s -> s.start() == i + 1 && (s.first(Meaning.PresenceWord.class).isPresent()
                            || s.column().filter(c -> c.role() == ColumnRole.DIMENSION).isPresent()))
                            .ifPresent(kind -> IntStream.range(kind.start(), kind.end()).forEach(named::add));
                }
            }
            return phrases(named);
        }

        /** The span where {@code at} says, when it names a kind of thing (a column or presence word), not a value. */
        private Optional<Span> kindAt(Predicate<Span> at) {
            return spans.stream().filter(at).filter(s -> s.first(Meaning.ValueWord.class).isEmpty()
                    && s.first(Meaning.MetricWord.class).isEmpty()
                    && (s.first(Meaning.PresenceWord.class).isPresent()
                            || s.first(Meaning.ColumnWord.class).isPresent()))
                    .findFirst();
        }

        List<DroppedPhrase> dropped() {
            return List.copyOf(dropped);
        }

        /** The question's words as the model sees them, before any reading of what they ask. */
        WordAccount account() {
            boolean[] model = new boolean[words.size()];
            spans.forEach(s -> java.util.Arrays.fill(model, s.start(), s.end(), true));
            int modelWords = 0;
            for (int i = 0; i < words.size(); i++) {
                modelWords += model[i] || words.get(i).equals(IDENTIFIER_PLACEHOLDER) ? 1 : 0;
            }
            List<Integer> left = leftover();
            return new WordAccount(modelWords, left.stream().map(i -> words.get(i)).toList(), phrasesOfKinds(left),
                    times.stream().filter(t -> negationBefore(t) < 0).map(TimeExpressions.Found::period).toList(),
                    namesSomethingSpecific(),
                    times.stream().anyMatch(TimeExpressions.Found::event), asksForFigure(), valuesNamed());
        }

        /** The values of the data the words name, as written: "FedEx", "Southeast". */
        private List<String> valuesNamed() {
            return spans.stream().filter(s -> !s.all(Meaning.ValueWord.class).isEmpty() && !covered(s.start()))
                    .map(s -> String.join(" ", raw.subList(s.start(), Math.min(s.end(), raw.size())))).toList();
        }

        /**
         * Whether the question names a value, a number, a period, a grain or a figure other than a count: "the
         * thing with the orders" or "the region" alone names none of these.
         */
        private boolean namesSomethingSpecific() {
            return !times.isEmpty() || words.stream().anyMatch(QuestionParser::isNumber)
                    || spans.stream().anyMatch(s -> !s.all(Meaning.ValueWord.class).isEmpty()
                            || s.first(Meaning.GrainWord.class).isPresent()
                            || s.first(Meaning.PresenceWord.class).isPresent()
                            || s.first(Meaning.UnitWord.class).isPresent()
                            || s.column().filter(c -> c.role() == ColumnRole.MEASURE).isPresent()
                            || s.first(Meaning.MetricWord.class).filter(m -> !countsRows(m.metric())).isPresent());
        }

        /** Capitalised words right next to a date name it ("Black Friday, Nov 28 2025"): the date says what they mean. */
        private List<Integer> markNames(int from, int step) {
            List<Integer> marked = new ArrayList<>();
            for (int i = from; i >= 0 && i < words.size() && !understood[i]; i += step) {
                String original = raw.get(i);
                if (original.equals(original.toLowerCase(Locale.ROOT)) || FUNCTION_WORDS.contains(words.get(i))) {
                    break;
                }
                understood[i] = true;
                marked.add(i);
            }
            return marked;
        }

        /** "a satisfaction score of 2 or less": the column the span's metric averages, which a number then compares. */
        private Optional<SemanticColumn> averagedColumn(Span span) {
            return span.first(Meaning.MetricWord.class).flatMap(m -> QuestionParser.this.averagedColumn(m.metric()))
                    .flatMap(model::column);
        }

        /** Whether the word at {@code i} is what a cue word ("by", "how many", "average", "which", "top 5") points at. */
        private boolean pointsAtData(int i) {
            int j = i - 1;
            while (j >= 0 && (DETERMINERS.contains(words.get(j)) || Set.of("did", "do", "does", "were", "was", "are",
                    "is", "we", "have", "has").contains(words.get(j))) && !GROUP_CUES.contains(words.get(j))) {
                j--;
            }
            if (j < 0) {
                return false;
            }
            String cue = words.get(j);
            boolean adjacent = j == i - 1;
            return cue.equals("by") || cue.equals("per") || (cue.equals("many") && j > 0 && words.get(j - 1).equals("how"))
                    || (cue.equals("of") && j > 0 && words.get(j - 1).equals("number"))
                    || Set.of("average", "avg", "mean", "median").contains(cue)
                    || (adjacent && cue.equals("which"))
                    || (adjacent && isNumber(cue) && j > 0 && LIMIT_CUES.contains(words.get(j - 1)));
        }

        private QuestionNotUnderstoodException notUnderstood(String why) {
            return new QuestionNotUnderstoodException("I could not read \"" + question.strip() + "\" as a query: " + why);
        }

        private void mark(int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(to, understood.length); i++) {
                understood[i] = true;
            }
        }
    }

    /** Whether a metric counts the rows of the table ({@code count(*)}), so its word names one row. */
    private boolean countsRows(String metric) {
        return model.metric(metric).map(m -> ROW_COUNT.matcher(m.expression()).matches()).orElse(false);
    }

    /** The column a metric averages ({@code avg(csat_score)}), if that is all it does. */
    private Optional<String> averagedColumn(String metric) {
        return aggregatedColumn(metric, AVERAGED_COLUMN);
    }

    /** The column a metric sums ({@code sum(discount_amount)}), if that is all it does. */
    private Optional<String> summedColumn(String metric) {
        return aggregatedColumn(metric, SUMMED_COLUMN);
    }

    /** The column a metric's expression, matched whole by {@code aggregate}, takes as its one argument. */
    private Optional<String> aggregatedColumn(String metric, Pattern aggregate) {
        return model.metric(metric).map(m -> aggregate.matcher(m.expression())).filter(Matcher::matches)
                .map(m -> m.group(1));
    }

    /** The metric averaging per row what {@code metric} sums, over the same rows: {@code avg(x)} or {@code sum(x) / count(*)}. */
    private Optional<String> averageOverRows(String metric) {
        Metric summing = model.metric(metric).orElseThrow();
        return summedColumn(metric).flatMap(column -> model.metrics().stream()
                .filter(m -> Objects.equals(m.filter(), summing.filter()))
                .filter(m -> Set.of("avg(" + column + ")", "sum(" + column + ")/count(*)")
                        .contains(m.expression().replaceAll("\\s+", "").toLowerCase(Locale.ROOT)))
                .map(Metric::name).findFirst());
    }

    private static boolean isTypoOf(String word, String intended) {
        return word.length() == intended.length() && !word.equals(intended)
                && word.chars().sorted().boxed().toList().equals(intended.chars().sorted().boxed().toList());
    }

    /** The number a word stands for ("3", "2.5", "three", "single"), or {@code null}. */
    private static String numberValue(String word) {
        if (isNumber(word)) {
            return word;
        }
        Integer count = word.equals("single") ? Integer.valueOf(1) : TimeExpressions.count(word);
        return count == null ? null : count.toString();
    }

    /** Whether a filter says that rows have something or lack it ({@link #HAVING}, {@link #LACKING}). */
    private static boolean hasOrLacks(Filter filter) {
        return HAVING.contains(filter.op()) || LACKING.contains(filter.op());
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /** What a question asks for, and the phrases of it the query leaves out. */
    record ParsedQuestion(QuerySpec spec, List<DroppedPhrase> dropped) {
    }

    /**
     * A phrase of the question the query does not use.
     *
     * @param phrase the words as the user wrote them
     * @param periodRead for a name beside a date ("Black Friday 2025"), the period that was read instead; for a sentence
     *     set aside, the period read from it; otherwise {@code null}: the data has no such value or column
     * @param background whether the phrase is a sentence set aside: one that tells why the question is asked rather
     *     than what it asks, or a question of its own that cannot be read alone
     * @param valuesRead for a leading phrase set aside, the values of the data read from it
     * @param why why the phrase is not used, when it is not that the data lacks it; otherwise {@code null}
     */
    record DroppedPhrase(String phrase, String periodRead, boolean background, List<String> valuesRead, String why) {

        DroppedPhrase(String phrase, String periodRead) {
            this(phrase, periodRead, false, List.of(), null);
        }
    }

    /**
     * The words of a question the semantic model knows and those it does not.
     *
     * @param modelWords how many words name a metric, column, value, grain or identifier of the model
     * @param leftover the other words that may carry meaning, lower-cased (dates, grammar and politeness left out)
     * @param leftoverPhrases the same words as the user wrote them, neighbours joined
     * @param periods the periods the question names
     * @param specific whether it names a value, number, period, grain or a figure other than a count
     * @param namesEvent whether it names one of the shop's named periods ("the spring refresh sale")
     * @param asksForFigure whether it asks "how many…", "how much…" or names one of the model's metrics
     * @param values the values of the data it names, as written
     */
    record WordAccount(int modelWords, List<String> leftover, List<String> leftoverPhrases, List<Period> periods,
            boolean specific, boolean namesEvent, boolean asksForFigure, List<String> values) {

        /** Whether the words name something the data holds: a word of the model, a value, number, period or event. */
        boolean namesData() {
            return modelWords > 0 || specific || namesEvent;
        }
    }

    /** A filter and where in the question it was said. */
    private record Positioned(int position, Filter filter) {
    }
}
