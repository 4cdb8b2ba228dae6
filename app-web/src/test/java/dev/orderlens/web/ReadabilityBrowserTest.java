package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.fixtures.Browser;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chat page in both colour schemes, in headless chromium on a scripted server: the system's
 * {@code prefers-color-scheme} alone switches the palette, the toggle overrides it and is remembered, and every
 * text, icon, field outline and chart shown meets WCAG AA contrast in both (the audit computes the ratio of each
 * element's computed colour to the background it is painted on). Passages keep their headings at body size and
 * the SQL is shown laid out while Copy takes the query that ran.
 */
@TestMethodOrder(OrderAnnotation.class)
class ReadabilityBrowserTest {

    private static final List<String> SCHEMES = List.of("light", "dark");
    private static final String MONTHLY_SQL = "SELECT date_trunc('month', order_ts) AS month, sum(order_total) AS"
            + " revenue FROM orders GROUP BY 1 ORDER BY 1 LIMIT 10000";

    @TempDir
    static Path home;
    private static Browser browser;
    private static WebServer server;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = WebServer.start(new ScriptedOrderLens().backendDown().build(home),
                WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO));
        browser.open(server.url());
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

    @Test
    @Order(1)
    void the_system_colour_scheme_alone_picks_the_palette_and_both_meet_contrast_on_the_first_visit() {
        browser.find(".welcome .example");
        for (String scheme : SCHEMES) {
            browser.colourScheme(scheme);

            assertThat(browser.script("return document.documentElement.dataset.theme ?? null")).isNull();
            assertThat(pageIsDark()).as("page background in the %s scheme", scheme).isEqualTo(scheme.equals("dark"));
            assertContrast(scheme + " first visit");
            browser.screenshot("readability-welcome-" + scheme);
        }
    }

    @Test
    @Order(2)
    void an_answered_chat_and_its_source_dialog_meet_contrast_in_both_schemes() {
        browser.colourScheme("light");
        browser.ask("List the orders");
        browser.settledAnswer(1);
        browser.find("#new-chat").click();
        browser.ask("Revenue by month");
        browser.settledAnswer(1);
        browser.ask("Late orders by carrier");
        browser.settledAnswer(2);
        browser.ask("List the orders");
        browser.settledAnswer(3);
        browser.ask("Show the broken report");
        browser.settledAnswer(4);
        browser.ask("Why are customers returning the Nimbus earbuds?");
        WebElement rag = browser.settledAnswer(5);
        rag.findElement(By.cssSelector(".feedback .like")).click();
        browser.until(d -> browser.lastAnswer().getText().contains("Thanks for the feedback"));
        browser.find(".chat-item.active .pin").click();
        WebElement monthly = browser.driver().findElements(By.cssSelector("article.answer")).get(0);
        monthly.findElement(By.cssSelector(".sql-block summary")).click();
        monthly.findElement(By.cssSelector(".route-details summary")).click();
        browser.until(d -> Long.valueOf(2).equals(browser.script("return Object.keys(window.Chart.instances).length")));
        assertThat(browser.driver().findElements(By.cssSelector(".chat-item:not(.active) .chat-actions .icon")))
                .as("the other chat's pin, rename and delete icons").hasSize(3);

        for (String scheme : SCHEMES) {
            browser.colourScheme(scheme);
            browser.script("document.querySelector('#messages').scrollTop = 0");
            assertContrast(scheme + " answered chat");
            browser.screenshot("readability-chat-" + scheme);

            browser.find("article.answer:last-of-type .source").click();
            browser.find("#source-dialog");
            assertContrast(scheme + " source dialog");
            browser.screenshot("readability-source-" + scheme);
            browser.find("#source-dialog button").click();
        }
    }

    @Test
    @Order(3)
    void the_toggle_overrides_the_system_scheme_and_is_remembered_until_set_back() {
        browser.colourScheme("dark");
        WebElement toggle = browser.find("#theme");
        assertThat(toggle.getDomAttribute("aria-label")).contains("as the system");

        toggle.click();
        assertThat(browser.script("return document.documentElement.dataset.theme")).isEqualTo("light");
        assertThat(pageIsDark()).isFalse();
        assertContrast("light chosen while the system is dark");

        browser.find("#theme").click();
        browser.colourScheme("light");
        browser.driver().navigate().refresh();
        browser.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.script("return localStorage.getItem('orderlens.theme')")).isEqualTo("dark");
        assertThat(pageIsDark()).as("dark chosen, after a reload, while the system is light").isTrue();
        assertContrast("dark chosen while the system is light");

        browser.find("#theme").click();
        assertThat(browser.script("return localStorage.getItem('orderlens.theme')")).isNull();
        assertThat(pageIsDark()).isFalse();
        assertThat(browser.find("#theme").getDomAttribute("aria-label")).contains("as the system");
    }

    @Test
    @Order(4)
    void a_passages_headings_are_shown_at_body_size_below_the_dialog_title() {
        browser.find("article.answer:last-of-type .source").click();
        WebElement text = browser.find("#source-text");

        assertThat(text.findElements(By.cssSelector("h1, h2"))).isEmpty();
        WebElement heading = text.findElement(By.tagName("h3"));
        assertThat(heading.getText()).isEqualTo("Recall notice");
        assertThat(heading.getCssValue("font-size")).isEqualTo(text.findElement(By.tagName("p")).getCssValue("font-size"));
        browser.find("#source-dialog button").click();
    }

    @Test
    @Order(5)
    void the_sql_is_shown_laid_out_and_copy_takes_the_query_as_it_ran() {
        WebElement monthly = browser.driver().findElements(By.cssSelector("article.answer")).get(0);
        monthly.findElement(By.cssSelector(".sql-block summary")).click();
        WebElement code = monthly.findElement(By.cssSelector(".sql-block code"));

        assertThat(code.getText()).isEqualTo(String.join("\n", "SELECT",
                "  date_trunc('month', order_ts) AS month,", "  sum(order_total) AS revenue", "FROM orders",
                "GROUP BY 1", "ORDER BY 1", "LIMIT 10000"));
        browser.script("Object.defineProperty(navigator, 'clipboard', {value: {writeText: (text) => {"
                + " window.__copied = text; return Promise.resolve(); }}});");
        monthly.findElement(By.cssSelector(".sql-block .copy")).click();
        Object copied = browser.until(d -> browser.script("return window.__copied ?? null"));
        assertThat(copied).isEqualTo(MONTHLY_SQL);
    }

    @Test
    @Order(6)
    void the_server_down_banner_meets_contrast_in_both_schemes() {
        server.close();
        server = null;
        browser.script("window.dispatchEvent(new Event('online'))");
        browser.until(d -> d.findElement(By.id("banner")).getText().contains("Cannot reach the OrderLens server"));
        for (String scheme : SCHEMES) {
            browser.colourScheme(scheme);
            assertContrast(scheme + " server down");
        }
    }

    private static boolean pageIsDark() {
        return (Boolean) browser.script("const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor"
                + ".match(/\\d+/g).map(Number); return r + g + b < 3 * 64;");
    }

    /** The audit again until it passes or a second has gone by (charts repaint a frame after a scheme change). */
    private static void assertContrast(String where) {
        List<String> failures = browser.contrastFailures();
        for (int i = 0; i < 10 && !failures.isEmpty(); i++) {
            browser.script("return new Promise(done => setTimeout(done, 100))");
            failures = browser.contrastFailures();
        }
        assertThat(failures).as("WCAG AA contrast failures, " + where).isEmpty();
    }

}
