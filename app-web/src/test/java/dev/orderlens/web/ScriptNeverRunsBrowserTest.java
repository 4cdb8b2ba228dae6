package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ScriptedOrderLens.PWNED_FOLLOW_UP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.fixtures.Browser;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A model whose every text carries script (streamed answer tokens, the SQL summary, a cited source's title and
 * snippet, a follow-up suggestion, the chat title): {@code <script>}, {@code <img onerror>}, {@code <svg onload>},
 * {@code javascript:} links and markdown that tries to make them. In headless chromium none of it runs, none of
 * it becomes an element that could run, and what is shown as plain text is shown as the text it is.
 */
class ScriptNeverRunsBrowserTest {

    private static final String DANGEROUS = "script, iframe, object, embed, [onerror], [onload], [onclick],"
            + " a[href^='javascript:' i], img[src^='javascript:' i], iframe[src^='javascript:' i]";

    @TempDir
    static Path home;

    @Test
    void script_in_any_text_the_model_writes_never_runs_and_is_shown_inertly() {
        try (Browser browser = Browser.start();
                WebServer server = WebServer.start(new ScriptedOrderLens().pwnedText().build(home),
                        WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            browser.open(server.url());

            browser.ask("Revenue by month in 2025");
            WebElement sqlCard = browser.finishedAnswer(1);
            browser.ask("Show me the script sample");
            WebElement ragCard = browser.finishedAnswer(2);
            ragCard.findElement(By.cssSelector(".source")).click();
            WebElement dialog = browser.find("#source-dialog");
            browser.screenshot("15-script-in-every-text-is-inert");
            dialog.findElement(By.cssSelector("button")).click();
            sqlCard.findElements(By.cssSelector(".chips .chip")).get(0).click();
            browser.finishedAnswer(3);

            assertThat(browser.script("return window.__pwned === undefined;")).isEqualTo(true);
            assertThat(browser.driver().getTitle()).as("the page title shows the chat title as text")
                    .isEqualTo(ScriptedOrderLens.PWNED_TITLE + " – OrderLens");
            for (String area : List.of("#messages", "#sidebar", "#source-dialog")) {
                assertThat(browser.driver().findElements(By.cssSelector(area + " :is(" + DANGEROUS + ")")))
                        .as("elements that could run script in " + area).isEmpty();
            }
            assertThat(sqlCard.findElement(By.cssSelector(".answer-text")).getText()).contains("Summary", "rows");
            assertThat(ragCard.findElement(By.cssSelector(".answer-text")).getText()).contains("Summary");
            assertThat(sqlCard.findElement(By.cssSelector(".chips .chip")).getText()).isEqualTo(PWNED_FOLLOW_UP);
            assertThat(browser.find(".chat-item .chat-open").getText()).contains("window.__pwned");
            assertThat(ragCard.findElement(By.cssSelector(".source-name")).getText()).contains("window.__pwned");
            assertThat(browser.script("return window.__pwned === undefined;")).isEqualTo(true);
        }
    }

}
