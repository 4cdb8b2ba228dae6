package dev.orderlens.bootstrap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.eval.ResultComparison.Rules;
import dev.orderlens.bootstrap.eval.ResultComparison.Verdict;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResultComparisonTest {

    private static final Rules PLAIN = Rules.defaults();
    private static final Rules TOP = new Rules(true, false, EvalQuestion.DEFAULT_TOLERANCE);
    private static final Rules PCT = new Rules(false, true, EvalQuestion.DEFAULT_TOLERANCE);
    private static final Rules LOOSE = new Rules(false, false, 0.05);

    static Stream<Arguments> values() {
        return Stream.of(
                // numbers: within 0.5% of the gold, whatever their Java type
                Arguments.of("equal longs", 412L, 412L, PLAIN, true),
                Arguments.of("long against decimal", 412L, new BigDecimal("412.00"), PLAIN, true),
                Arguments.of("0.4% off", 1000.0, 1004.0, PLAIN, true),
                Arguments.of("0.5% off exactly", 1000.0, 995.0, PLAIN, true),
                Arguments.of("0.6% off", 1000.0, 1006.0, PLAIN, false),
                Arguments.of("a rounded average", new BigDecimal("87.4213"), 87.42, PLAIN, true),
                Arguments.of("tol widens the band", 1000.0, 1040.0, LOOSE, true),
                Arguments.of("tol still bounds it", 1000.0, 1060.0, LOOSE, false),
                Arguments.of("negative numbers", -250.0, -251.0, PLAIN, true),
                Arguments.of("zero needs zero", 0L, 0.0, PLAIN, true),
                Arguments.of("zero is not small", 0L, 0.001, PLAIN, false),
                Arguments.of("a number written as money", new BigDecimal("1234.50"), "$1,234.50", PLAIN, true),
                Arguments.of("a number against a word", 3L, "three", PLAIN, false),
                Arguments.of("a number against null", 3L, null, PLAIN, false),
                // percentages: 12.5 and 0.125 are both right, only with pct
                Arguments.of("percentage as a percentage", 12.5, 12.5, PCT, true),
                Arguments.of("percentage as a fraction", 12.5, 0.125, PCT, true),
                Arguments.of("percentage as text", 12.5, "12.5%", PCT, true),
                Arguments.of("a gold fraction given as a percentage", 0.125, 12.5, PCT, true),
                Arguments.of("a gold fraction given as the wrong percentage", 0.125, 1.25, PCT, false),
                Arguments.of("fraction without pct", 12.5, 0.125, PLAIN, false),
                Arguments.of("a wrong fraction", 12.5, 0.13, PCT, false),
                Arguments.of("a hundred times too big", 12.5, 1250.0, PCT, false),
                // dimension values: case-insensitive, trimmed
                Arguments.of("same text", "FedEx", "FedEx", PLAIN, true),
                Arguments.of("other case", "Home & Kitchen", "home & kitchen", PLAIN, true),
                Arguments.of("surrounding blanks", "UPS", " UPS ", PLAIN, true),
                Arguments.of("other text", "UPS", "USPS", PLAIN, false),
                Arguments.of("a prefix is not enough", "West", "Western", PLAIN, false),
                Arguments.of("null gold needs null", null, null, PLAIN, true),
                Arguments.of("null gold against text", null, "NULL", PLAIN, false),
                Arguments.of("booleans", Boolean.TRUE, "true", PLAIN, true),
                // a year from year(order_ts) against a period label of that year
                Arguments.of("a half of the year", 2024L, "H1 2024", PLAIN, true),
                Arguments.of("a quarter of the year", 2025, "Q3 2025", PLAIN, true),
                Arguments.of("a half of another year", 2024L, "H1 2025", PLAIN, false),
                Arguments.of("a month of the year", 2024L, "November 2024", PLAIN, true),
                Arguments.of("a day is not a year's label", 2024L, "November 29, 2024", PLAIN, false),
                Arguments.of("a quarter number", 1, "Q1 2025", PLAIN, true),
                Arguments.of("another quarter number", 2, "Q1 2025", PLAIN, false),
                Arguments.of("a quarter number against the quarter's first day", 2, LocalDate.of(2025, 4, 1), PLAIN, true),
                Arguments.of("a quarter number against another quarter's first day", 2, LocalDate.of(2025, 1, 1), PLAIN,
                        false),
                Arguments.of("a quarter number against a day inside it", 2, LocalDate.of(2025, 5, 1), PLAIN, false),
                Arguments.of("a half named without its year", "H1", "H1 2025", PLAIN, true),
                Arguments.of("the other half", "H1", "H2 2025", PLAIN, false),
                Arguments.of("a quarter named without its year against its first day", "Q1", LocalDate.of(2025, 1, 1),
                        PLAIN, true),
                Arguments.of("a quarter named without its year against another quarter's first day", "Q1",
                        LocalDate.of(2025, 4, 1), PLAIN, false),
                Arguments.of("a half named without its year against its first day", "H2",
                        LocalDateTime.of(2025, 7, 1, 0, 0), PLAIN, true),
                // dates and months as the answers write them
                Arguments.of("a day written out", LocalDate.of(2024, 11, 29), "November 29, 2024", PLAIN, true),
                Arguments.of("another day written out", LocalDate.of(2024, 11, 29), "November 28, 2024", PLAIN, false),
                Arguments.of("a month start against its month", LocalDateTime.of(2025, 11, 1, 0, 0), "November 2025",
                        PLAIN, true),
                Arguments.of("a year-month against its month", "2025-11", "November 2025", PLAIN, true),
                Arguments.of("a year-month against another month", "2025-11", "October 2025", PLAIN, false),
                Arguments.of("a year-month against its first day", "2025-01", LocalDate.of(2025, 1, 1), PLAIN, true),
                Arguments.of("a year-month against a later day of it", "2025-01", LocalDate.of(2025, 1, 2), PLAIN,
                        false),
                Arguments.of("a month is not a year's label", 2024L, "2024-03", PLAIN, false),
                Arguments.of("a year's first instant against the year", LocalDateTime.of(2024, 1, 1, 0, 0), 2024, PLAIN,
                        true),
                Arguments.of("a year's first instant against another year", LocalDateTime.of(2024, 1, 1, 0, 0), 2025,
                        PLAIN, false),
                Arguments.of("a year's first instant against the year as a period label",
                        LocalDateTime.of(2024, 1, 1, 0, 0), "2024", PLAIN, true),
                Arguments.of("a month's first instant is no year", LocalDateTime.of(2024, 3, 1, 0, 0), 2024, PLAIN,
                        false),
                Arguments.of("a year's first instant against a month of that year, as two Novembers are labelled",
                        LocalDateTime.of(2024, 1, 1, 0, 0), "November 2024", PLAIN, true),
                Arguments.of("a year's first instant against a month of another year",
                        LocalDateTime.of(2024, 1, 1, 0, 0), "November 2025", PLAIN, false),
                Arguments.of("a quarter's first instant against its label", LocalDateTime.of(2025, 7, 1, 0, 0),
                        "Q3 2025", PLAIN, true),
                Arguments.of("a quarter's first instant against another quarter", LocalDateTime.of(2025, 7, 1, 0, 0),
                        "Q4 2025", PLAIN, false),
                Arguments.of("a quarter's first instant against the quarter a year on",
                        LocalDateTime.of(2025, 7, 1, 0, 0), "Q3 2026", PLAIN, false),
                Arguments.of("a half written year first against its label", "2025 H1", "H1 2025", PLAIN, true),
                Arguments.of("a half written year first against the other half", "2025 H1", "H2 2025", PLAIN, false),
                Arguments.of("a quarter written year first against its label", "2025-Q1", "Q1 2025", PLAIN, true),
                Arguments.of("a quarter written year first against its first day", "2025-Q3",
                        LocalDateTime.of(2025, 7, 1, 0, 0), PLAIN, true),
                Arguments.of("a quarter written year first against another quarter", "2025-Q1", "Q2 2025", PLAIN,
                        false),
                // the rows outside one group, however a query names them
                Arguments.of("other regions against all others", "other regions", "all others", PLAIN, true),
                Arguments.of("everyone else against all others", "everyone else", "all others", PLAIN, true),
                Arguments.of("the rest of the country against all others", "Rest of country", "all others", PLAIN,
                        true),
                Arguments.of("non-VIP against all others", "non-VIP", "all others", PLAIN, true),
                Arguments.of("the rows without a thing against all others", "no tickets", "all others", PLAIN,
                        true),
                Arguments.of("the other months of a year against the rest of it", "other months of 2025",
                        "the rest of 2025", PLAIN, true),
                Arguments.of("the rest is not a value", "other regions", "Southeast", PLAIN, false),
                Arguments.of("a value is not the rest", "West", "all others", PLAIN, false),
                // dates: a midnight timestamp is its date
                Arguments.of("month start timestamp against date", LocalDateTime.of(2024, 3, 1, 0, 0),
                        LocalDate.of(2024, 3, 1), PLAIN, true),
                Arguments.of("date against iso text", LocalDate.of(2025, 4, 7), "2025-04-07", PLAIN, true),
                Arguments.of("timestamp against text with a space", LocalDateTime.of(2025, 4, 7, 13, 5),
                        "2025-04-07 13:05:00", PLAIN, true),
                Arguments.of("another day", LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 8), PLAIN, false),
                Arguments.of("a date against a word", LocalDate.of(2025, 4, 7), "April", PLAIN, false),
                // stored values as the answers write them, and days named in a label
                Arguments.of("a stored value against its words", "gift card", "gift_card", PLAIN, true),
                Arguments.of("a stored value against other words", "gift card", "credit_card", PLAIN, false),
                Arguments.of("a band of amounts with a dash against one with 'to'", "$50-$200", "$50 to $200", PLAIN,
                        true),
                Arguments.of("a band of amounts against another band", "$50-$200", "$50 to $250", PLAIN, false),
                Arguments.of("an amount with 'or more' against 'at least'", "$49 or more", "at least $49", PLAIN, true),
                Arguments.of("an amount with a plus against 'at least'", "3+", "at least 3", PLAIN, true),
                Arguments.of("an amount with 'or less' against 'at most'", "2 or fewer", "at most 2", PLAIN, true),
                Arguments.of("'or more' against another bound", "$49 or more", "at most $49", PLAIN, false),
                Arguments.of("a label naming a day against the day written out", "Cyber Monday 2025-12-01",
                        "December 1, 2025", PLAIN, true),
                Arguments.of("a label naming a day against another day", "Monday 2025-11-24", "December 1, 2025",
                        PLAIN, false),
                Arguments.of("a label naming two days is no one day", "2025-11-24 to 2025-11-30", "November 24, 2025",
                        PLAIN, false),
                // a period labelled by its name and its dates
                Arguments.of("a day against a named period's dates", LocalDate.of(2025, 12, 1),
                        "Cyber Monday 2025 (December 1, 2025)", PLAIN, true),
                Arguments.of("a name against a named period's name", "Cyber Monday 2025",
                        "Cyber Monday 2025 (December 1, 2025)", PLAIN, true),
                Arguments.of("another day against a named period", LocalDate.of(2025, 11, 28),
                        "Cyber Monday 2025 (December 1, 2025)", PLAIN, false),
                Arguments.of("a name with words in brackets is no period", "The Mountain Road",
                        "The Mountain Road (paperback)", PLAIN, false),
                Arguments.of("a name with words in brackets against itself", "The Mountain Road (paperback)",
                        "The Mountain Road (paperback)", PLAIN, true),
                // a period's days given in brackets, as people write a week
                Arguments.of("a week's days in brackets against the days written out", "week before (Dec 15-21)",
                        "December 15, 2025 to December 21, 2025", PLAIN, true),
                Arguments.of("a week's iso days in brackets against a named week's dates",
                        "last week (2025-12-22..28)", "Christmas week 2025 (December 22, 2025 to December 28, 2025)",
                        PLAIN, true),
                Arguments.of("a week's iso days with their month in brackets", "week before (2025-03-25..03-31)",
                        "March 25, 2025 to March 31, 2025", PLAIN, true),
                Arguments.of("a week's days against other days", "week before (Dec 15-21)",
                        "December 16, 2025 to December 22, 2025", PLAIN, false),
                Arguments.of("a week's iso days against the same days of another year", "last week (2025-12-22..28)",
                        "December 22, 2024 to December 28, 2024", PLAIN, false),
                Arguments.of("other months against the rest of the data's days", "other months",
                        "the rest of January 1, 2024 to December 31, 2025", PLAIN, true),
                Arguments.of("fewer than an amount against under it", "fewer than 5", "under 5", PLAIN, true),
                Arguments.of("fewer than an amount against under another", "fewer than 5", "under 6", PLAIN, false),
                Arguments.of("a week by its Monday against its seven days", LocalDate.of(2025, 12, 15),
                        "December 15, 2025 to December 21, 2025", PLAIN, true),
                Arguments.of("a week by its Monday against eight days", LocalDate.of(2025, 12, 15),
                        "December 15, 2025 to December 22, 2025", PLAIN, false),
                Arguments.of("a day that is no Monday against seven days", LocalDate.of(2025, 12, 16),
                        "December 16, 2025 to December 22, 2025", PLAIN, false),
                Arguments.of("months run across against their days", "May-July 2025",
                        "May 1, 2025 to July 31, 2025", PLAIN, true),
                Arguments.of("months run across against fewer days", "May-July 2025",
                        "May 1, 2025 to July 30, 2025", PLAIN, false),
                // a flag's groups, in words on one side and true or false on the other
                Arguments.of("a flag's group in words against true", "late", true, PLAIN, true),
                Arguments.of("false against a flag's group in words", false, "on time", PLAIN, true),
                Arguments.of("a number is no flag's group", true, "3", PLAIN, false),
                Arguments.of("true is not false", true, false, PLAIN, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void compares_single_values_by_kind(String name, Object gold, Object actual, Rules rules, boolean matches) {
        assertThat(ResultComparison.valueMatches(gold, actual, rules)).isEqualTo(matches);
    }

    static Stream<Arguments> tables() {
        SqlResult carriers = table(row("UPS", 120L), row("FedEx", 412L));
        return Stream.of(
                Arguments.of("the same rows", carriers, table(row("UPS", 120L), row("FedEx", 412L)), PLAIN, true),
                Arguments.of("rows in another order", carriers, table(row("FedEx", 412L), row("UPS", 120L)), PLAIN,
                        true),
                Arguments.of("columns in another order", carriers, table(row(412L, "fedex"), row(120L, "ups")), PLAIN,
                        true),
                Arguments.of("extra columns and rows", carriers,
                        table(row("DHL", 5L, 0.1), row("FedEx", 412L, 0.4), row("UPS", 120L, 0.2)), PLAIN, true),
                Arguments.of("a missing gold row", carriers, table(row("FedEx", 412L)), PLAIN, false),
                Arguments.of("a value in another row", carriers, table(row("UPS", 412L), row("FedEx", 120L)), PLAIN,
                        false),
                Arguments.of("one answer row cannot stand for two gold rows", table(row("UPS", 1L), row("UPS", 1L)),
                        table(row("UPS", 1L)), PLAIN, false),
                Arguments.of("a scalar", table(row(60_000L)), table(row(new BigDecimal("60000"))), PLAIN, true),
                Arguments.of("a scalar beside a label", table(row(60_000L)), table(row("2025", 60_000L)), PLAIN,
                        true),
                Arguments.of("a wrong scalar", table(row(60_000L)), table(row(59_000L)), PLAIN, false),
                Arguments.of("figures side by side laid out as rows", table(row(61L, 87L)),
                        table(row("December 15, 2025 to December 21, 2025", 87L), row("Christmas week 2025", 61L)),
                        PLAIN, true),
                Arguments.of("figures as rows, one missing", table(row(61L, 87L)),
                        table(row("the week before", 87L), row("Christmas week 2025", 60L)), PLAIN, false),
                Arguments.of("figures as rows, one row too many", table(row(61L, 87L)),
                        table(row("a", 87L), row("b", 61L), row("c", 5L)), PLAIN, false),
                Arguments.of("no answer rows", carriers, table(), PLAIN, false),
                Arguments.of("no rows on both sides", table(), table(), PLAIN, true),
                Arguments.of("rows where the gold has none", table(), table(row("UPS", 1L)), PLAIN, false),
                Arguments.of("a null dimension value", table(row(null, 7L)), table(row(null, 7L)), PLAIN, true),
                Arguments.of("a rate as a fraction with pct", table(row("UPS", 8.4)), table(row("ups", 0.084)), PCT,
                        true),
                // key: top — only the first gold row's label must lead
                Arguments.of("top label leads", table(row("Electronics", 950L)),
                        table(row("electronics", 1.0), row("Toys", 2.0)), TOP, true),
                Arguments.of("top label is second", table(row("Electronics", 950L)),
                        table(row("Toys", 990L), row("Electronics", 950L)), TOP, false),
                Arguments.of("top ignores the gold number", table(row("DHL", 3.21)), table(row("DHL", 2.9)), TOP,
                        true),
                Arguments.of("top ignores later gold rows", table(row("West", 0.2), row("South", 0.1)),
                        table(row("West", 0.2)), TOP, true),
                Arguments.of("top without a label compares the numbers", table(row(42L)), table(row(42L)), TOP, true),
                Arguments.of("top without a label, wrong number", table(row(42L)), table(row(43L)), TOP, false),
                Arguments.of("top with a date label", table(row(LocalDateTime.of(2025, 11, 1, 0, 0), 5L)),
                        table(row(LocalDate.of(2025, 11, 1), 4L)), TOP, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void holds_the_gold_rows(String name, SqlResult gold, SqlResult answer, Rules rules, boolean correct) {
        Verdict verdict = ResultComparison.compare(gold, answer, rules);

        assertThat(verdict.correct()).isEqualTo(correct);
        assertThat(verdict.reason().isEmpty()).isEqualTo(correct);
    }

    @Test
    void names_the_missing_gold_row() {
        Verdict verdict = ResultComparison.compare(table(row("UPS", 120L), row("FedEx", 412L)),
                table(row("UPS", 120L), row("FedEx", 300L)), PLAIN);

        assertThat(verdict.reason()).contains("gold row 2 of 2 [FedEx, 412]").contains("[UPS, 120]");
    }

    @Test
    void names_the_expected_leader() {
        Verdict verdict = ResultComparison.compare(table(row("Electronics", 950L)), table(row("Toys", 990L)), TOP);

        assertThat(verdict.reason()).isEqualTo("expected [Electronics] to lead, the first row is [Toys, 990]");
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @SafeVarargs
    private static SqlResult table(List<Object>... rows) {
        int width = rows.length == 0 ? 1 : rows[0].size();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            columns.add(new Column("c" + i, ColumnType.OTHER));
        }
        return SqlResult.of(columns, List.of(rows));
    }
}
