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
import org.openqa.selenium.WebElement;

/**
 * In headless chromium: answers rated in the chat show up in the feedback view from the sidebar, newest first,
 * with the question, the answer as sanitised markdown and the comment; the rating filter and the CSV link follow
 * the choice, and opening a chat goes back to the conversation.
 */
class FeedbackViewBrowserTest {

    @TempDir
    static Path home;

    @Test
    void rated_answers_are_listed_in_the_feedback_view_and_filtered_by_rating() {
        try (Browser browser = Browser.start();
                WebServer server = WebServer.start(new ScriptedOrderLens().build(home),
                        WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            browser.open(server.url());
            browser.ask("Late orders by carrier");
            rate(browser, browser.finishedAnswer(1), "like");
            browser.ask("Show me the script sample");
            rate(browser, browser.finishedAnswer(2), "like");
            browser.ask("Why are customers returning the Nimbus earbuds?");
            rate(browser, browser.finishedAnswer(3), "dislike");
            browser.find("article.answer:last-of-type .comment textarea").sendKeys("Misses the recall date");
            browser.find("article.answer:last-of-type .send-comment").click();
            browser.until(d -> browser.lastAnswer().getText().contains("comment saved"));

            browser.find("#open-feedback").click();

            List<WebElement> items = items(browser, 3);
            assertThat(displayed(browser, "#messages")).isFalse();
            assertThat(displayed(browser, "#composer")).isFalse();
            WebElement newest = items.get(0);
            assertThat(newest.getDomAttribute("data-rating")).isEqualTo("dislike");
            assertThat(newest.findElement(By.cssSelector(".rated-question")).getText())
                    .isEqualTo("Why are customers returning the Nimbus earbuds?");
            assertThat(newest.findElement(By.cssSelector(".rated-answer strong")).getText())
                    .isEqualTo("defective battery");
            assertThat(newest.findElement(By.cssSelector(".rated-comment")).getText())
                    .isEqualTo("Misses the recall date");
            assertThat(newest.findElement(By.cssSelector(".rated-meta")).getDomProperty("textContent")).contains("Disliked", "Documents");
            assertThat(items.get(2).findElement(By.cssSelector(".rated-meta")).getDomProperty("textContent")).contains("Liked", "SQL");
            assertThat(browser.driver().findElements(By.cssSelector("#feedback-view :is(script, img, [onerror])")))
                    .isEmpty();
            assertThat(browser.script("return window.__xss === undefined;")).isEqualTo(true);
            browser.screenshot("30-feedback-view");

            browser.find(".rating-filter [data-rating='dislike']").click();
            assertThat(items(browser, 1).get(0).getDomAttribute("data-rating")).isEqualTo("dislike");
            browser.find(".rating-filter [data-rating='like']").click();
            assertThat(items(browser, 2)).allSatisfy(item -> assertThat(item.getDomAttribute("data-rating"))
                    .isEqualTo("like"));
            String csvUrl = browser.find("#feedback-view a.csv").getDomProperty("href");
            assertThat(csvUrl).endsWith("/api/feedback.csv?rating=like");
            String csv = (String) browser.script("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false);"
                    + " r.send(); return r.responseText;", csvUrl);
            assertThat(csv.split("\r?\n")).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain(",dislike,"));
            browser.screenshot("31-feedback-view-likes");
            browser.find(".rating-filter [data-rating='all']").click();
            items(browser, 3);

            browser.find(".chat-item .chat-open").click();

            browser.until(d -> browser.find("#messages").isDisplayed());
            assertThat(displayed(browser, "#feedback-view")).isFalse();
        }
    }

    private static boolean displayed(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).isDisplayed();
    }

    private static void rate(Browser browser, WebElement card, String rating) {
        card.findElement(By.cssSelector(".feedback ." + rating)).click();
        browser.until(d -> browser.lastAnswer().getText().contains("Thanks for the feedback"));
    }

    /** The listed rated answers, once the view shows exactly {@code count} of them. */
    private static List<WebElement> items(Browser browser, int count) {
        return browser.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#feedback-view .rated-item"));
            return "loaded".equals(browser.find("#feedback-view").getDomAttribute("data-state"))
                    && items.size() == count ? items : null;
        });
    }
}
