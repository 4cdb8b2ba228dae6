package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.web.fixtures.Browser;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * "Preparing your data": the page opened while OrderLens starts shows the start-up progress, then the chat by
 * itself once it is ready, or the error line when a step failed; once with a scripted start-up whose steps the
 * test takes, once with a real (small) first start on an empty home.
 */
class StartupPageBrowserTest {

    private static final WebSettings SETTINGS = WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO);

    @TempDir
    static Path home;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String startupText() {
        return browser.find("#startup").getText();
    }

    @Test
    void the_page_shows_each_step_as_it_comes_then_opens_the_chat_by_itself() {
        Startup startup = new Startup();
        try (WebServer server = WebServer.start(startup, SETTINGS)) {
            startup.info("warehouse: DuckDB (embedded, read-only)");
            browser.driver().get(server.url());
            assertThat(browser.find("#startup h1").getText()).isEqualTo("Preparing your data");

            startup.progress("Generating orders", 15_000, 60_000);
            browser.until(d -> startupText().contains("15,000 / 60,000 (25%)") ? true : null);
            assertThat(startupText()).contains("Generating orders", "warehouse: DuckDB (embedded, read-only)");
            startup.progress("Generating orders", 60_000, 60_000);
            startup.progress("Indexing orders (60000 documents)", 30_000, 60_000);
            browser.until(d -> startupText().contains("30,000 / 60,000 (50%)") ? true : null);
            assertThat(browser.driver().findElements(By.cssSelector("#startup progress"))).hasSize(2);
            assertThat(browser.find("#startup progress").getDomProperty("value")).isEqualTo("100");
            browser.screenshot("startup-01-preparing-your-data");
            assertThat(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-ready")).isNull();

            startup.ready(new ScriptedOrderLens().build(home));

            browser.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(browser.driver().findElement(By.id("startup")).isDisplayed()).isFalse();
            assertThat(browser.find(".welcome .example").getText()).isEqualTo(ScriptedOrderLens.EXAMPLES.get(0));
        }
    }

    @Test
    void a_step_that_fails_shows_its_error_instead_of_spinning() {
        Startup startup = new Startup();
        try (WebServer server = WebServer.start(startup, SETTINGS)) {
            startup.progress("Indexing orders (60000 documents)", 100, 60_000);
            browser.driver().get(server.url());
            browser.find("#startup-tasks li");

            startup.failed(new IllegalStateException("cannot write the index: No space left on device"));

            assertThat(browser.find("#startup-error").getText())
                    .isEqualTo("OrderLens could not start: cannot write the index: No space left on device");
            assertThat(browser.driver().findElement(By.id("startup-spinner")).isDisplayed()).isFalse();
            browser.screenshot("startup-02-failed");
        }
    }

    @Test
    void a_real_first_start_shows_its_progress_then_the_chat() throws Exception {
        Startup startup = new Startup();
        Path fresh = home.resolve("first-start");
        try (WebServer server = WebServer.start(startup, SETTINGS)) {
            CompletableFuture<OrderLens> started = CompletableFuture.supplyAsync(() -> OrderLensWiring.start(
                    Map.of("ORDERLENS_HOME", fresh.toString(), "ORDERLENS_SAMPLE_ORDERS", "2000"), startup));
            started.thenAccept(startup::ready).exceptionally(e -> {
                startup.failed(e.getCause() == null ? e : e.getCause());
                return null;
            });
            browser.driver().get(server.url());
            assertThat(browser.find("#startup h1").getText()).isEqualTo("Preparing your data");

            Set<String> seen = new LinkedHashSet<>();
            try {
                browser.until(Duration.ofMinutes(3), d -> {
                    seen.add(d.findElement(By.id("startup")).getText());
                    return "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")) ? true : null;
                });
            } catch (TimeoutException e) {
                throw new AssertionError("the chat did not open; start-up: " + startup.json() + "; the page showed: "
                        + seen, e);
            }

            assertThat(String.join("\n", seen)).contains("Indexing");
            assertThat(browser.find(".welcome .example").getText()).isNotBlank();
            started.get().close();
        }
    }
}
