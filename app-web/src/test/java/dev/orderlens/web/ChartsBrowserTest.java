package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.fixtures.Browser;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Charts as drawn in headless chromium from the server's choice, on a scripted server: a long list of states as
 * horizontal bars (the top ones and Others for counts, the top ones only for rates), months per carrier as one line
 * per carrier, shares on a percent axis, and a listing that is a chart only when asked for.
 */
class ChartsBrowserTest {

    /** Reads the drawn Chart.js chart of a card: its type, axes, labels and series. */
    private static final String CHART = "const c = arguments[0].querySelector('.chart canvas');"
            + " const chart = c && window.Chart.getChart(c); if (!chart) { return null; }"
            + " const value = chart.options.indexAxis === 'y' ? 'x' : 'y';"
            + " const category = value === 'x' ? 'y' : 'x';"
            + " return { type: chart.config.type, indexAxis: chart.options.indexAxis || 'x',"
            + " valueTitle: chart.options.scales[value].title.text,"
            + " categoryTitle: chart.options.scales[category].title.text,"
            + " labels: chart.data.labels, series: chart.data.datasets.map(d => d.label),"
            + " legend: chart.options.plugins.legend.display,"
            + " tick: chart.options.scales[value].ticks.callback(25),"
            + " colour: (() => { const bar = chart.getDatasetMeta(0).data[0];"
            + " const x = Math.round((bar.x + (bar.base ?? bar.x)) / 2 * devicePixelRatio);"
            + " const y = Math.round(bar.y * devicePixelRatio);"
            + " const [r, g, b] = c.getContext('2d').getImageData(x, y, 1, 1).data;"
            + " return `rgb(${r}, ${g}, ${b})`; })() };";

    @TempDir
    static Path home;
    private static Browser browser;
    private static WebServer server;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = WebServer.start(new ScriptedOrderLens().build(home),
                WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newChat() {
        browser.open(server.url());
        browser.find("#new-chat").click();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chartOf(String question) {
        browser.ask(question);
        WebElement card = browser.finishedAnswer();
        return browser.until(d -> (Map<String, Object>) browser.script(CHART, card));
    }

    @Test
    void forty_one_states_counted_are_horizontal_bars_of_the_top_fifteen_and_the_others_summed() {
        Map<String, Object> chart = chartOf("Orders by state");

        assertThat(chart).containsEntry("type", "bar").containsEntry("indexAxis", "y")
                .containsEntry("categoryTitle", "customer state").containsEntry("valueTitle", "orders");
        List<Object> labels = (List<Object>) chart.get("labels");
        assertThat(labels).hasSize(16).startsWith("State 41", "State 40").endsWith("Others (26 more)");
        assertThat(chart.get("colour")).as("drawn in the palette's first series colour").isEqualTo("rgb(79, 70, 229)");
        assertThat(browser.lastAnswer().findElement(By.cssSelector(".chart-note")).getText())
                .isEqualTo("The top 15 by orders; the other 26 are summed as Others.");
        browser.screenshot("charts-01-states-top-and-others");

        browser.colourScheme("dark");
        WebElement card = browser.lastAnswer();
        // a change of scheme repaints the bars in the dark palette's first series colour
        browser.until(d -> "rgb(129, 140, 248)".equals(((Map<?, ?>) browser.script(CHART, card)).get("colour")) ? true
                : null);
        browser.colourScheme("light");
    }

    @Test
    void forty_one_states_rates_are_the_top_fifteen_of_41_on_a_percent_axis() {
        Map<String, Object> chart = chartOf("Late delivery rate by state");

        assertThat(chart).containsEntry("indexAxis", "y").containsEntry("valueTitle", "late delivery rate (%)")
                .containsEntry("tick", "25%");
        assertThat((List<Object>) chart.get("labels")).hasSize(15).doesNotContain("Others");
        assertThat(browser.lastAnswer().findElement(By.cssSelector(".chart-note")).getText())
                .isEqualTo("Top 15 of 41 customer state values by late delivery rate.");
    }

    @Test
    void months_per_carrier_are_one_line_per_carrier_with_a_legend() {
        Map<String, Object> chart = chartOf("Orders by month per carrier");

        assertThat(chart).containsEntry("type", "line").containsEntry("legend", true)
                .containsEntry("categoryTitle", "month").containsEntry("valueTitle", "orders");
        assertThat((List<Object>) chart.get("series")).containsExactly("FedEx", "USPS", "UPS", "DHL");
        assertThat((List<Object>) chart.get("labels")).hasSize(12).startsWith("2025-01");
        browser.screenshot("charts-02-months-per-carrier");
    }

    @Test
    void a_share_is_shown_in_percent_in_the_table_and_on_the_axis() {
        Map<String, Object> chart = chartOf("Share of revenue by carrier");

        assertThat(chart).containsEntry("valueTitle", "Share of revenue (%)").containsEntry("tick", "25%");
        assertThat(browser.lastAnswer().findElement(By.cssSelector(".result-table tbody td:nth-child(2)")).getText())
                .isEqualTo("48.5%");
    }

    @Test
    void a_listing_is_drawn_as_a_chart_when_asked_with_the_chart_button() {
        browser.ask("List the orders");
        WebElement card = browser.finishedAnswer();
        assertThat(card.findElements(By.cssSelector(".chart"))).isEmpty();

        card.findElement(By.cssSelector(".show-chart")).click();

        WebElement drawn = browser.finishedAnswer();
        assertThat(drawn.findElements(By.cssSelector(".show-chart"))).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = browser.until(d -> (Map<String, Object>) browser.script(CHART, drawn));
        assertThat(chart).containsEntry("type", "bar").containsEntry("categoryTitle", "order id");
    }

    @Test
    void asking_to_see_the_answer_above_as_a_chart_draws_it_without_a_new_question() {
        browser.ask("List the orders");
        WebElement card = browser.finishedAnswer();
        assertThat(card.findElements(By.cssSelector(".chart"))).isEmpty();

        browser.ask("Show that as a chart, please");

        browser.until(d -> d.findElements(By.cssSelector("article.answer .chart canvas")).size() == 1 ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("article.answer"))).hasSize(1);
        assertThat(browser.find("#question").getDomProperty("value")).isEmpty();
    }
}
