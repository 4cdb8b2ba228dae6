package dev.orderlens.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.DisplayFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartHintTest {

    private static final DisplayFormats SAMPLE = DisplayFormats.of(SemanticModelFile.loadDefault().model());

    /** 41 states with 41, 40, … 1 of {@code metric}: the same shape as "orders by state". */
    private static SqlResult states(String metric, ColumnType type) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 41; i++) {
            rows.add(List.of("S" + i, type == ColumnType.INTEGER ? (Object) (long) i : (Object) (i + 0.5)));
        }
        return SqlResult.of(List.of(new Column("customer_state", ColumnType.STRING), new Column(metric, type)), rows);
    }

    private static Map<String, Object> chart(SqlResult result) {
        return ChartHint.of(result, SAMPLE).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> data(Map<String, Object> chart, int series) {
        return (List<Object>) ((List<Map<String, Object>>) chart.get("series")).get(series).get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<String> seriesNames(Map<String, Object> chart) {
        return ((List<Map<String, Object>>) chart.get("series")).stream().map(s -> (String) s.get("name")).toList();
    }

    @Test
    void a_long_list_of_counts_is_horizontal_bars_of_the_top_ones_and_the_others_summed() {
        Map<String, Object> chart = chart(states("orders", ColumnType.INTEGER));

        assertThat(chart).containsEntry("kind", "bar").containsEntry("horizontal", true)
                .containsEntry("suggested", true).containsEntry("x", "customer_state").containsEntry("y", "orders")
                .containsEntry("others", 26).doesNotContainKey("top");
        assertThat((List<Object>) chart.get("labels")).hasSize(ChartHint.TOP_BARS + 1)
                .startsWith("S41", "S40").endsWith("Others");
        // 1 + 2 + … + 26: the states left out
        assertThat(data(chart, 0)).startsWith(41L, 40L).endsWith(27L, 351L);
    }

    @Test
    void a_long_list_of_rates_is_the_top_ones_only_saying_of_how_many() {
        Map<String, Object> chart = chart(states("late_delivery_rate", ColumnType.DOUBLE));

        assertThat(chart).containsEntry("horizontal", true).containsEntry("top", ChartHint.TOP_BARS)
                .containsEntry("of", 41L).doesNotContainKey("others");
        assertThat((List<Object>) chart.get("labels")).hasSize(ChartHint.TOP_BARS).doesNotContain("Others");
        assertThat(data(chart, 0)).startsWith(41.5);
    }

    @ParameterizedTest(name = "{0} adds up: {1}")
    @CsvSource({"orders,true", "revenue,true", "units,true", "average_order_value,false", "late_delivery_rate,false",
            "delivery_days,false", "csat,false", "share_of_orders,false", "order_count,true", "avg_unit_price,false"})
    void counts_and_sums_add_up_averages_and_rates_do_not(String column, boolean additive) {
        assertThat(ChartHint.additive(new Column(column, ColumnType.DOUBLE), SAMPLE)).isEqualTo(additive);
    }

    @Test
    void a_few_categories_are_vertical_bars_in_the_results_order() {
        SqlResult carriers = SqlResult.of(List.of(new Column("carrier", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), List.of(List.of("UPS", 5L), List.of("DHL", 9L)));

        Map<String, Object> chart = chart(carriers);

        assertThat(chart).containsEntry("kind", "bar").containsEntry("horizontal", false)
                .containsEntry("labels", List.of("UPS", "DHL"));
    }

    @Test
    void the_change_from_the_period_before_is_left_to_the_table() {
        SqlResult years = SqlResult.of(List.of(new Column("period", ColumnType.STRING),
                new Column("revenue", ColumnType.DOUBLE), new Column("revenue_change", ColumnType.DOUBLE),
                new Column("revenue_change_pct", ColumnType.DOUBLE)), List.of(
                        Arrays.asList("2024", 2675743.64, null, null),
                        Arrays.asList("2025", 2973157.50, 297413.86, 11.11)));

        Map<String, Object> chart = chart(years);

        assertThat(seriesNames(chart)).containsExactly("revenue");
        assertThat(chart).containsEntry("suggested", true);
    }

    @Test
    void months_by_carrier_are_one_line_per_carrier_the_largest_first_with_gaps_as_nulls() {
        Column month = new Column("month", ColumnType.DATE);
        SqlResult result = SqlResult.of(List.of(month, new Column("carrier", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER)), List.of(
                        List.of(LocalDate.of(2025, 1, 1), "UPS", 3L),
                        List.of(LocalDate.of(2025, 1, 1), "DHL", 10L),
                        List.of(LocalDate.of(2025, 2, 1), "DHL", 12L),
                        List.of(LocalDate.of(2025, 2, 1), "UPS", 4L),
                        List.of(LocalDate.of(2025, 3, 1), "DHL", 11L)));

        Map<String, Object> chart = chart(result);

        assertThat(chart).containsEntry("kind", "line").containsEntry("x", "month").containsEntry("y", "orders")
                .containsEntry("seriesBy", "carrier").containsEntry("suggested", true)
                .containsEntry("labels", List.of("2025-01-01", "2025-02-01", "2025-03-01"));
        assertThat(seriesNames(chart)).containsExactly("DHL", "UPS");
        assertThat(data(chart, 0)).containsExactly(10L, 12L, 11L);
        assertThat(data(chart, 1)).containsExactly(3L, 4L, null);
    }

    @Test
    void late_rates_by_month_for_two_carriers_are_two_lines_of_twelve_points_whatever_the_row_order() {
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate month = LocalDate.of(2025, m, 1);
            // ordered by month then by the rate, as the query orders them: the carriers alternate in first place
            double fedEx = m == 9 ? 16.6 : 7.0;
            double ups = m % 2 == 0 ? 8.0 : 6.0;
            rows.add(List.of(month, fedEx > ups ? "FedEx" : "UPS", Math.max(fedEx, ups)));
            rows.add(List.of(month, fedEx > ups ? "UPS" : "FedEx", Math.min(fedEx, ups)));
        }
        SqlResult result = SqlResult.of(List.of(new Column("month", ColumnType.DATE), new Column("carrier",
                ColumnType.STRING), new Column("late_delivery_rate", ColumnType.DOUBLE)), rows);

        Map<String, Object> chart = chart(result);

        assertThat(chart).containsEntry("kind", "line").containsEntry("seriesBy", "carrier")
                .containsEntry("y", "late_delivery_rate").containsEntry("complete", true);
        assertThat((List<Object>) chart.get("labels")).hasSize(12);
        assertThat(seriesNames(chart)).containsExactlyInAnyOrder("FedEx", "UPS");
        int fedEx = seriesNames(chart).indexOf("FedEx");
        assertThat(data(chart, fedEx)).hasSize(12).element(8).isEqualTo(16.6);
        assertThat(data(chart, fedEx)).element(0).isEqualTo(7.0);
        assertThat(data(chart, 1 - fedEx)).containsExactly(6.0, 8.0, 6.0, 8.0, 6.0, 8.0, 6.0, 8.0, 6.0, 8.0, 6.0, 8.0);
    }

    @Test
    void past_the_most_lines_only_the_largest_categories_are_drawn_saying_of_how_many() {
        List<List<Object>> rows = new ArrayList<>();
        for (int carrier = 1; carrier <= 11; carrier++) {
            for (int m = 1; m <= 2; m++) {
                rows.add(List.of("2025-0" + m, "C" + carrier, new BigDecimal(carrier * 10)));
            }
        }
        SqlResult result = SqlResult.of(List.of(new Column("month", ColumnType.STRING),
                new Column("carrier", ColumnType.STRING), new Column("revenue", ColumnType.DECIMAL)), rows);

        Map<String, Object> chart = chart(result);

        assertThat(seriesNames(chart)).hasSize(ChartHint.MAX_LINES).startsWith("C11", "C10");
        assertThat(chart).containsEntry("top", ChartHint.MAX_LINES).containsEntry("of", 11);
    }

    @Test
    void a_time_series_is_a_line_per_number_column() {
        SqlResult result = SqlResult.of(List.of(new Column("month", ColumnType.STRING),
                new Column("orders", ColumnType.INTEGER), new Column("revenue", ColumnType.DECIMAL)),
                List.of(List.of("2025-01", 3L, BigDecimal.ONE), List.of("2025-02", 4L, BigDecimal.TEN)));

        Map<String, Object> chart = chart(result);

        assertThat(chart).containsEntry("kind", "line").containsEntry("suggested", true).doesNotContainKey("seriesBy");
        assertThat(seriesNames(chart)).containsExactly("orders", "revenue");
    }

    @Test
    void a_listing_of_rows_is_offered_as_bars_but_not_shown_at_once() {
        SqlResult orders = SqlResult.of(List.of(new Column("order_id", ColumnType.STRING),
                new Column("carrier", ColumnType.STRING), new Column("order_total", ColumnType.DECIMAL)),
                List.of(List.of("ORD-1", "UPS", new BigDecimal("12.50")), List.of("ORD-2", "DHL", BigDecimal.ONE)));

        Map<String, Object> chart = chart(orders);

        assertThat(chart).containsEntry("kind", "bar").containsEntry("suggested", false)
                .containsEntry("x", "order_id").containsEntry("y", "order_total");
    }

    @Test
    void no_chart_without_two_rows_and_a_number() {
        Column carrier = new Column("carrier", ColumnType.STRING);
        Column orders = new Column("orders", ColumnType.INTEGER);

        assertThat(ChartHint.of(SqlResult.of(List.of(carrier, orders), List.of(List.of("UPS", 1L))), SAMPLE)).isEmpty();
        assertThat(ChartHint.of(SqlResult.of(List.of(carrier, new Column("region", ColumnType.STRING)),
                List.of(List.of("UPS", "N"), List.of("DHL", "S"))), SAMPLE)).isEmpty();
    }
}
