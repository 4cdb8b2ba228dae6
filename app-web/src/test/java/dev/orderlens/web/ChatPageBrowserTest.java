package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.testsupport.SharedTestHome;
import dev.orderlens.web.fixtures.Browser;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The chat page in headless chromium on the embedded defaults (the generated sample, DuckDB, Lucene, local
 * answering), one browser and one server for the class; the steps build on each other (a chat asked in one is
 * renamed, searched and found again after a reload in later ones). HTML that must not run and servers that are
 * down are shown with scripted servers of their own. Each step saves a screenshot under target/screenshots.
 */
@TestMethodOrder(OrderAnnotation.class)
class ChatPageBrowserTest {

    private static Browser browser;
    private static OrderLens orderLens;
    private static WebServer server;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()),
                StartupListener.SILENT);
        server = WebServer.start(orderLens, WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (orderLens != null) {
            orderLens.close();
        }
    }


    @Test
    @Order(1)
    void a_first_visit_shows_example_questions_over_the_loaded_data() {
        browser.open(server.url());

        List<String> examples = browser.driver().findElements(By.cssSelector(".welcome .example")).stream()
                .map(WebElement::getText).toList();
        assertThat(examples).containsExactlyElementsOf(orderLens.exampleQuestions());
        browser.screenshot("01-first-visit");
    }

    @Test
    @Order(2)
    void a_sql_question_shows_the_summary_table_chart_and_sql() {
        browser.until(d -> d.findElements(By.cssSelector(".welcome .example")).stream()
                .filter(e -> e.getText().equals("Revenue by month in 2025")).findFirst().orElse(null)).click();

        WebElement card = browser.finishedAnswer();
        assertThat(card.getDomAttribute("data-mode")).isEqualTo("sql");
        assertThat(card.findElements(By.cssSelector(".result-table tbody tr"))).hasSize(12);
        assertThat(card.findElement(By.cssSelector(".answer-text")).getText()).isNotBlank();
        assertThat(card.findElement(By.cssSelector(".chart")).getDomAttribute("data-kind")).isEqualTo("line");
        browser.until(d -> (Boolean) browser.script("const c = arguments[0].querySelector('.chart canvas');"
                + " return !!(c && window.Chart.getChart(c) && window.Chart.getChart(c).data.labels.length > 1);", card));
        assertThat(card.findElement(By.cssSelector(".chips")).getText()).isNotBlank();
        card.findElement(By.cssSelector(".sql-block summary")).click();
        assertThat(card.findElement(By.cssSelector(".sql-block code")).getText()).startsWith("SELECT")
                .contains("\nFROM ", "\nLIMIT ");
        card.findElement(By.cssSelector(".route-details summary")).click();
        assertThat(card.findElement(By.cssSelector(".facts")).getText()).contains("Route", "Confidence", "Total");
        browser.script("arguments[0].scrollIntoView(true);", card);
        browser.screenshot("02-sql-answer-table-chart");
    }

    @Test
    @Order(3)
    void paging_goes_through_the_whole_result_and_the_csv_link_downloads_it() {
        browser.ask("Orders by day in 2025");

        WebElement card = browser.finishedAnswer();
        assertThat(card.findElement(By.cssSelector(".page-number")).getText()).isEqualTo("Page 1 of 8");
        assertThat(card.findElement(By.cssSelector(".result-table tbody td")).getText()).isEqualTo("2025-01-01");
        card.findElement(By.cssSelector(".pager .next")).click();
        browser.until(d -> browser.lastAnswer().findElement(By.cssSelector(".page-number")).getText().equals("Page 2 of 8"));
        assertThat(browser.lastAnswer().findElement(By.cssSelector(".result-table tbody td")).getText()).isEqualTo("2025-02-20");
        browser.lastAnswer().findElement(By.cssSelector(".pager .next")).click();
        browser.until(d -> browser.lastAnswer().findElement(By.cssSelector(".page-number")).getText().equals("Page 3 of 8"));
        WebElement last = browser.lastAnswer();
        assertThat(last.findElements(By.cssSelector(".result-table tbody tr"))).hasSize(50);
        assertThat(last.findElement(By.cssSelector(".page-info")).getText()).isEqualTo("Rows 101–150 of 365");
        assertThat(last.findElement(By.cssSelector(".pager .prev")).isEnabled()).isTrue();
        String csv = last.findElement(By.cssSelector("a.csv")).getDomProperty("href");
        String body = (String) browser.script("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false);"
                + " r.send(); return r.responseText;", csv);
        assertThat(body.split("\r?\n")).as(body).hasSize(366);
        browser.screenshot("03-sql-paging");
    }

    @Test
    @Order(4)
    void a_rag_answer_streams_in_and_its_sources_open_the_passage() {
        browser.script("window.__stream = {streaming: false, updates: 0};"
                + " new MutationObserver(records => records.forEach(r => {"
                + "   const card = r.target.closest && r.target.closest('article.answer');"
                + "   if (card && card.classList.contains('streaming')) {"
                + "     window.__stream.streaming = true; window.__stream.updates++; }"
                + " })).observe(document.querySelector('#messages'),"
                + " {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});");
        browser.ask("Why did customers return the Nimbus X2 earbuds?");

        WebElement card = browser.finishedAnswer();
        assertThat(card.getDomAttribute("data-mode")).isEqualTo("rag");
        assertThat(browser.script("return window.__stream.streaming;")).isEqualTo(true);
        assertThat(card.findElement(By.cssSelector(".answer-text")).getText()).containsIgnoringCase("nimbus");
        List<WebElement> sources = card.findElements(By.cssSelector(".source-list .source"));
        assertThat(sources).isNotEmpty();
        String title = sources.get(0).findElement(By.cssSelector(".source-name")).getText();
        sources.get(0).click();
        WebElement dialog = browser.find("#source-dialog");
        assertThat(dialog.findElement(By.id("source-title")).getText()).isEqualTo("[1] " + title);
        assertThat(dialog.findElement(By.id("source-text")).getText()).isNotBlank();
        browser.screenshot("05-rag-source-open");
        dialog.findElement(By.cssSelector("button")).click();
    }

    @Test
    @Order(5)
    void a_like_with_a_comment_is_recorded_and_sticks() {
        WebElement card = browser.lastAnswer();
        String messageId = card.getDomAttribute("data-message-id");
        card.findElement(By.cssSelector(".feedback .like")).click();
        // The card is drawn again once the rating is saved; the box to type in is the one drawn then.
        browser.until(d -> browser.lastAnswer().getText().contains("Thanks for the feedback"));
        WebElement comment = browser.find("article.answer:last-of-type .comment textarea");
        comment.sendKeys("Clear and cited");
        browser.find("article.answer:last-of-type .send-comment").click();

        browser.until(d -> browser.lastAnswer().getText().contains("comment saved"));
        assertThat(browser.lastAnswer().findElement(By.cssSelector(".feedback .like")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.lastAnswer().getDomAttribute("data-message-id")).isEqualTo(messageId);
        assertThat(browser.lastAnswer().findElement(By.cssSelector(".feedback-comment")).getText()).contains("Clear and cited");
        browser.screenshot("06-feedback-liked-with-comment");
    }

    @Test
    @Order(6)
    void chats_are_titled_renamed_pinned_searched_and_deleted_in_the_sidebar() {
        String firstTitle = browser.find(".chat-item.active .chat-open").getText();
        assertThat(firstTitle).isNotBlank().isNotEqualTo("New chat");
        browser.find("#new-chat").click();
        browser.ask("Which carrier was late most often in September 2025?");
        browser.finishedAnswer();
        browser.ask("Late delivery rate by carrier in 2025");
        WebElement rates = browser.finishedAnswer();
        assertThat(rates.findElements(By.cssSelector(".result-table th")).stream().map(WebElement::getText))
                .as("headed by the semantic model's labels").containsExactly("carrier", "late delivery rate");
        assertThat(rates.findElement(By.cssSelector(".result-table tbody td:nth-child(2)")).getText())
                .matches("\\d{1,2}\\.\\d%");
        browser.until(d -> "late delivery rate (%)".equals(browser.script("const c = arguments[0].querySelector("
                + "'.chart canvas'); const chart = c && window.Chart.getChart(c);"
                + " return chart && chart.options.scales.y.title.text;", rates)));
        String secondTitle = browser.until(d -> {
            String title = d.findElement(By.cssSelector(".chat-item.active .chat-open")).getText();
            return d.findElements(By.cssSelector(".chat-item")).size() == 2 && !title.equals("New chat") ? title : null;
        });

        WebElement older = browser.find(".chat-item:not(.active)");
        older.findElement(By.cssSelector(".rename")).click();
        WebElement input = browser.find(".rename-input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Monthly revenue review", Keys.ENTER);
        browser.until(d -> d.findElement(By.cssSelector(".chat-item:not(.active) .chat-open")).getText()
                .equals("Monthly revenue review"));
        browser.find(".chat-item:not(.active) .pin").click();
        browser.until(d -> d.findElements(By.cssSelector(".chat-item")).get(0).getText().contains("Monthly revenue review")
                && d.findElements(By.cssSelector(".chat-item.pinned")).size() == 1);
        browser.screenshot("07-sidebar-renamed-pinned");

        browser.find("#chat-search").sendKeys("late most often");
        browser.until(d -> d.findElements(By.cssSelector(".chat-item")).size() == 1);
        assertThat(browser.find(".chat-item .chat-open").getText()).isEqualTo(secondTitle);
        browser.screenshot("08-sidebar-search");
        browser.find(".chat-item .delete").click();
        browser.find("#confirm-ok").click();
        browser.until(d -> d.findElements(By.cssSelector(".chat-item")).isEmpty());
        browser.find("#chat-search").clear();
        browser.script("const s = document.querySelector('#chat-search'); s.value = '';"
                + " s.dispatchEvent(new Event('input'));");
        browser.until(d -> d.findElements(By.cssSelector(".chat-item")).size() == 1);
        String owner = (String) browser.script("return localStorage.getItem('orderlens.owner');");
        browser.until(d -> orderLens.assistant().chats().list(owner).size() == 1
                && orderLens.assistant().chats().list(owner).get(0).title().equals("Monthly revenue review")
                && orderLens.assistant().chats().list(owner).get(0).pinned());
    }

    @Test
    @Order(7)
    void after_a_reload_the_history_and_the_choices_are_still_there() {
        browser.driver().navigate().refresh();
        browser.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

        WebElement chat = browser.find(".chat-item .chat-open");
        assertThat(chat.getText()).isEqualTo("Monthly revenue review");
        chat.click();
        browser.until(d -> d.findElements(By.cssSelector("article.answer")).size() == 3);
        List<WebElement> cards = browser.driver().findElements(By.cssSelector("article.answer"));
        assertThat(cards.get(0).findElements(By.cssSelector(".result-table tbody tr"))).isNotEmpty();
        assertThat(cards.get(2).findElement(By.cssSelector(".feedback .like")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        browser.screenshot("09-after-reload");
    }

    @Test
    @Order(8)
    void on_a_phone_the_sidebar_opens_from_the_menu() {
        browser.size(390, 844);
        try {
            WebElement sidebar = browser.driver().findElement(By.id("sidebar"));
            browser.until(d -> sidebar.getRect().getX() + sidebar.getRect().getWidth() <= 0);
            browser.screenshot("10-phone-chat");
            browser.find("#menu").click();
            browser.until(d -> sidebar.getRect().getX() >= 0);
            browser.screenshot("11-phone-sidebar");
            browser.find("#question").sendKeys(Keys.ESCAPE);
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        } finally {
            browser.size(1366, 900);
        }
    }

    @Test
    @Order(9)
    void html_in_an_answer_or_a_passage_never_runs() throws Exception {
        ScriptedOrderLens xss = new ScriptedOrderLens().tokenDelayMillis(40);
        try (WebServer other = WebServer.start(xss.build(Files.createTempDirectory("orderlens-xss")),
                WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            browser.open(other.url());
            browser.find("#new-chat").click();
            browser.ask("Show me the script sample");
            String partial = browser.until(d -> {
                WebElement streaming = browser.lastAnswer();
                String text = streaming.findElement(By.cssSelector(".answer-text")).getText();
                return streaming.getDomAttribute("class").contains("streaming") && !text.isBlank() ? text : null;
            });
            browser.screenshot("04-rag-streaming");
            WebElement card = browser.finishedAnswer();
            assertThat(card.findElement(By.cssSelector(".answer-text")).getText().length()).isGreaterThan(partial.length());
            card.findElement(By.cssSelector(".source")).click();
            browser.find("#source-dialog");

            assertThat(browser.script("return window.__xss === undefined;")).isEqualTo(true);
            assertThat(card.findElement(By.cssSelector(".answer-text strong")).getText()).isEqualTo("bold");
            assertThat(browser.driver().findElements(By.cssSelector(".answer-text script, .answer-text img,"
                    + " #source-text img, [onerror]"))).isEmpty();
            browser.screenshot("12-html-in-answer-is-inert");
        }
    }

    @Test
    @Order(12)
    void a_question_too_vague_to_answer_is_asked_back_and_a_choice_answers_it() {
        browser.open(server.url());
        browser.find("#new-chat").click();
        browser.until(d -> d.findElements(By.cssSelector("article.answer")).isEmpty());
        browser.ask("How are we doing?");

        WebElement asked = browser.finishedAnswer(1);
        assertThat(asked.getDomAttribute("data-mode")).isEqualTo("clarify");
        assertThat(asked.findElement(By.cssSelector(".badge")).getText()).isEqualToIgnoringCase("Question back");
        assertThat(asked.findElement(By.cssSelector(".answer-text")).getText()).contains("Which of these");
        assertThat(asked.findElements(By.cssSelector(".result-table"))).isEmpty();
        List<WebElement> choices = asked.findElements(By.cssSelector(".chips[aria-label='Choices'] .chip"));
        assertThat(choices).hasSizeGreaterThanOrEqualTo(2);
        browser.screenshot("16-asked-back");

        choices.get(0).click();
        WebElement answered = browser.finishedAnswer(2);
        assertThat(answered.getDomAttribute("data-mode")).isEqualTo("sql");
        assertThat(answered.findElements(By.cssSelector(".result-table tbody tr"))).isNotEmpty();
    }

    @Test
    @Order(10)
    void a_comment_that_could_not_be_saved_stays_in_its_box_to_send_again() throws Exception {
        try (WebServer other = WebServer.start(new ScriptedOrderLens().commentsFail()
                .build(Files.createTempDirectory("orderlens-comment")),
                WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ZERO))) {
            browser.open(other.url());
            browser.find("#new-chat").click();
            browser.ask("Revenue by month in 2025");
            browser.finishedAnswer().findElement(By.cssSelector(".feedback .dislike")).click();
            browser.until(d -> browser.lastAnswer().getText().contains("Thanks for the feedback"));
            browser.find("article.answer:last-of-type .comment textarea").sendKeys("Wrong months");
            browser.find("article.answer:last-of-type .send-comment").click();

            browser.until(d -> browser.lastAnswer().getText().contains("Comment not saved"));
            assertThat(browser.find("article.answer:last-of-type .comment textarea").getDomProperty("value"))
                    .isEqualTo("Wrong months");
            browser.screenshot("15-comment-not-saved-kept");
        }
    }

    @Test
    @Order(11)
    void a_server_that_is_down_or_a_backend_that_is_down_gets_a_clear_message() throws Exception {
        WebServer other = WebServer.start(new ScriptedOrderLens().backendDown()
                .build(Files.createTempDirectory("orderlens-down")), WebSettings.defaults().withPort(0)
                .withShutdownGrace(Duration.ZERO));
        browser.open(other.url());
        WebElement banner = browser.find("#banner");
        assertThat(banner.getText()).contains("vector index", "index files missing");
        browser.screenshot("13-backend-down");

        other.close();
        browser.ask("Revenue by month in 2025");
        browser.until(d -> browser.lastAnswer().getText().contains("Cannot reach the OrderLens server"));
        assertThat(browser.find("#banner").getText()).contains("Cannot reach the OrderLens server");
        browser.screenshot("14-server-down");
    }
}
