package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Summaries by the shape of the result, each number in them a cell or counted, added or subtracted from cells. */
class ResultSummaryTest {

    private static final Column MONTH = new Column("month", ColumnType.DATE);
    private static final Column CARRIER = new Column("carrier", ColumnType.STRING);
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");

    private final ResultSummary summary = new ResultSummary(SemanticModelFile.loadDefault(), 10000);

    /** 12 months of 2025 for FedEx and UPS, rows ordered by month as the compiler orders them. */
    private static SqlResult twoCarriersByMonth(Column measure, double[] fedEx, double[] ups) {
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            LocalDate month = LocalDate.of(2025, m + 1, 1);
            rows.add(List.of(month, "FedEx", value(measure, fedEx[m])));
            rows.add(List.of(month, "UPS", value(measure, ups[m])));
        }
        return SqlResult.of(List.of(MONTH, CARRIER, measure), rows);
    }

    private static Object value(Column measure, double v) {
        return measure.type() == ColumnType.INTEGER ? (Object) (long) v : (Object) v;
    }

    private static final double[] FEDEX_ORDERS = {100, 110, 90, 95, 120, 130, 100, 105, 180, 140, 150, 160};
    private static final double[] UPS_ORDERS = {80, 85, 70, 75, 90, 95, 100, 99, 110, 100, 120, 130};
    private static final double[] FEDEX_RATE = {6.94, 7.60, 5.20, 6.74, 6.63, 7.53, 6.65, 5.01, 16.62, 8.25, 6.71, 9.58};
    private static final double[] UPS_RATE = {7.61, 7.23, 6.23, 7.41, 7.11, 6.39, 6.68, 5.06, 6.44, 5.55, 8.48, 9.40};

    @Test
    void halves_of_a_year_are_named_as_halves() {
        SqlResult result = SqlResult.of(List.of(new Column("half", ColumnType.DATE), new Column("orders",
                ColumnType.INTEGER)), List.of(List.of(LocalDate.of(2025, 1, 1), 900L),
                        List.of(LocalDate.of(2025, 7, 1), 1100L)));

        assertThat(summary.summarize(result, "SELECT … LIMIT 10000")).contains("H1 2025", "H2 2025")
                .doesNotContain("2025-07-01");
        assertThat(ResultSummary.plural("half", 4)).isEqualTo("halves");
    }

    @Test
    void two_series_of_counts_are_described_per_series_never_as_24_months() {
        SqlResult result = twoCarriersByMonth(new Column("orders", ColumnType.INTEGER), FEDEX_ORDERS, UPS_ORDERS);

        String text = summary.summarize(result, "SELECT … LIMIT 10000");

        assertThat(text).isEqualTo("Orders by month for 2 carriers, over 12 months (January 2025 to December 2025):"
                + " FedEx **1,480** in all (peak 180 in September 2025); UPS **1,154** in all (peak 130 in December 2025)."
                + " FedEx leads UPS by 326.");
        assertThat(text).doesNotContain("24");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void two_series_of_rates_name_each_peak_and_low_and_which_was_higher_more_often() {
        SqlResult result = twoCarriersByMonth(new Column("late_delivery_rate", ColumnType.DOUBLE), FEDEX_RATE, UPS_RATE);

        String text = summary.summarize(result, "");

        assertThat(text).isEqualTo("Late delivery rate by month for 2 carriers, over 12 months (January 2025 to"
                + " December 2025): FedEx peaked at **16.6%** in September 2025 (low 5.0% in August 2025); UPS peaked"
                + " at **9.4%** in December 2025 (low 5.1% in August 2025). UPS was the higher in 7 of 12 months.");
        assertThat(text).doesNotContain("in all").doesNotContain("together");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void a_ranking_within_each_group_names_the_rows_kept_group_by_group() {
        SqlResult result = SqlResult.of(List.of(new Column("ship_region", ColumnType.STRING), CARRIER,
                new Column("late_delivery_rate", ColumnType.DOUBLE)), List.of(
                        List.of("Midwest", "USPS", 8.9), List.of("Midwest", "FedEx", 7.1),
                        List.of("West", "UPS", 9.6), List.of("West", "USPS", 9.2)));

        String text = summary.summarize(result, "SELECT ship_region, carrier, 100.0 * avg(CASE WHEN is_late THEN 1.0"
                + " ELSE 0.0 END) AS late_delivery_rate FROM orders GROUP BY ship_region, carrier QUALIFY row_number()"
                + " OVER (PARTITION BY ship_region ORDER BY 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) DESC)"
                + " <= 2 ORDER BY ship_region, 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) DESC");

        assertThat(text).isEqualTo("Top 2 by late delivery rate in each ship region: **Midwest**: USPS (8.9%), FedEx"
                + " (7.1%); **West**: UPS (9.6%), USPS (9.2%).");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void the_first_in_each_month_is_the_most_or_the_fewest_and_many_groups_are_named_in_part() {
        List<List<Object>> rows = new ArrayList<>();
        for (int month = 1; month <= 8; month++) {
            rows.add(List.of(LocalDate.of(2025, month, 1), "Nimbus X2 earbuds", 40L + month));
        }
        SqlResult result = SqlResult.of(List.of(MONTH, new Column("product_name", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), rows);

        String text = summary.summarize(result, "SELECT CAST(date_trunc('month', order_ts) AS DATE) AS month,"
                + " product_name, count(*) AS orders FROM orders GROUP BY 1, 2 QUALIFY row_number() OVER (PARTITION BY"
                + " CAST(date_trunc('month', order_ts) AS DATE) ORDER BY count(*) ASC) <= 1 ORDER BY 1");

        assertThat(text).startsWith("Fewest orders in each month: **January 2025**: Nimbus X2 earbuds (41);")
                .contains("**June 2025**: Nimbus X2 earbuds (46)").doesNotContain("July 2025")
                .endsWith("; and 2 more months in the table.");
    }

    @Test
    void writes_an_aggregate_of_a_money_column_as_money() {
        SqlResult discount = SqlResult.of(List.of(new Column("avg_discount_amount", ColumnType.DOUBLE)),
                List.of(List.of(3.7312)));
        SqlResult quantity = SqlResult.of(List.of(new Column("avg_quantity", ColumnType.DOUBLE)), List.of(List.of(2.14)));

        assertThat(summary.summarize(discount, "")).contains("**$3.73**");
        assertThat(summary.summarize(quantity, "")).contains("**2.14**").doesNotContain("$");
    }

    @Test
    void a_carrier_column_before_the_month_column_is_read_as_series_too() {
        List<List<Object>> rows = List.of(
                List.of("FedEx", LocalDate.of(2025, 1, 1), 5L), List.of("FedEx", LocalDate.of(2025, 2, 1), 7L),
                List.of("UPS", LocalDate.of(2025, 1, 1), 2L), List.of("UPS", LocalDate.of(2025, 2, 1), 4L));
        SqlResult result = SqlResult.of(List.of(CARRIER, MONTH, new Column("orders", ColumnType.INTEGER)), rows);

        assertThat(summary.summarize(result, "")).startsWith("Orders by month for 2 carriers, over 2 months")
                .contains("FedEx **12** in all", "UPS **6** in all").endsWith("FedEx leads UPS by 6.");
    }

    @Test
    void one_series_states_its_peak_low_and_change_over_every_row() {
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            rows.add(List.of(LocalDate.of(2025, m + 1, 1), (long) FEDEX_ORDERS[m]));
        }
        SqlResult result = SqlResult.of(List.of(MONTH, new Column("orders", ColumnType.INTEGER)), rows);

        String text = summary.summarize(result, "");

        assertThat(text).isEqualTo("Orders over 12 months: the peak was September 2025 at **180**, the low March 2025"
                + " at 90; it went from 100 (January 2025) to 160 (December 2025), a change of +60 (+60.0%). Total: 1,480.");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void months_ranked_by_their_figure_are_a_ranking_not_a_change_over_time() {
        SqlResult result = SqlResult.of(List.of(MONTH, new Column("revenue", ColumnType.DECIMAL)), List.of(
                List.of(LocalDate.of(2025, 12, 1), new BigDecimal("383892.63")),
                List.of(LocalDate.of(2025, 11, 1), new BigDecimal("315936.76")),
                List.of(LocalDate.of(2025, 8, 1), new BigDecimal("268259.39"))));

        String text = summary.summarize(result, "SELECT … ORDER BY sum(order_total) DESC LIMIT 3");

        assertThat(text).startsWith("**December 2025** leads with revenue of **$383,892.63**, followed by November"
                + " 2025")
                .contains("the top 3 months").doesNotContain("went from", "change");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void a_period_set_against_the_rest_of_the_data_is_a_gap_not_a_change_over_time() {
        SqlResult result = SqlResult.of(List.of(new Column("period", ColumnType.STRING),
                new Column("return_rate", ColumnType.DECIMAL)), List.of(
                        List.of("the rest of January 1, 2024 to December 31, 2025", new BigDecimal("5.8")),
                        List.of("May 1, 2025 to July 31, 2025", new BigDecimal("44.7"))));

        String text = summary.summarize(result, "SELECT … ORDER BY min(order_ts)");

        assertThat(text).isEqualTo("Return rate was 5.8% over the rest of January 1, 2024 to December 31, 2025, 44.7%"
                + " from May 1, 2025 to July 31, 2025: a gap of 38.9 points.");
    }

    @Test
    void a_series_cut_short_says_it_describes_only_the_rows_held() {
        List<List<Object>> rows = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            rows.add(List.of(LocalDate.of(2025, 1, d), (long) d));
        }
        SqlResult held = new SqlResult(List.of(new Column("day", ColumnType.DATE),
                new Column("orders", ColumnType.INTEGER)), rows, 365, true);

        assertThat(summary.summarize(held, "")).startsWith("Orders over the first 20 of 365 rows (20 days)")
                .doesNotContain("Total");
    }

    @Test
    void a_yes_or_no_column_is_said_in_words_and_not_counted() {
        SqlResult result = SqlResult.of(List.of(new Column("is_late", ColumnType.BOOLEAN),
                new Column("csat", ColumnType.DECIMAL)), List.of(List.of(false, new BigDecimal("4.21")),
                List.of(true, new BigDecimal("3.01"))));

        String text = summary.summarize(result, "SELECT is_late, avg(csat_score) AS csat FROM orders GROUP BY is_late");

        assertThat(text).isEqualTo("**not late** leads with CSAT of **4.21**, followed by late (3.01), a gap of 1.20.");
    }

    @Test
    void a_column_of_numbers_the_rows_are_grouped_by_is_their_label() {
        SqlResult result = SqlResult.of(List.of(new Column("quantity", ColumnType.INTEGER),
                new Column("orders", ColumnType.INTEGER)), List.of(List.of(1, 21094L), List.of(2, 5752L),
                List.of(3, 2011L)));

        String text = summary.summarize(result, "SELECT quantity, count(*) AS orders FROM orders GROUP BY quantity"
                + " ORDER BY count(*) DESC LIMIT 10000");

        assertThat(text).startsWith("**1** leads with orders of **21,094**, followed by 2 (5,752)");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void a_ranking_names_the_leader_the_runner_up_the_gap_and_how_many() {
        SqlResult result = SqlResult.of(List.of(new Column("ship_state", ColumnType.STRING),
                new Column("revenue", ColumnType.DECIMAL)), List.of(List.of("CA", new BigDecimal("388976.63")),
                List.of("TX", new BigDecimal("327298.72")), List.of("NY", new BigDecimal("237771.55"))));

        String all = summary.summarize(result, "SELECT … LIMIT 10000");
        String top = summary.summarize(result, "SELECT … ORDER BY sum(order_total) DESC LIMIT 3");

        assertThat(all).isEqualTo("**CA** leads with revenue of **$388,976.63**, followed by TX ($327,298.72), a gap"
                + " of $61,677.91; 3 ship states in all, $954,046.90 together.");
        assertThat(top).contains("; the top 3 ship states, $954,046.90 together.").doesNotContain("in all");
        assertEveryNumberComesFrom(all, result);
    }

    @Test
    void days_of_the_week_have_a_peak_and_a_low_but_no_change_from_the_first_to_the_last() {
        SqlResult result = SqlResult.of(List.of(new Column("day_of_week", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), List.of(List.of("Monday", 4942L), List.of("Tuesday", 4500L),
                List.of("Sunday", 4270L)));

        String text = summary.summarize(result, "SELECT … LIMIT 10000");

        assertThat(text).contains("the peak was Monday at **4,942**, the low Sunday at 4,270")
                .doesNotContain("went from", "change");
    }

    @Test
    void rows_the_row_limit_stopped_are_neither_a_top_n_nor_all_there_are() {
        ResultSummary limitedToThree = new ResultSummary(SemanticModelFile.loadDefault(), 3);
        SqlResult result = SqlResult.of(List.of(new Column("customer_id", ColumnType.STRING),
                new Column("revenue", ColumnType.DECIMAL)), List.of(List.of("CUST-1", new BigDecimal("300.00")),
                List.of("CUST-2", new BigDecimal("200.00")), List.of("CUST-3", new BigDecimal("100.00"))));

        String text = limitedToThree.summarize(result,
                "SELECT … GROUP BY customer_id ORDER BY sum(order_total) DESC LIMIT 3");

        assertThat(text).contains("; the first 3 customer ids.", "stopped at the row limit of 3 rows")
                .doesNotContain("the top", "in all", "together");
        assertThat(new ResultSummary(SemanticModelFile.loadDefault(), 10000).summarize(result,
                "SELECT … LIMIT 3")).contains("; the top 3 customer ids, $600.00 together.");
    }

    @Test
    void a_ranking_of_rates_states_the_gap_in_points_without_a_total() {
        SqlResult result = SqlResult.of(List.of(CARRIER, new Column("late_delivery_rate", ColumnType.DOUBLE)),
                List.of(List.of("FedEx", 7.779), List.of("UPS", 7.0835)));

        String text = summary.summarize(result, "");

        assertThat(text).isEqualTo("**FedEx** leads with late delivery rate of **7.8%**, followed by UPS (7.1%), a gap"
                + " of 0.7 points; 2 carriers in all.");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void shares_by_group_rank_the_largest_share() {
        SqlResult result = SqlResult.of(List.of(new Column("channel", ColumnType.STRING),
                new Column("share_of_orders", ColumnType.DOUBLE)), List.of(List.of("web", 55.25), List.of("mobile", 44.75)));

        String text = summary.summarize(result, "");

        assertThat(text).startsWith("**web** leads with share of orders of **55.3%**, followed by mobile (44.8%),"
                + " a gap of 10.5 points");
        assertEveryNumberComesFrom(text, result);
    }

    @Test
    void a_comparison_of_two_days_reads_on_each_day_and_a_plural_measure_takes_were() {
        SqlResult result = SqlResult.of(List.of(new Column("period", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), List.of(List.of("November 28, 2025", 313L),
                List.of("December 1, 2025", 396L)));

        assertThat(summary.summarize(result, "")).startsWith("Orders were 313 on November 28, 2025, 396 on December 1, "
                + "2025: a change of");
    }

    @Test
    void a_named_day_reads_on_and_a_run_of_days_reads_from() {
        SqlResult days = SqlResult.of(List.of(new Column("period", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), List.of(
                        List.of("Black Friday 2024 (November 29, 2024)", 290L),
                        List.of("Black Friday 2025 (November 28, 2025)", 313L)));
        SqlResult weeks = SqlResult.of(List.of(new Column("period", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), List.of(
                        List.of("December 15, 2025 to December 21, 2025", 1200L),
                        List.of("December 22, 2025 to December 28, 2025", 800L)));

        assertThat(summary.summarize(days, "")).startsWith("Orders were 290 on Black Friday 2024 (November 29, 2024),"
                + " 313 on Black Friday 2025 (November 28, 2025)");
        assertThat(summary.summarize(weeks, "")).startsWith("Orders were 1,200 from December 15, 2025 to December 21,"
                + " 2025, 800 from December 22, 2025 to December 28, 2025: a change of").contains(
                        "from the first period to the second.");
    }

    @Test
    void periods_compared_within_groups_set_each_groups_periods_side_by_side_never_one_group_against_another() {
        SqlResult result = SqlResult.of(List.of(new Column("period", ColumnType.STRING), new Column("channel",
                ColumnType.STRING), new Column("orders", ColumnType.INTEGER)), List.of(List.of("2024", "web", 120L),
                List.of("2024", "mobile", 80L), List.of("2025", "web", 150L), List.of("2025", "mobile", 60L)));

        String text = summary.summarize(result, "");

        assertThat(text).isEqualTo("Orders, 2024 against 2025, for 2 channels: **web** 120 (2024) to 150 (2025), +30"
                + " (+25.0%); **mobile** 80 (2024) to 60 (2025), -20 (-25.0%).");
    }

    @Test
    void a_city_and_its_state_are_one_label_so_a_series_per_city_stays_one_series_per_city() {
        Column city = new Column("ship_city", ColumnType.STRING);
        Column state = new Column("ship_state", ColumnType.STRING);
        SqlResult result = SqlResult.of(List.of(MONTH, city, state, new Column("orders", ColumnType.INTEGER)),
                List.of(List.of(LocalDate.of(2025, 1, 1), "Chicago", "IL", 101L),
                        List.of(LocalDate.of(2025, 1, 1), "Boston", "MA", 51L),
                        List.of(LocalDate.of(2025, 2, 1), "Chicago", "IL", 90L),
                        List.of(LocalDate.of(2025, 2, 1), "Boston", "MA", 60L)));

        String text = summary.summarize(result, "");

        assertThat(text).startsWith("Orders by month for 2 ship cities, over 2 months").contains("Chicago, IL **191**",
                "Boston, MA **111**").doesNotContain("4 months");
    }

    @Test
    void a_ranking_counts_its_groups_in_the_plural_of_their_column() {
        SqlResult result = SqlResult.of(List.of(new Column("status", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), List.of(List.of("delivered", 3414L), List.of("shipped", 264L),
                List.of("returned", 129L)));

        assertThat(summary.summarize(result, "")).contains("3 statuses in all");
    }

    @Test
    void a_single_figure_is_the_cell_itself() {
        SqlResult result = SqlResult.of(List.of(new Column("orders", ColumnType.INTEGER)), List.of(List.of(31691L)));

        assertThat(summary.summarize(result, "")).isEqualTo("Orders: **31,691**.");
    }

    /**
     * Each number of the text, to the precision it is written with, is a cell, a count of rows or distinct labels,
     * a date part of a label, a sum of cells, or the difference or relative change between two of those.
     */
    private static void assertEveryNumberComesFrom(String text, SqlResult result) {
        List<Double> sources = new ArrayList<>();
        sources.add((double) result.rows().size());
        for (int c = 0; c < result.columns().size(); c++) {
            final int column = c;
            sources.add((double) result.rows().stream().map(r -> r.get(column)).distinct().count());
            java.util.Map<Object, Double> sums = new java.util.HashMap<>();
            for (List<Object> row : result.rows()) {
                Object cell = row.get(c);
                if (cell instanceof Number n) {
                    sources.add(n.doubleValue());
                } else if (cell instanceof LocalDate day) {
                    sources.add((double) day.getYear());
                    sources.add((double) day.getDayOfMonth());
                }
            }
            if (result.columns().get(c).type().isNumeric()) {
                sources.add(result.rows().stream().mapToDouble(r -> ((Number) r.get(column)).doubleValue()).sum());
                for (int key = 0; key < result.columns().size(); key++) {
                    if (!result.columns().get(key).type().isNumeric()) {
                        final int k = key;
                        result.rows().forEach(r -> sums.merge(r.get(k), ((Number) r.get(column)).doubleValue(), Double::sum));
                    }
                }
                sources.addAll(sums.values());
            }
        }
        List<Double> derived = new ArrayList<>(sources);
        for (double a : sources) {
            for (double b : sources) {
                derived.add(Math.abs(a - b));
                if (b != 0) {
                    derived.add(Math.abs((a - b) / b * 100));
                }
            }
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String written = number.group();
            double value = Double.parseDouble(written.replace(",", ""));
            int decimals = written.contains(".") ? written.length() - written.indexOf('.') - 1 : 0;
            double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-9;
            assertThat(derived).as("%s in: %s", written, text).anyMatch(d -> Math.abs(d - value) <= tolerance);
        }
    }
}
