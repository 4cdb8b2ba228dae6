package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.fixtures.Browser;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * In headless chromium: a liked SQL answer can be saved as verified under the name the sidebar remembers; asking
 * the question again shows the "verified by" badge; the sidebar lists the saved question and removes it.
 */
class VerifiedAnswersBrowserTest {

    @TempDir
    static Path home;

    @Test
    void a_liked_answer_saved_as_verified_is_marked_when_asked_again_and_can_be_removed() {
        try (Browser browser = Browser.start();
                WebServer server = WebServer.start(new ScriptedOrderLens().build(home),
                        WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            browser.open(server.url());
            browser.find("#verified-panel summary").click();
            browser.find("#verified-name").sendKeys("Ana", Keys.TAB);
            browser.until(d -> "loaded".equals(browser.find("#verified-panel").getDomAttribute("data-state")));
            assertThat(browser.find("#verified-status").getText()).startsWith("None yet");

            browser.ask("Late orders by carrier");
            WebElement first = browser.finishedAnswer(1);
            assertThat(first.findElements(By.cssSelector(".save-verified"))).isEmpty();
            first.findElement(By.cssSelector(".feedback .like")).click();
            browser.until(d -> browser.lastAnswer().getText().contains("Thanks for the feedback"));
            browser.lastAnswer().findElement(By.cssSelector(".save-verified")).click();
            browser.until(d -> browser.lastAnswer().getText().contains("Saved as verified"));
            assertThat(browser.lastAnswer().findElement(By.cssSelector(".badge.verified")).getDomProperty("textContent"))
                    .isEqualTo("verified by Ana");
            List<WebElement> listed = listed(browser, 1);
            assertThat(listed.get(0).getText()).contains("Late orders by carrier", "by Ana");

            browser.ask("late orders by carrier?");
            WebElement again = browser.finishedAnswer(2);
            assertThat(again.findElement(By.cssSelector(".badge.verified")).getDomProperty("textContent"))
                    .isEqualTo("verified by Ana");
            assertThat(again.findElement(By.cssSelector(".answer-text")).getText())
                    .startsWith("Verified answer (saved by Ana on ");
            browser.screenshot("40-verified-answer");

            listed.get(0).findElement(By.cssSelector(".remove-verified")).click();
            browser.until(d -> browser.find("#verified-status").getText().startsWith("None yet"));
            browser.ask("Late orders by carrier");
            assertThat(browser.finishedAnswer(3).findElements(By.cssSelector(".badge.verified"))).isEmpty();
            assertThat(browser.script("return localStorage.getItem('orderlens.verifiedBy');")).isEqualTo("Ana");
        }
    }

    /** The saved questions in the sidebar, once it lists exactly {@code count} of them. */
    private static List<WebElement> listed(Browser browser, int count) {
        return browser.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#verified-list .verified-item"));
            return items.size() == count ? items : null;
        });
    }
}
