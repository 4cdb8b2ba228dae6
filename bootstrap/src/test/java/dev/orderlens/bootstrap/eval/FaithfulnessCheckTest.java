package dev.orderlens.bootstrap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaithfulnessCheckTest {

    /** Orders and revenue per carrier, with the late rate as a fraction. */
    private static final SqlResult BY_CARRIER = SqlResult.of(
            List.of(new Column("carrier", ColumnType.STRING), new Column("orders", ColumnType.INTEGER),
                    new Column("revenue", ColumnType.DECIMAL), new Column("late_rate", ColumnType.DOUBLE)),
            List.of(List.of("UPS", 1200L, new BigDecimal("45210.55"), 0.074),
                    List.of("FedEx", 4120L, new BigDecimal("150321.10"), 0.051),
                    List.of("DHL", 380L, new BigDecimal("9876.00"), 0.12)));
    private static final SqlResult BY_DAY = SqlResult.of(
            List.of(new Column("day", ColumnType.DATE), new Column("orders", ColumnType.INTEGER)),
            List.of(List.of(LocalDate.of(2025, 1, 5), 72L), List.of(LocalDate.of(2025, 12, 1), 396L)));

    private final FaithfulnessCheck english = new FaithfulnessCheck(Locale.US);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "FedEx carried 4,120 orders.",
        "FedEx leads with 4,120, then UPS with 1,200.",
        "In all 5,700 orders.",
        "On average 1,900 orders per carrier.",
        "FedEx brought $150,321.10 in revenue.",
        "Revenue was $205.4k in all.",
        "Revenue was about $0.2M in all.",
        "DHL is late most often: 12.0% of its orders (UPS 7.4%).",
        "FedEx carried 72.3% of the orders.",
        "FedEx carried 2,920 more orders than UPS.",
        "FedEx carried 3.4 times as many orders as UPS.",
        "FedEx rose +243.3% over UPS.",
        "3 carriers shipped orders.",
        "The late rate ranges from 0.05 to 0.12.",
    })
    void accepts_numbers_the_rows_hold_or_compute(String summary) {
        assertThat(english.unsupported(summary, BY_CARRIER, List.of())).isEmpty();
    }

    @Test
    void accepts_dates_of_the_rows_and_their_years_months_and_days() {
        String summary = "The peak was 2025-12-01 at 396 orders, the low 2025-01-05 at 72; in 2025, day 5 of month 1.";

        assertThat(english.unsupported(summary, BY_DAY, List.of())).isEmpty();
    }

    @Test
    void accepts_numbers_the_question_the_query_or_the_cited_passages_give() {
        List<String> given = List.of("Top 5 carriers in Q3 2024?",
                "SELECT carrier FROM orders WHERE order_ts >= TIMESTAMP '2024-07-01' LIMIT 5",
                "The recall covered 1,500 units.");

        assertThat(english.unsupported("Top 5 carriers since 2024-07-01, in 2024; 1,500 units were recalled [1].",
                BY_CARRIER, given)).isEmpty();
    }

    @Test
    void accepts_the_last_day_of_the_querys_period_written_in_words() {
        List<String> given = List.of("Revenue in the first half of 2025", "SELECT sum(order_total) FROM orders WHERE"
                + " order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2025-07-01'");

        assertThat(english.unsupported("Scope: January 1 to June 30, 2025.", BY_CARRIER, given)).isEmpty();
        assertThat(english.unsupported("Scope: January 1 to June 29, 2025.", BY_CARRIER, given)).containsExactly("29");
    }

    @Test
    void lists_numbers_the_rows_neither_hold_nor_compute_as_written() {
        String summary = "Orders over 20 days: the peak was 2025-01-05 at 72, the low 2025-02-01 at 61, "
                + "a 12.5% drop; 1,234 orders in all.";

        assertThat(english.unsupported(summary, BY_DAY, List.of()))
                .containsExactly("2025-02-01", "20", "61", "12.5%", "1,234");
    }

    @Test
    void accepts_each_series_total_and_the_gap_between_series_totals() {
        SqlResult monthByChannel = SqlResult.of(
                List.of(new Column("month", ColumnType.DATE), new Column("channel", ColumnType.STRING),
                        new Column("orders", ColumnType.INTEGER)),
                List.of(List.of(LocalDate.of(2025, 1, 1), "web", 100L), List.of(LocalDate.of(2025, 1, 1), "mobile", 60L),
                        List.of(LocalDate.of(2025, 2, 1), "web", 130L), List.of(LocalDate.of(2025, 2, 1), "mobile", 95L)));

        assertThat(english.unsupported("web 230 in all, mobile 155 in all: web leads mobile by 75.", monthByChannel,
                List.of())).isEmpty();
        assertThat(english.unsupported("web 240 in all.", monthByChannel, List.of())).containsExactly("240");
    }

    @Test
    void accepts_in_how_many_buckets_a_series_leads() {
        SqlResult quarterByRegion = SqlResult.of(
                List.of(new Column("quarter", ColumnType.DATE), new Column("ship_region", ColumnType.STRING),
                        new Column("return_rate", ColumnType.DOUBLE)),
                List.of(List.of(LocalDate.of(2025, 1, 1), "West", 6.7), List.of(LocalDate.of(2025, 1, 1), "all others", 6.1),
                        List.of(LocalDate.of(2025, 4, 1), "West", 7.0), List.of(LocalDate.of(2025, 4, 1), "all others", 7.3),
                        List.of(LocalDate.of(2025, 7, 1), "West", 7.2), List.of(LocalDate.of(2025, 7, 1), "all others", 6.9),
                        List.of(LocalDate.of(2025, 10, 1), "West", 5.8), List.of(LocalDate.of(2025, 10, 1), "all others", 5.5)));

        assertThat(english.unsupported("West was the higher in 3 of 4 quarters.", quarterByRegion, List.of())).isEmpty();
        assertThat(english.unsupported("West was the higher in 9 of 4 quarters.", quarterByRegion, List.of()))
                .containsExactly("9");
    }

    @Test
    void does_not_stretch_rounding_past_the_digits_written() {
        assertThat(english.unsupported("UPS is late 7.9% of the time.", BY_CARRIER, List.of()))
                .containsExactly("7.9%");
        assertThat(english.unsupported("FedEx carried 4,100 orders.", BY_CARRIER, List.of()))
                .containsExactly("4,100");
    }

    @Test
    void compares_only_the_first_last_least_and_greatest_cells_of_a_long_result() {
        List<List<Object>> rows = new ArrayList<>();
        for (long day = 1; day <= 30; day++) {
            rows.add(List.of(LocalDate.of(2025, 6, (int) day), 100 + day * day));
        }
        SqlResult june = SqlResult.of(BY_DAY.columns(), rows);

        assertThat(english.unsupported("From 101 on June 1 to 1,000 on June 30, up 899; the peak was 1,000.", june,
                List.of())).isEmpty();
        assertThat(english.unsupported("Day 12 was 80 orders above day 8.", june, List.of()))
                .as("144 - 64 is no difference a summary of 30 rows picks out").containsExactly("80");
    }

    @Test
    void leaves_digits_in_labels_the_rows_hold_alone() {
        SqlResult products = SqlResult.of(List.of(new Column("product", ColumnType.STRING),
                new Column("units", ColumnType.INTEGER)),
                List.of(List.of("Northline crew neck t-shirt 3-pack", 2061L), List.of("Voltix 65W charger", 1660L)));

        assertThat(english.unsupported("Northline crew neck t-shirt 3-pack leads with 2,061, then Voltix 65W "
                + "charger (1,660).", products, List.of())).isEmpty();
        assertThat(english.unsupported("A 4 pack sold 2,061.", products, List.of())).containsExactly("4");
    }

    @Test
    void leaves_names_with_digits_and_citations_alone() {
        String summary = "Order ORD-000123 in Q3 was the 1st late one [2], see notes [1, 3].";

        assertThat(english.unsupported(summary, BY_CARRIER, List.of())).isEmpty();
    }

    @Test
    void reads_numbers_as_the_models_locale_writes_them() {
        FaithfulnessCheck brazilian = new FaithfulnessCheck(Locale.forLanguageTag("pt-BR"));

        assertThat(brazilian.unsupported("A FedEx faturou R$ 150.321,10, com 7,4% de atraso na UPS.", BY_CARRIER,
                List.of())).isEmpty();
        assertThat(brazilian.unsupported("A FedEx faturou R$ 150.321,90.", BY_CARRIER, List.of()))
                .containsExactly("150.321,90");
    }

    @Test
    void reads_timestamps_as_their_dates() {
        SqlResult byHour = SqlResult.of(List.of(new Column("hour", ColumnType.TIMESTAMP),
                new Column("orders", ColumnType.INTEGER)),
                List.of(List.of(LocalDateTime.of(2025, 3, 2, 0, 0), 9L)));

        assertThat(english.unsupported("9 orders on 2025-03-02.", byHour, List.of())).isEmpty();
    }
}
