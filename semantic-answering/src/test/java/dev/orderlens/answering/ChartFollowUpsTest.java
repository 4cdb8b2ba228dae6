package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Follow-ups that act on the last result: draw it, split it by month, keep its top N; and the scope it states. */
class ChartFollowUpsTest {

    @RegisterExtension
    static final SmallOrdersGenerator ORDERS = new SmallOrdersGenerator();

    @ParameterizedTest
    @ValueSource(strings = {"show that as a chart", "Can you plot it?", "chart this please", "visualize the results",
        "show me a graph of that"})
    void a_request_only_to_draw_the_last_result_runs_the_same_query_again(String request) {
        Conversation conversation = ask(Conversation.empty("s"), "Revenue by carrier in 2025");
        String before = conversation.turns().get(0).sql();

        assertThat(generate(request, conversation).sql()).isEqualTo(before);
    }

    @Test
    void a_request_to_draw_with_no_last_query_is_not_understood() {
        assertThatThrownBy(() -> generate("show that as a chart", Conversation.empty("s")))
                .isInstanceOf(QuestionNotUnderstoodException.class);
    }

    @Test
    void plot_it_by_month_after_two_carriers_splits_each_carrier_by_month() {
        Conversation conversation = ask(Conversation.empty("s"), "late deliveries for FedEx vs UPS in 2025");

        String sql = generate("plot it by month", conversation).sql();

        assertThat(sql).contains("carrier IN ('FedEx', 'UPS')", "TIMESTAMP '2025-01-01 00:00:00'")
                .containsPattern("GROUP BY CAST\\(date_trunc\\('month', order_ts\\) AS DATE\\), carrier");
    }

    @Test
    void only_the_top_3_after_a_ranking_keeps_the_query_and_limits_it_to_3() {
        Conversation conversation = ask(Conversation.empty("s"), "Revenue by state in 2025");
        String before = conversation.turns().get(0).sql();

        String top = generate("only the top 3", conversation).sql();

        assertThat(top).isEqualTo(before + " LIMIT 3");
    }

    @Test
    void the_scope_states_the_period_and_filters_applied_including_those_a_follow_up_inherits() {
        Conversation conversation = ask(Conversation.empty("s"), "late deliveries for FedEx vs UPS in 2025");

        assertThat(generate("late deliveries for FedEx vs UPS in 2025", Conversation.empty("s")).scope())
                .isEqualTo("Scope: 2025; carrier FedEx or UPS; delivered at known.");
        assertThat(generate("plot it by month", conversation).scope())
                .isEqualTo("Scope: 2025; carrier FedEx or UPS; delivered at known.");
        assertThat(generate("orders by carrier", Conversation.empty("s")).scope()).isEqualTo("Scope: all dates.");
        assertThat(generate("late orders in Q4 2025 excluding DHL", Conversation.empty("s")).scope())
                .isEqualTo("Scope: Q4 2025; late only; carrier not DHL.");
    }

    @Test
    void the_scope_states_the_rows_a_metric_counts_unless_the_question_names_them() {
        assertThat(generate("revenue in 2024 vs 2025", Conversation.empty("s")).scope())
                .isEqualTo("Scope: 2024 vs 2025; status not cancelled.");
        assertThat(generate("return rate for Apparel in 2025", Conversation.empty("s")).scope())
                .isEqualTo("Scope: 2025; category Apparel; status delivered or returned.");
        assertThat(generate("revenue from returned orders in 2025", Conversation.empty("s")).scope())
                .isEqualTo("Scope: 2025; status returned.");
        // figures over different rows keep their own, which one scope sentence cannot say
        assertThat(generate("revenue and late rate by carrier in 2025", Conversation.empty("s")).scope())
                .isEqualTo("Scope: 2025.");
    }

    private static GeneratedSql generate(String question, Conversation conversation) {
        return ORDERS.generator().generate(question, conversation, SqlDialect.DUCKDB);
    }

    private static Conversation ask(Conversation conversation, String question) {
        GeneratedSql sql = generate(question, conversation);
        ORDERS.warehouse().execute(new dev.orderlens.core.domain.table.SqlQuery(sql.sql(), 1000, java.time.Duration.ofSeconds(10)));
        return conversation.plus(new Turn("m", question, "", Route.SQL, sql.sql(), Instant.EPOCH),
                conversation.context().merge(sql.context()), 10);
    }
}
