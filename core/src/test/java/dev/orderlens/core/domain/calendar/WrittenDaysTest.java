package dev.orderlens.core.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenDaysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            why did cancellations jump on march 14 2025        | 2025-03-14
            Klarna payment outage, March 14, 2025               | 2025-03-14
            orders on Mar. 14th, 2025?                          | 2025-03-14
            what happened on the 14th of March 2025             | 2025-03-14
            Incident 14 March 2025                              | 2025-03-14
            Incident report: Klarna payment outage on 2025-03-14 | 2025-03-14
            returns on sept 9 2024                              | 2024-09-09
            """)
    void reads_a_day_written_in_full(String text, LocalDate day) {
        assertThat(WrittenDays.in(text)).containsExactly(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monthly business review: March 2025", "orders on march 14", "revenue in 2025",
            "February 30, 2025", "the summary 14 2025", "ORD-2025-03"})
    void reads_no_day_from_a_month_a_day_without_its_year_or_a_date_that_does_not_exist(String text) {
        assertThat(WrittenDays.in(text)).isEmpty();
    }

    @Test
    void keeps_the_order_written_and_each_day_once() {
        assertThat(WrittenDays.in("between 2025-03-14 and March 1, 2025, not March 14, 2025 again"))
                .containsExactly(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 1));
    }

    @Test
    void spells_a_day_in_every_form_it_reads() {
        LocalDate day = LocalDate.of(2025, 3, 4);

        assertThat(WrittenDays.spelled(day)).isEqualTo("March 4, 2025");
        assertThat(WrittenDays.spellings(day)).containsExactly("March 4, 2025", "4 March 2025", "2025-03-04")
                .allSatisfy(spelling -> assertThat(WrittenDays.in(spelling)).isEqualTo(List.of(day)));
    }
}
