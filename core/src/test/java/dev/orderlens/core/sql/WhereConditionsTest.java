package dev.orderlens.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.sql.WhereConditions.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereConditionsTest {

    @Test
    void splits_a_where_clause_at_its_ands_and_stops_at_the_next_clause() {
        List<Condition> conditions = WhereConditions.of("SELECT carrier, count(*) FROM orders "
                + "WHERE status <> 'cancelled'  AND o.order_ts >= TIMESTAMP '2025-01-01' GROUP BY 1 ORDER BY 2");

        assertThat(conditions).extracting(Condition::text)
                .containsExactly("status <> 'cancelled'", "o.order_ts >= timestamp '2025-01-01'");
        assertThat(conditions.get(1).names()).contains("order_ts").doesNotContain("o");
    }

    @Test
    void keeps_between_and_or_groups_whole() {
        List<Condition> conditions = WhereConditions.of("SELECT 1 FROM orders WHERE order_total BETWEEN 10 AND 20 "
                + "AND (carrier = 'UPS' OR carrier = 'DHL')");

        assertThat(conditions).extracting(Condition::text)
                .containsExactly("order_total between 10 and 20", "(carrier = 'UPS' or carrier = 'DHL')");
    }

    @Test
    void names_the_columns_but_not_the_functions_of_a_condition() {
        List<Condition> conditions = WhereConditions.of("SELECT 1 FROM orders WHERE lower(\"Carrier\") = 'ups'");

        assertThat(conditions.get(0).names()).contains("carrier").doesNotContain("lower");
    }

    @Test
    void reads_the_conditions_of_subqueries_too() {
        List<Condition> conditions = WhereConditions.of("SELECT count(*) FROM (SELECT * FROM orders WHERE late "
                + "LIMIT 5) t WHERE t.channel = 'web'");

        assertThat(conditions).extracting(Condition::text).containsExactly("late", "t.channel = 'web'");
    }

    @Test
    void leaves_out_the_rows_an_aggregate_filters_for_one_figure() {
        List<Condition> conditions = WhereConditions.of("SELECT count(*) FILTER (WHERE is_late) * 1.0 / count(*) "
                + "FILTER (WHERE delivered_at IS NOT NULL) FROM orders WHERE carrier = 'UPS'");

        assertThat(conditions).extracting(Condition::text).containsExactly("carrier = 'UPS'");
    }

    @Test
    void finds_nothing_in_a_query_without_where_or_in_text_that_is_not_sql() {
        assertThat(WhereConditions.of("SELECT count(*) FROM orders")).isEmpty();
        assertThat(WhereConditions.of("SELECT 1 FROM orders WHERE")).isEmpty();
        assertThat(WhereConditions.of("SELECT 'unclosed")).isEmpty();
        assertThat(WhereConditions.of(null)).isEmpty();
    }
}
