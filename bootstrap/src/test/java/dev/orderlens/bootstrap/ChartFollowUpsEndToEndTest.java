package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chart and refinement follow-ups on the sample data, through the whole pipeline with the embedded defaults. */
class ChartFollowUpsEndToEndTest {

    private static OrderLens orderLens;

    @BeforeAll
    static void start() {
        orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()),
                StartupListener.SILENT);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    private static SqlAnswer ask(String question, String session) {
        Answer answer = orderLens.assistant().ask(new AskCommand(question, session));
        assertThat(answer).as(question + " → " + answer.text()).isInstanceOf(SqlAnswer.class);
        return (SqlAnswer) answer;
    }

    @Test
    void plot_it_by_month_for_two_carriers_is_twelve_months_of_each_described_per_carrier() {
        String session = SessionId.random().value();
        ask("late deliveries for FedEx vs UPS in 2025", session);

        SqlAnswer byMonth = ask("plot it by month", session);

        assertThat(byMonth.result().columns()).extracting(c -> c.name()).containsExactly("month", "carrier",
                "late_delivery_rate");
        Map<Object, Long> monthsPerCarrier = byMonth.result().rows().stream()
                .collect(Collectors.groupingBy(row -> row.get(1), Collectors.counting()));
        assertThat(monthsPerCarrier).containsOnlyKeys("FedEx", "UPS").containsEntry("FedEx", 12L).containsEntry("UPS", 12L);
        assertThat(byMonth.text()).contains("for 2 carriers, over 12 months (January 2025 to December 2025)")
                .contains("FedEx peaked at", "UPS peaked at").doesNotContain("24 months")
                .endsWith("Scope: 2025; carrier FedEx or UPS; delivered at known.");
    }

    @Test
    void only_the_top_3_after_a_ranking_keeps_three_of_the_same_ranking() {
        String session = SessionId.random().value();
        SqlAnswer all = ask("Revenue by state in 2025", session);

        SqlAnswer top = ask("only the top 3", session);

        assertThat(top.result().rows()).hasSize(3);
        assertThat(top.result().rows()).isEqualTo(all.result().rows().subList(0, 3));
        assertThat(top.text()).contains("the top 3 ship states").doesNotContain("in all");
    }

    @Test
    void show_that_as_a_chart_answers_with_the_last_result_again() {
        String session = SessionId.random().value();
        SqlAnswer ranking = ask("Orders by carrier in 2025", session);

        SqlAnswer again = ask("show that as a chart", session);

        assertThat(again.sql()).isEqualTo(ranking.sql());
        assertThat(again.result().rows()).isEqualTo(ranking.result().rows());
        List<String> columns = again.result().columns().stream().map(c -> c.name()).toList();
        assertThat(columns).containsExactly("carrier", "orders");
    }
}
