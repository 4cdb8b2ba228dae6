package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.testsupport.SharedTestHome;
import dev.orderlens.web.fixtures.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Writes the screenshots shown in docs/web.md — light, dark and phone — of a chat answered on the embedded
 * defaults, of the start-up page during a real first start and of a long list charted, into docs/images (or {@code -Dorderlens.docsImages=DIR}). Its name does not end in Test, so the
 * normal build leaves it out; run it by name:
 * {@code ./mvnw -B -ntp -o test -pl app-web -am -Dtest=DocsScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DocsScreenshots {

    private static final Path IMAGES = Path.of(System.getProperty("orderlens.docsImages", "../docs/images"));

    @Test
    void writes_the_light_dark_and_phone_screenshots_of_an_answered_chat() throws Exception {
        Files.createDirectories(IMAGES);
        try (Browser browser = Browser.start();
                OrderLens orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()),
                        StartupListener.SILENT);
                WebServer server = WebServer.start(orderLens,
                        WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            browser.colourScheme("light");
            browser.open(server.url());
            ask(browser, "Which carrier was late most often in September 2025?", 1);
            browser.find("#new-chat").click();
            ask(browser, "Revenue by month in 2025", 1);
            ask(browser, "Why did customers return the Nimbus X2 earbuds?", 2);
            WebElement revenue = browser.driver().findElements(By.cssSelector("article.answer")).get(0);
            revenue.findElement(By.cssSelector(".sql-block summary")).click();
            browser.until(d -> Boolean.TRUE.equals(browser.script("return Object.values(window.Chart.instances)"
                    + ".some(c => c.data.labels.length === 12)")));

            scrollTo(browser, "article.answer");
            browser.screenshot(IMAGES.resolve("web-light.png"));
            browser.colourScheme("dark");
            scrollTo(browser, "article.answer .sql-block");
            browser.screenshot(IMAGES.resolve("web-dark.png"));
            browser.colourScheme("light");
            browser.phoneViewport(390, 844);
            WebElement sidebar = browser.driver().findElement(By.id("sidebar"));
            browser.until(d -> sidebar.getRect().getX() + sidebar.getRect().getWidth() <= 0);
            scrollTo(browser, "article.answer:last-of-type");
            browser.screenshot(IMAGES.resolve("web-phone.png"));
        }
        assertThat(List.of("web-light.png", "web-dark.png", "web-phone.png"))
                .allMatch(name -> Files.isRegularFile(IMAGES.resolve(name)));
    }

    @Test
    void writes_the_screenshots_of_a_first_start_and_of_the_charts() throws Exception {
        Files.createDirectories(IMAGES);
        Path fresh = Files.createTempDirectory("orderlens-first-start");
        Startup startup = new Startup();
        try (Browser browser = Browser.start();
                WebServer server = WebServer.start(startup,
                        WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            CompletableFuture<OrderLens> started = CompletableFuture.supplyAsync(() -> OrderLensWiring.start(
                    Map.of("ORDERLENS_HOME", fresh.toString(), "ORDERLENS_SAMPLE_ORDERS", "20000"), startup));
            browser.colourScheme("light");
            browser.driver().get(server.url());
            browser.until(Duration.ofMinutes(5), d -> d.findElement(By.id("startup")).getText()
                    .matches("(?s).*Indexing orders.*\\((?:[2-8]\\d)%\\).*") ? true : null);
            browser.screenshot(IMAGES.resolve("web-startup.png"));
            started.get().close();
        }
        try (Browser browser = Browser.start();
                OrderLens orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()),
                        StartupListener.SILENT);
                WebServer server = WebServer.start(orderLens,
                        WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            browser.colourScheme("light");
            browser.open(server.url());
            ask(browser, "Orders by ship state", 1);
            scrollTo(browser, "article.answer .chart");
            browser.screenshot(IMAGES.resolve("web-chart-states.png"));
        }
    }

    private static void ask(Browser browser, String question, int answers) {
        WebElement box = browser.find("#question");
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        browser.until(d -> {
            List<WebElement> cards = d.findElements(By.cssSelector("article.answer"));
            return cards.size() == answers && !cards.get(answers - 1).findElements(By.cssSelector(".answer-foot"))
                    .isEmpty();
        });
    }

    /** Scrolls the conversation (not the page) so that the element starts near its top. */
    private static void scrollTo(Browser browser, String css) {
        browser.script("const box = document.querySelector('#messages'); const target = box.querySelector(arguments[0]);"
                + " box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - 12;", css);
    }
}
