package dev.orderlens.local.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An inclusive range of days. */
record DateWindow(LocalDate first, LocalDate last) {

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The exclusive upper bound, for SQL ranges over timestamps. */
    LocalDate end() {
        return last.plusDays(1);
    }
}
