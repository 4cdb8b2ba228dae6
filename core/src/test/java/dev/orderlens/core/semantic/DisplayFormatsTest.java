package dev.orderlens.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.table.ColumnType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    private static final DisplayFormats US = DisplayFormats.of(model(Currency.getInstance("USD"), Locale.US));
    private static final DisplayFormats BRAZIL = DisplayFormats.of(model(Currency.getInstance("BRL"),
            Locale.forLanguageTag("pt-BR")));

    @Test
    void metricColumnsAreHeadedByTheirLabelAndOtherColumnsByTheirNameInWords() {
        assertThat(US.column("late_delivery_rate").label()).isEqualTo("late delivery rate");
        assertThat(US.column("AVERAGE_ORDER_VALUE").label()).isEqualTo("average order value");
        assertThat(US.column("ship_region").label()).isEqualTo("ship region");
        assertThat(US.column("avg_unit_price").format()).isNull();
    }

    @Test
    void aChangeFromThePeriodBeforeIsWrittenAsItsFigureAndItsPercentAsAPercentage() {
        assertThat(US.column("average_order_value_change").label()).isEqualTo("average order value change");
        assertThat(US.column("average_order_value_change").text(12.5)).isEqualTo("$12.50");
        assertThat(US.column("average_order_value_change_pct").label()).isEqualTo("average order value change %");
        assertThat(US.column("average_order_value_change_pct").text(11.11)).isEqualTo("11.1%");
    }

    @Test
    void aRateIsAPercentageWithOneDecimal() {
        ColumnFormat rate = US.column("late_delivery_rate");
        assertThat(rate.text(12.3456)).isEqualTo("12.3%");
        assertThat(rate.text(7.35)).isEqualTo("7.4%");
        assertThat(rate.text(0)).isEqualTo("0.0%");
        assertThat(rate.unit()).isEqualTo("%");
        assertThat(BRAZIL.column("late_delivery_rate").text(12.3456)).isEqualTo("12,3%");
    }

    @Test
    void moneyIsWrittenInTheModelsCurrencyAndLocale() {
        assertThat(US.column("average_order_value").text(new BigDecimal("1234.555"))).isEqualTo("$1,234.56");
        assertThat(US.column("average_order_value").unit()).isEqualTo("USD");
        // the JDK keeps the Brazilian symbol to its amount with a no-break space
        assertThat(BRAZIL.column("average_order_value").text(1234.56)).isEqualTo("R$\u00a01.234,56");
        assertThat(BRAZIL.column("average_order_value").unit()).isEqualTo("BRL");
    }

    @Test
    void countsAreGroupedWholeNumbers() {
        assertThat(US.column("orders").text(31691L)).isEqualTo("31,691");
        assertThat(US.column("orders").text(31691.0)).isEqualTo("31,691");
        assertThat(BRAZIL.column("orders").text(31691L)).isEqualTo("31.691");
        assertThat(US.column("orders").unit()).isNull();
    }

    @Test
    void otherNumbersHaveAtMostTwoDecimalsAndWholeNumbersOfPlainColumnsStayAsTheyAre() {
        assertThat(US.column("delivery_days").text(4.56789)).isEqualTo("4.57");
        assertThat(US.column("delivery_days").unit()).isEqualTo("days");
        assertThat(US.column("avg_unit_price").text(1234.5)).isEqualTo("1,234.5");
        assertThat(US.column("year").text(2025L)).isEqualTo("2025");
        assertThat(US.column("order_total").text(new BigDecimal("13.50"))).isEqualTo("13.50");
        assertThat(US.column("order_total").text(new BigDecimal("13.5049"))).isEqualTo("13.50");
        assertThat(US.column("avg_unit_price").text(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void aPlainFractionBelowOneShowsTwoOfItsDigits() {
        assertThat(US.column("share").text(0.12345)).isEqualTo("0.12");
        assertThat(US.column("share").text(0.0739)).isEqualTo("0.074");
        assertThat(US.column("share").text(-0.0012345)).isEqualTo("-0.0012");
        assertThat(US.column("share").text(new BigDecimal("0.0739"))).isEqualTo("0.074");
    }

    @Test
    void aQueryKeepsAMetricsFormatOnlyForAColumnItComputesWithTheMetricsOwnExpression() {
        DisplayFormats compiled = US.forSql("SELECT carrier, 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END)"
                + " AS late_delivery_rate FROM orders WHERE delivered_at IS NOT NULL GROUP BY carrier");
        assertThat(compiled.column("late_delivery_rate").text(7.35)).isEqualTo("7.4%");

        DisplayFormats own = US.forSql("SELECT count(*) FILTER (WHERE is_late) * 1.0 / count(*) AS late_delivery_rate"
                + " FROM orders WHERE delivered_at IS NOT NULL");
        ColumnFormat fraction = own.column("late_delivery_rate");
        assertThat(fraction.label()).isEqualTo("late delivery rate");
        assertThat(fraction.format()).isNull();
        assertThat(fraction.unit()).isNull();
        assertThat(fraction.text(0.0739)).isEqualTo("0.074");
    }

    @Test
    void theMetricsExpressionCountsWrittenInAnyCaseAndSpacingOrWithAFilterButNotInsideALongerOne() {
        String rate = "100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END)";
        assertThat(US.forSql("select 100.0*AVG( case  when is_late then 1.0 else 0.0 end )\n as \"late_delivery_rate\""
                + " from orders").column("late_delivery_rate").format()).isEqualTo(MetricFormat.PERCENT);
        assertThat(US.forSql("SELECT 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) FILTER (WHERE carrier = 'UPS')"
                + " AS late_delivery_rate, count(*) AS orders FROM orders").column("late_delivery_rate").format())
                .isEqualTo(MetricFormat.PERCENT);
        assertThat(US.forSql("SELECT " + rate + " / 100 AS late_delivery_rate FROM orders")
                .column("late_delivery_rate").format()).isNull();
        assertThat(US.forSql("SELECT 1 - " + rate + " AS late_delivery_rate FROM orders")
                .column("late_delivery_rate").format()).isNull();
        assertThat(US.forSql("SELECT " + rate + " AS late_delivery_rate_2 FROM orders")
                .column("late_delivery_rate").format()).isNull();
        assertThat(US.forSql(null).column("late_delivery_rate").format()).isNull();
    }

    @Test
    void anAggregateOfAColumnAMoneyMetricCountsIsMoneyEvenInAQuerysResult() {
        SemanticModel model = model(Currency.getInstance("USD"), Locale.US);
        SemanticModel withRevenue = new SemanticModel(model.table(), model.description(), model.columns(),
                List.of(new Metric("revenue", "revenue", null, null, "sum(order_total)", "status <> 'cancelled'",
                        MetricFormat.CURRENCY, null)), "order_ts", null, null, null);
        DisplayFormats formats = DisplayFormats.of(withRevenue).forSql("SELECT avg(order_total) AS avg_order_total,"
                + " avg(quantity) AS avg_quantity FROM orders");

        assertThat(formats.column("avg_order_total").text(41.5)).isEqualTo("$41.50");
        assertThat(formats.column("avg_order_total").label()).isEqualTo("avg order total");
        assertThat(formats.column("SUM_ORDER_TOTAL").format()).isEqualTo(MetricFormat.CURRENCY);
        assertThat(formats.column("avg_quantity").format()).isNull();
        assertThat(formats.column("order_total").format()).isNull();
        assertThat(formats.column("avg_order_total_per_item").format()).isNull();
    }

    @Test
    void withoutAModelEveryColumnIsPlainInUsDollars() {
        DisplayFormats plain = DisplayFormats.plain();
        assertThat(plain.column("late_delivery_rate").label()).isEqualTo("late delivery rate");
        assertThat(plain.column("late_delivery_rate").format()).isNull();
        assertThat(plain.column("late_delivery_rate").text(12.3456)).isEqualTo("12.35");
        assertThat(plain.currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void aModelWithoutCurrencyOrLocaleIsInUsDollarsWrittenTheUsWay() {
        SemanticModel model = model(null, null);
        assertThat(model.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(model.locale().toLanguageTag()).isEqualTo("en-US");
    }

    private static SemanticModel model(Currency currency, Locale locale) {
        return new SemanticModel("orders", "one row per order",
                List.of(new SemanticColumn("order_ts", ColumnType.TIMESTAMP, ColumnRole.TIME, null, null, null, null),
                        new SemanticColumn("ship_region", ColumnType.STRING, ColumnRole.DIMENSION, null, null, null,
                                null)),
                List.of(metric("orders", "orders", MetricFormat.COUNT),
                        metric("average_order_value", "average order value", MetricFormat.CURRENCY),
                        new Metric("late_delivery_rate", "late delivery rate", null, null,
                                "100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END)", "delivered_at IS NOT NULL",
                                MetricFormat.PERCENT, null),
                        metric("delivery_days", "delivery days", MetricFormat.DAYS)),
                "order_ts", null, currency, locale);
    }

    private static Metric metric(String name, String label, MetricFormat format) {
        return new Metric(name, label, null, null, "count(*)", null, format, null);
    }
}
