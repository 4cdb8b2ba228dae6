package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Puts a SQL result into words by its shape: a single figure; a ranking (leader, runner-up, the gap between them,
 * how many in all or the top N kept); a comparison of periods (the change); one time series (peak, low, first to
 * last change); several series over time, one per category (each series' peak, or total where adding up makes
 * sense, and which series leads). Every number it writes is a cell of the rows or counted, added or subtracted from
 * them, and it describes all the rows held, saying so when the result holds fewer than it has.
 */
final class ResultSummary {

    private static final Pattern ADDITIVE = Pattern.compile("(?i)^\\s*(sum|count)\\(\\s*(\\*|[a-z_0-9]+)\\s*\\)"
            + "(\\s*[-+]\\s*(sum|count)\\(\\s*(\\*|[a-z_0-9]+)\\s*\\))*\\s*$");
    private static final int LOOKUP_FIELDS = 8;
    private static final int SERIES_DESCRIBED = 4;
    /** The row limit a top-N query ends with ("… LIMIT 3"). */
    private static final Pattern LIMIT = Pattern.compile("(?i)\\blimit\\s+(\\d+)\\s*;?\\s*$");
    private static final Pattern GROUP_BY = Pattern.compile(
            "(?is)\\bgroup\\s+by\\s+(.+?)(?:\\border\\s+by\\b|\\bhaving\\b|\\bqualify\\b|\\blimit\\b|$)");
    /** A ranking kept to its first N rows within each group: {@code QUALIFY row_number() OVER (PARTITION BY …)}. */
    private static final Pattern WITHIN_EACH = Pattern.compile("(?is)\\bqualify\\s+row_number\\(\\)\\s+over\\s*\\("
            + "\\s*partition\\s+by\\s+(.+?)\\s+order\\s+by\\s+.+?\\s(asc|desc)\\s*\\)\\s*<=\\s*(\\d+)");
    private static final int GROUPS_DESCRIBED = 6;
    /** A label naming one day, "November 28, 2025", which reads "on" rather than "in". */
    private static final Pattern DAY_LABEL = Pattern.compile("\\p{L}+ \\d{1,2}, \\d{4}");
    /** A named day with its date: "Black Friday 2025 (November 28, 2025)". */
    private static final Pattern NAMED_DAY_LABEL = Pattern.compile(".+ \\(\\p{L}+ \\d{1,2}, \\d{4}\\)");

    private final SemanticModel model;
    private final Map<String, String> qualifiers;
    private final Figures figures;
    private final int rowLimit;

    /** @param rowLimit the most rows a query may return, which the guard ends every query with; 0 when unknown */
    ResultSummary(SemanticModelFile file, int rowLimit) {
        this.model = file.model();
        this.qualifiers = file.vocabulary().qualifiers();
        this.figures = new Figures(model);
        this.rowLimit = rowLimit;
    }

    /** @param sql the query that gave the result, which says whether a ranking was cut to its top N */
    String summarize(SqlResult rows, String sql) {
        SqlResult result = qualified(rows);
        if (!stoppedAtRowLimit(result, sql)) {
            return describe(result, sql, false);
        }
        // "revenue per customer": the limit, not the question, ended the rows, so they are neither a top N nor all
        SqlResult held = new SqlResult(result.columns(), result.rows(), result.totalRows(), true, result.cutAtBytes());
        return describe(held, sql, true) + " The query stopped at the row limit of "
                + String.format(Locale.ROOT, "%,d", rowLimit) + " rows, so there may be more than these.";
    }

    /**
     * The result with each column that tells another's equal values apart written into that column's label and left
     * out ("Portland, OR"), so that a city and its state are one group, not two labels.
     */
    private SqlResult qualified(SqlResult result) {
        List<String> names = result.columns().stream().map(Column::name).toList();
        List<Integer> folded = new ArrayList<>();
        Map<Integer, Integer> into = new LinkedHashMap<>();
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i).equals(qualifiers.get(names.get(i - 1)))) {
                folded.add(i);
                into.put(i - 1, i);
            }
        }
        if (folded.isEmpty()) {
            return result;
        }
        List<Column> columns = IntStream.range(0, names.size()).filter(i -> !folded.contains(i))
                .mapToObj(result.columns()::get).toList();
        List<List<Object>> rows = result.rows().stream().map(row -> IntStream.range(0, row.size())
                .filter(i -> !folded.contains(i))
                .mapToObj(i -> into.containsKey(i) && row.get(i) != null && row.get(into.get(i)) != null
                        ? (Object) (row.get(i) + ", " + row.get(into.get(i))) : row.get(i))
                .toList()).toList();
        return new SqlResult(columns, rows, result.totalRows(), result.truncated(), result.cutAtBytes());
    }

    /** Whether the guard's row limit, not a top N asked for, decided how many rows came back. */
    private boolean stoppedAtRowLimit(SqlResult result, String sql) {
        return rowLimit > 0 && result.totalRows() == rowLimit && limitOf(sql).filter(n -> n == rowLimit).isPresent();
    }

    private String describe(SqlResult result, String sql, boolean stoppedAtLimit) {
        if (result.isEmpty()) {
            return "No rows matched this question, so there is nothing to report (the query ran and returned no data).";
        }
        List<Integer> labels = new ArrayList<>();
        List<Integer> measures = new ArrayList<>();
        Set<String> grouped = groupedColumns(sql);
        for (int i = 0; i < result.columns().size(); i++) {
            (isLabel(result.columns().get(i), grouped) ? labels : measures).add(i);
        }
        if (measures.isEmpty() || measures.size() > 4 && labels.size() > 3) {
            return describeRows(result);
        }
        if (labels.isEmpty()) {
            return single(result, measures);
        }
        int measure = measures.get(0);
        String labelColumn = result.columns().get(labels.get(0)).name();
        if (result.rows().size() == 1) {
            return label(result, 0, labels) + ": " + figures(result, 0, measures) + ".";
        }
        if (labelColumn.equals("period") && labels.size() == 2 && periodsInOrder(result, labels.get(0))) {
            return comparisonByGroup(result, labels, measure);
        }
        if (labelColumn.equals("period")) {
            return comparison(result, labels, measure);
        }
        // "my 3 best months": periods ranked by the figure are a ranking, not a change over time
        if (TimeGrain.parse(labelColumn).isPresent() && labels.size() == 1 && inTimeOrder(result, labels.get(0))) {
            return trend(result, labels, measure);
        }
        Matcher withinEach = WITHIN_EACH.matcher(sql == null ? "" : sql);
        if (labels.size() == 2 && withinEach.find()) {
            return rankedWithinEach(result, labels, measure, withinEach);
        }
        Optional<int[]> timeAndCategory = timeAndCategory(result, labels);
        if (timeAndCategory.isPresent()) {
            return series(result, timeAndCategory.get()[0], timeAndCategory.get()[1], measure);
        }
        return ranking(result, labels, measure, stoppedAtLimit ? null : topKept(result, sql), stoppedAtLimit);
    }

    private String single(SqlResult result, List<Integer> measures) {
        List<String> parts = new ArrayList<>();
        for (int i : measures) {
            Object value = result.rows().get(0).get(i);
            parts.add(capitalise(measureLabel(result.columns().get(i).name())) + ": **"
                    + (value == null ? "no value" : format(result, i, value)) + "**");
        }
        return String.join("; ", parts) + ".";
    }

    /** "on November 28, 2025", "on Black Friday 2025 (November 28, 2025)", "from May 1 … to May 7 …", "in 2025". */
    private static String preposition(String period) {
        if (DAY_LABEL.matcher(period).matches() || NAMED_DAY_LABEL.matcher(period).matches()) {
            return " on ";
        }
        if (period.startsWith(Period.REST_OF)) {
            return " over ";
        }
        return period.contains(" to ") && !period.contains("(") ? " from " : " in ";
    }

    private String comparison(SqlResult result, List<Integer> labels, int measure) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < result.rows().size(); r++) {
            String period = label(result, r, labels);
            parts.add(formatOrNone(result, r, measure) + preposition(period) + period);
        }
        String name = measureLabel(result.columns().get(measure).name());
        // "Orders were…", "Revenue was…"
        String verb = name.endsWith("s") && !name.endsWith("ss") ? " were " : " was ";
        String text = capitalise(name) + verb + String.join(", ", parts);
        Object first = result.rows().get(0).get(measure);
        Object last = result.rows().get(result.rows().size() - 1).get(measure);
        boolean againstRest = IntStream.range(0, result.rows().size())
                .anyMatch(r -> label(result, r, labels).startsWith(Period.REST_OF));
        if (first != null && last != null && againstRest && result.rows().size() == 2) {
            // "May-July 2025 versus all other months": one period set against the rest, no change over time
            String gap = figures.difference(Math.abs(Figures.toDouble(first) - Figures.toDouble(last)),
                    formatOf(result, measure));
            return text + ": a gap of " + gap + ".";
        }
        if (first != null && last != null) {
            String from = label(result, 0, labels);
            String to = label(result, result.rows().size() - 1, labels);
            // "from December 15, 2025 to December 21, 2025 to December 22, …" would not read: runs of days are named
            // by their order
            boolean runs = from.contains(" to ") || to.contains(" to ");
            String second = result.rows().size() == 2 ? "second" : "last";
            text += ": a change of " + figures.change(Figures.toDouble(first), Figures.toDouble(last),
                    formatOf(result, measure)) + (runs ? " from the first period to the " + second
                            : " from " + from + " to " + to);
        }
        return text + ".";
    }

    /**
     * Periods compared within each group ("revenue by channel, 2025 vs 2024"): each group's figure in the first period
     * and the last, and the change between them, the first {@value #GROUPS_DESCRIBED} groups named.
     */
    private String comparisonByGroup(SqlResult result, List<Integer> labels, int measure) {
        int period = labels.get(0);
        int group = labels.get(1);
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int r = 0; r < result.rows().size(); r++) {
            byGroup.computeIfAbsent(labelValue(result.columns().get(group).name(), result.rows().get(r).get(group)),
                    g -> new ArrayList<>()).add(r);
        }
        String from = label(result, 0, List.of(period));
        String to = label(result, result.rows().size() - 1, List.of(period));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : byGroup.entrySet()) {
            List<Integer> rows = entry.getValue();
            int earliest = rows.get(0);
            int latest = rows.get(rows.size() - 1);
            StringBuilder part = new StringBuilder("**").append(entry.getKey()).append("** ")
                    .append(formatOrNone(result, earliest, measure)).append(" (")
                    .append(label(result, earliest, List.of(period))).append(')');
            Object a = result.rows().get(earliest).get(measure);
            Object b = result.rows().get(latest).get(measure);
            if (latest != earliest) {
                part.append(" to ").append(formatOrNone(result, latest, measure)).append(" (")
                        .append(label(result, latest, List.of(period))).append(')');
                if (a != null && b != null) {
                    part.append(", ").append(figures.change(Figures.toDouble(a), Figures.toDouble(b),
                            formatOf(result, measure)));
                }
            }
            parts.add(part.toString());
        }
        String name = measureLabel(result.columns().get(measure).name());
        String groupNoun = plural(result.columns().get(group).name().replace('_', ' '), byGroup.size());
        StringBuilder text = new StringBuilder(capitalise(name)).append(", ").append(from).append(" against ")
                .append(to).append(", for ").append(byGroup.size()).append(' ').append(groupNoun).append(": ")
                .append(String.join("; ", parts.subList(0, Math.min(GROUPS_DESCRIBED, parts.size()))));
        if (parts.size() > GROUPS_DESCRIBED) {
            text.append("; the rest are in the table");
        }
        return text.append('.').toString();
    }

    /** Whether the rows come in time order (a day of the week's order is its own), not ranked by a figure. */
    private static boolean inTimeOrder(SqlResult result, int time) {
        boolean cyclic = TimeGrain.parse(result.columns().get(time).name()).filter(TimeGrain::cyclic).isPresent();
        return cyclic || IntStream.range(1, result.rows().size()).allMatch(r -> String.valueOf(
                result.rows().get(r - 1).get(time)).compareTo(String.valueOf(result.rows().get(r).get(time))) <= 0);
    }

    /** Whether the rows come period by period, as a comparison in time order gives them, not ranked across periods. */
    private static boolean periodsInOrder(SqlResult result, int period) {
        long periods = result.rows().stream().map(row -> row.get(period)).distinct().count();
        long changes = IntStream.range(1, result.rows().size())
                .filter(r -> !Objects.equals(result.rows().get(r).get(period), result.rows().get(r - 1).get(period)))
                .count();
        return changes == periods - 1;
    }

    private String trend(SqlResult result, List<Integer> labels, int measure) {
        List<Integer> all = IntStream.range(0, result.rows().size()).boxed().toList();
        Extremes extremes = Extremes.of(result, all, measure);
        String name = measureLabel(result.columns().get(measure).name());
        int shown = result.rows().size();
        StringBuilder text = new StringBuilder(capitalise(name)).append(" over ")
                .append(held(result, shown, result.columns().get(labels.get(0)).name()));
        if (extremes.found()) {
            text.append(": the peak was ").append(label(result, extremes.peak(), labels)).append(" at **")
                    .append(formatOrNone(result, extremes.peak(), measure)).append("**, the low ")
                    .append(label(result, extremes.low(), labels)).append(" at ")
                    .append(formatOrNone(result, extremes.low(), measure));
        }
        // the days of a week come round again, so Monday to Sunday is no change over time
        boolean cyclic = TimeGrain.parse(result.columns().get(labels.get(0)).name()).filter(TimeGrain::cyclic)
                .isPresent();
        if (extremes.found() && !cyclic) {
            text.append("; it went from ").append(formatOrNone(result, 0, measure)).append(" (")
                    .append(label(result, 0, labels)).append(") to ").append(formatOrNone(result, shown - 1, measure))
                    .append(" (").append(label(result, shown - 1, labels)).append(')');
            Object first = result.rows().get(0).get(measure);
            Object last = result.rows().get(shown - 1).get(measure);
            if (first != null && last != null) {
                text.append(", a change of ").append(figures.change(Figures.toDouble(first), Figures.toDouble(last),
                        formatOf(result, measure)));
            }
        }
        total(result, measure).ifPresent(total -> text.append(". Total: ").append(total));
        return text.append('.').toString();
    }

    /**
     * Several series over time, one per category (late deliveries by month for FedEx and UPS): how many series over
     * how many periods, then per series its total where the measure adds up, else its peak and low, and which
     * series leads: by total, or by how many periods it was the highest.
     */
    private String series(SqlResult result, int time, int category, int measure) {
        Map<String, List<Integer>> bySeries = new LinkedHashMap<>();
        Map<Object, List<Integer>> byTime = new LinkedHashMap<>();
        for (int r = 0; r < result.rows().size(); r++) {
            List<Object> row = result.rows().get(r);
            bySeries.computeIfAbsent(text(row.get(category)), k -> new ArrayList<>()).add(r);
            byTime.computeIfAbsent(row.get(time), k -> new ArrayList<>()).add(r);
        }
        if (bySeries.size() == 1) {
            return trend(result, List.of(time), measure);
        }
        String timeColumn = result.columns().get(time).name();
        String name = measureLabel(result.columns().get(measure).name());
        List<Integer> timeLabel = List.of(time);
        int last = result.rows().size() - 1;
        StringBuilder text = new StringBuilder(capitalise(name)).append(" by ").append(timeColumn.replace('_', ' '))
                .append(" for ").append(bySeries.size()).append(' ')
                .append(plural(result.columns().get(category).name().replace('_', ' '), bySeries.size()))
                .append(", over ").append(held(result, byTime.size(), timeColumn)).append(" (")
                .append(label(result, 0, timeLabel)).append(" to ").append(label(result, last, timeLabel))
                .append("): ");
        boolean additive = additive(result, measure);
        List<String> names = new ArrayList<>(bySeries.keySet());
        if (additive) {
            names.sort(Comparator.comparingDouble((String n) -> -sum(result, bySeries.get(n), measure)));
        }
        List<String> parts = new ArrayList<>();
        for (String series : names.subList(0, Math.min(SERIES_DESCRIBED, names.size()))) {
            Extremes extremes = Extremes.of(result, bySeries.get(series), measure);
            if (!extremes.found()) {
                parts.add(series + " has no value");
            } else if (additive) {
                parts.add(series + " **" + figures.format(sum(result, bySeries.get(series), measure), formatOf(result, measure))
                        + "** in all (peak " + formatOrNone(result, extremes.peak(), measure) + " in "
                        + label(result, extremes.peak(), timeLabel) + ")");
            } else {
                parts.add(series + " peaked at **" + formatOrNone(result, extremes.peak(), measure) + "** in "
                        + label(result, extremes.peak(), timeLabel) + " (low " + formatOrNone(result, extremes.low(), measure)
                        + " in " + label(result, extremes.low(), timeLabel) + ")");
            }
        }
        text.append(String.join("; ", parts));
        if (names.size() > SERIES_DESCRIBED) {
            text.append("; and ").append(names.size() - SERIES_DESCRIBED).append(" more");
        }
        text.append(". ");
        if (additive) {
            double gap = sum(result, bySeries.get(names.get(0)), measure) - sum(result, bySeries.get(names.get(1)), measure);
            text.append(names.get(0)).append(" leads ").append(names.get(1)).append(" by ")
                    .append(figures.difference(gap, formatOf(result, measure)));
        } else {
            text.append(mostOftenHighest(result, byTime, category, measure, timeColumn));
        }
        return text.append('.').toString();
    }

    /** Which series was the highest in the most periods, and in how many of them (ties count for none). */
    private String mostOftenHighest(SqlResult result, Map<Object, List<Integer>> byTime, int category, int measure,
            String timeColumn) {
        Map<String, Integer> wins = new LinkedHashMap<>();
        for (List<Integer> rows : byTime.values()) {
            Extremes extremes = Extremes.of(result, rows, measure);
            if (extremes.found() && extremes.uniquePeak()) {
                wins.merge(text(result.rows().get(extremes.peak()).get(category)), 1, Integer::sum);
            }
        }
        String leader = wins.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (leader == null) {
            return "No series was the highest in any " + timeColumn.replace('_', ' ');
        }
        String degree = result.rows().size() == 2 * byTime.size() ? "higher" : "highest";
        return leader + " was the " + degree + " in " + wins.get(leader) + " of " + byTime.size() + " "
                + plural(timeColumn.replace('_', ' '), byTime.size());
    }

    private String ranking(SqlResult result, List<Integer> labels, int measure, Integer topKept,
            boolean stoppedAtLimit) {
        String name = measureLabel(result.columns().get(measure).name());
        Object first = result.rows().get(0).get(measure);
        Object second = result.rows().get(1).get(measure);
        boolean ascending = first != null && second != null && Figures.toDouble(first) < Figures.toDouble(second);
        StringBuilder text = new StringBuilder("**").append(label(result, 0, labels)).append("** ")
                .append(ascending ? "has the lowest " : "leads with ").append(name).append(" of **")
                .append(formatOrNone(result, 0, measure)).append("**, followed by ").append(label(result, 1, labels))
                .append(" (").append(formatOrNone(result, 1, measure)).append(')');
        if (first != null && second != null) {
            String gap = figures.difference(Figures.toDouble(first) - Figures.toDouble(second), formatOf(result, measure));
            // A gap smaller than the figures' last digit would read as none between two different figures.
            if (gap.chars().anyMatch(c -> c >= '1' && c <= '9')) {
                text.append(", a gap of ").append(gap);
            }
        }
        long groups = result.totalRows();
        String noun = plural(result.columns().get(labels.get(0)).name().replace('_', ' '), groups);
        if (topKept != null) {
            text.append("; the ").append(ascending ? "bottom " : "top ").append(groups).append(' ').append(noun);
        } else if (stoppedAtLimit) {
            text.append("; the first ").append(groups).append(' ').append(noun);
        } else if (!(result.rows().get(0).get(labels.get(0)) instanceof Boolean) && !againstRest(result, labels.get(0))) {
            // late or not, the West or all others: two kinds, which need no counting
            text.append("; ").append(groups).append(' ').append(noun).append(" in all");
        }
        total(result, measure).ifPresent(total -> text.append(", ").append(total).append(" together"));
        return text.append('.').toString();
    }

    /**
     * "Top 3 by revenue in each category: **Apparel**: …; **Electronics**: …": the rows kept in each group, group by
     * group, the first {@value #GROUPS_DESCRIBED} groups named.
     */
    private String rankedWithinEach(SqlResult result, List<Integer> labels, int measure, Matcher withinEach) {
        String partition = withinEach.group(1).strip();
        boolean ascending = withinEach.group(2).equalsIgnoreCase("asc");
        int kept = Integer.parseInt(withinEach.group(3));
        // the group is the label column it names, or the time bucket the compiler partitions by
        int group = labels.stream().filter(i -> result.columns().get(i).name().equalsIgnoreCase(partition)).findFirst()
                .orElseGet(() -> labels.stream().filter(i -> TimeGrain.parse(result.columns().get(i).name()).isPresent())
                        .findFirst().orElse(labels.get(0)));
        int ranked = labels.get(0) == group ? labels.get(1) : labels.get(0);
        String name = measureLabel(result.columns().get(measure).name());
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (int r = 0; r < result.rows().size(); r++) {
            byGroup.computeIfAbsent(labelValue(result.columns().get(group).name(), result.rows().get(r).get(group)),
                    g -> new ArrayList<>()).add(labelValue(result.columns().get(ranked).name(),
                            result.rows().get(r).get(ranked)) + " (" + formatOrNone(result, r, measure) + ")");
        }
        String groupNoun = result.columns().get(group).name().replace('_', ' ');
        boolean counted = formatOf(result, measure) == MetricFormat.COUNT;
        String lead = kept == 1 ? (ascending ? (counted ? "Fewest " : "Lowest ") : (counted ? "Most " : "Highest ")) + name
                : (ascending ? "Bottom " : "Top ") + kept + " by " + name;
        List<String> described = byGroup.entrySet().stream().limit(GROUPS_DESCRIBED)
                .map(e -> "**" + e.getKey() + "**: " + String.join(", ", e.getValue())).toList();
        StringBuilder text = new StringBuilder(lead).append(" in each ").append(groupNoun).append(": ")
                .append(String.join("; ", described));
        if (byGroup.size() > GROUPS_DESCRIBED) {
            int more = byGroup.size() - GROUPS_DESCRIBED;
            text.append("; and ").append(more).append(" more ").append(plural(groupNoun, more)).append(" in the table");
        }
        if (result.totalRows() > result.rows().size()) {
            text.append(" (the first ").append(result.rows().size()).append(" of ").append(result.totalRows())
                    .append(" rows)");
        }
        return text.append('.').toString();
    }

    /** Whether the groups are one value and all other rows together ({@link QuerySpec#versusRest}). */
    private static boolean againstRest(SqlResult result, int label) {
        return result.rows().stream().anyMatch(row -> QuerySpec.REST.equals(row.get(label)));
    }

    /** The N of a top-N query when the result holds exactly its N rows, else {@code null}. */
    private static Integer topKept(SqlResult result, String sql) {
        return limitOf(sql).filter(kept -> kept == result.totalRows() && result.rows().size() == kept)
                .map(Long::intValue).orElse(null);
    }

    private static Optional<Long> limitOf(String sql) {
        Matcher limit = LIMIT.matcher(sql == null ? "" : sql.strip());
        return limit.find() ? Optional.of(Long.parseLong(limit.group(1))) : Optional.empty();
    }

    /** A time column and a category column, in either order: the shape of several series over time. */
    private static Optional<int[]> timeAndCategory(SqlResult result, List<Integer> labels) {
        if (labels.size() != 2) {
            return Optional.empty();
        }
        for (int t = 0; t < 2; t++) {
            int time = labels.get(t);
            int category = labels.get(1 - t);
            String timeName = result.columns().get(time).name();
            String categoryName = result.columns().get(category).name();
            if (TimeGrain.parse(timeName).isPresent() && TimeGrain.parse(categoryName).isEmpty()
                    && !categoryName.equals("period")) {
                return Optional.of(new int[] {time, category});
            }
        }
        return Optional.empty();
    }

    /** "12 months", or "the first 20 of 365 days" when the result holds fewer rows than it has. */
    private static String held(SqlResult result, int count, String column) {
        String noun = column.replace('_', ' ');
        if (result.totalRows() > result.rows().size()) {
            return "the first " + result.rows().size() + " of " + result.totalRows() + " rows (" + count + " "
                    + plural(noun, count) + ")";
        }
        return count + " " + plural(noun, count);
    }

    /** The rows of the highest and the lowest value of a measure among some rows ({@code -1} when none has one). */
    private record Extremes(int peak, int low, boolean uniquePeak) {
        static Extremes of(SqlResult result, List<Integer> rows, int measure) {
            int peak = -1;
            int low = -1;
            boolean unique = true;
            for (int r : rows) {
                Object value = result.rows().get(r).get(measure);
                if (value == null) {
                    continue;
                }
                double v = Figures.toDouble(value);
                if (peak >= 0 && v == Figures.toDouble(result.rows().get(peak).get(measure))) {
                    unique = false;
                }
                if (peak < 0 || v > Figures.toDouble(result.rows().get(peak).get(measure))) {
                    peak = r;
                    unique = true;
                }
                if (low < 0 || v < Figures.toDouble(result.rows().get(low).get(measure))) {
                    low = r;
                }
            }
            return new Extremes(peak, low, unique);
        }

        boolean found() {
            return peak >= 0;
        }
    }

    private String describeRows(SqlResult result) {
        List<Object> row = result.rows().get(0);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < result.columns().size() && fields.size() < LOOKUP_FIELDS; i++) {
            if (row.get(i) != null) {
                fields.add(result.columns().get(i).name().replace('_', ' ') + " " + text(row.get(i)));
            }
        }
        String count = result.totalRows() == 1 ? "One row matched" : result.totalRows() + " rows matched";
        return count + ". " + (result.totalRows() == 1 ? "It has " : "The first has ") + String.join(", ", fields) + ".";
    }

    /** The sum of an additive measure over all the rows, when every row is held. */
    private Optional<String> total(SqlResult result, int measure) {
        if (!additive(result, measure)) {
            return Optional.empty();
        }
        List<Integer> all = IntStream.range(0, result.rows().size()).boxed().toList();
        return Optional.of(figures.format(sum(result, all, measure), formatOf(result, measure)));
    }

    /** Whether the measure is a count or a sum of the model, and every row of the result is held to add it up. */
    private boolean additive(SqlResult result, int measure) {
        boolean additive = model.metric(result.columns().get(measure).name())
                .map(m -> ADDITIVE.matcher(m.expression()).matches()).orElse(false);
        return additive && !result.truncated() && result.totalRows() == result.rows().size();
    }

    private static double sum(SqlResult result, List<Integer> rows, int measure) {
        double sum = 0;
        for (int r : rows) {
            Object value = result.rows().get(r).get(measure);
            if (value != null) {
                sum += Figures.toDouble(value);
            }
        }
        return sum;
    }

    /** A column of words or times, or a column of numbers the rows are grouped by ("orders by quantity"). */
    private static boolean isLabel(Column column, Set<String> grouped) {
        return !column.type().isNumeric() || TimeGrain.parse(column.name()).isPresent()
                || grouped.contains(column.name().toLowerCase(Locale.ROOT));
    }

    /** The plain columns a query groups its rows by, lower-cased; none without a GROUP BY. */
    private static Set<String> groupedColumns(String sql) {
        Matcher groupBy = sql == null ? null : GROUP_BY.matcher(sql);
        if (groupBy == null || !groupBy.find()) {
            return Set.of();
        }
        Set<String> columns = new HashSet<>();
        for (String item : groupBy.group(1).split(",")) {
            String name = item.strip().toLowerCase(Locale.ROOT);
            if (name.matches("[a-z_][a-z0-9_]*")) {
                columns.add(name);
            }
        }
        return columns;
    }

    private String figures(SqlResult result, int row, List<Integer> measures) {
        List<String> parts = new ArrayList<>();
        for (int i : measures) {
            parts.add(measureLabel(result.columns().get(i).name()) + " " + formatOrNone(result, row, i));
        }
        return String.join(", ", parts);
    }

    private String label(SqlResult result, int row, List<Integer> labels) {
        List<String> parts = new ArrayList<>();
        for (int i : labels) {
            parts.add(labelValue(result.columns().get(i).name(), result.rows().get(row).get(i)));
        }
        return String.join(" / ", parts);
    }

    private static String labelValue(String column, Object value) {
        if (value instanceof Boolean yes) {
            // is_late true/false: "late" and "not late", as people say it
            String said = column.replaceFirst("^(is|has|was)_", "").replace('_', ' ');
            return yes ? said : "not " + said;
        }
        if (column.equals(TimeGrain.HOUR_OF_DAY.columnName()) && value instanceof Number hour) {
            return String.format(Locale.ROOT, "%02d:00", hour.intValue());
        }
        LocalDate day = value instanceof LocalDateTime time ? time.toLocalDate() : value instanceof LocalDate d ? d : null;
        if (day != null) {
            switch (column) {
                case "month":
                    return day.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
                case "quarter":
                    return "Q" + ((day.getMonthValue() - 1) / 3 + 1) + " " + day.getYear();
                case "half":
                    return "H" + ((day.getMonthValue() - 1) / 6 + 1) + " " + day.getYear();
                case "week":
                    return "the week of " + day;
                case "year":
                    return String.valueOf(day.getYear());
                default:
                    return day.toString();
            }
        }
        return text(value);
    }

    private static String text(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : time.toString().replace('T', ' ');
        }
        return value.toString();
    }

    private String formatOrNone(SqlResult result, int row, int column) {
        Object value = result.rows().get(row).get(column);
        return value == null ? "no value" : format(result, column, value);
    }

    private String format(SqlResult result, int column, Object value) {
        return figures.format(Figures.toDouble(value), formatOf(result, column));
    }

    private MetricFormat formatOf(SqlResult result, int column) {
        Column c = result.columns().get(column);
        String name = c.name();
        if (name.startsWith("share_of_")) {
            return MetricFormat.PERCENT;
        }
        Optional<Metric> metric = model.metric(name);
        if (metric.isPresent()) {
            return metric.get().format();
        }
        if (model.aggregatesMoney(name)) {
            return MetricFormat.CURRENCY;
        }
        return c.type() == ColumnType.INTEGER ? MetricFormat.COUNT : MetricFormat.NUMBER;
    }


    private String measureLabel(String column) {
        if (column.startsWith("share_of_")) {
            return "share of " + measureLabel(column.substring("share_of_".length()));
        }
        Optional<Metric> metric = model.metric(column);
        if (metric.isPresent()) {
            return metric.get().label();
        }
        return column.replaceFirst("^avg_", "average ").replaceFirst("^sum_", "total ")
                .replaceFirst("^max_", "highest ").replaceFirst("^min_", "lowest ").replace('_', ' ');
    }

    /** The noun for {@code count} of a thing: "carrier", "categories", "statuses". */
    static String plural(String noun, long count) {
        if (count != 1 && (noun.endsWith("us") || noun.endsWith("ss"))) {
            return noun + "es"; // statuses, classes
        }
        if (count == 1 || noun.endsWith("s")) {
            return noun;
        }
        if (noun.endsWith("lf")) {
            return noun.substring(0, noun.length() - 1) + "ves"; // halves
        }
        int of = noun.indexOf(" of ");
        if (of > 0) {
            return plural(noun.substring(0, of), count) + " of the" + noun.substring(of + 3);
        }
        return noun.endsWith("y") && !noun.endsWith("ay") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
