package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.Browser;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chat page keeps the server's archive complete whatever happens to an answer, checked in headless chromium
 * against scripted servers and read back from the archive over HTTP: a question the model fails is archived as not
 * answered and answered on retry; a server stopped in the middle of an answer and started again on the same port,
 * with an empty in-memory archive, gets every chat of the page back.
 */
class ChatArchiveBrowserTest {

    private static final String WHY_RETURNS = "Why are customers returning the Nimbus earbuds?";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    /** No shutdown grace, so that a stop cuts an answer off; the test's own archive reads stay under the limit. */
    private static WebSettings settings(int port) {
        return WebSettings.defaults().withPort(port).withShutdownGrace(Duration.ZERO).withRequestsPerMinute(10_000);
    }

    @Test
    void a_question_the_model_fails_is_archived_as_not_answered_and_answered_on_retry(@TempDir Path home) {
        try (WebServer server = WebServer.start(new ScriptedOrderLens().answersFail(1).build(home), settings(0))) {
            browser.open(server.url());
            browser.ask(WHY_RETURNS);

            WebElement failed = notAnswered();
            assertThat(failed.findElement(By.cssSelector(".callout")).getText()).contains("could not be written");
            assertThat(browser.find("#question").getDomProperty("value")).isEqualTo(WHY_RETURNS);
            String chatId = browser.find(".chat-item.active").getDomAttribute("data-chat-id");
            JsonNode archived = until(() -> lastStatus(archivedChat(server, chatId), "failed"));
            assertThat(archived.get("messages")).extracting(m -> m.get("status").asText())
                    .containsExactly("complete", "failed");
            assertThat(archived.get("messages").get(0).get("content").asText()).isEqualTo(WHY_RETURNS);
            assertThat(archived.get("messages").get(1).get("payload").get("error").asText())
                    .contains("could not be written");
            syncState("saved");
            browser.screenshot("16-not-answered-archived");

            failed.findElement(By.cssSelector(".retry")).click();

            WebElement answer = browser.finishedAnswer();
            assertThat(answer.findElement(By.cssSelector(".answer-text")).getText()).contains("defective battery");
            assertThat(browser.driver().findElements(By.cssSelector("article.answer"))).hasSize(1);
            assertThat(browser.find("#question").getDomProperty("value")).isEmpty();
            JsonNode answered = until(() -> lastStatus(archivedChat(server, chatId), "complete"));
            assertThat(answered.get("messages")).extracting(m -> m.get("status").asText())
                    .containsExactly("complete", "complete");
            assertThat(answered.get("messages").get(1).get("content").asText()).contains("defective battery");
            syncState("saved");
            browser.screenshot("17-retried-and-answered");
        }
    }

    @Test
    void every_chat_is_on_the_server_after_it_was_stopped_mid_answer_and_started_again(@TempDir Path home) {
        WebServer first = WebServer.start(new ScriptedOrderLens().tokenDelayMillis(200).build(home), settings(0));
        int port = first.port();
        WebServer second = null;
        try {
            browser.open(first.url());
            browser.ask("Revenue by month in 2025");
            browser.finishedAnswer();
            browser.find("#new-chat").click();
            browser.ask("Which carrier was late most often?");
            browser.finishedAnswer();
            browser.find("#new-chat").click();
            browser.ask(WHY_RETURNS);
            browser.until(d -> !browser.lastAnswer().findElement(By.cssSelector(".answer-text")).getText().isBlank());

            first.close();

            String cutOffText = notAnswered().getText();
            String whileDown = browser.find("#sync-status").getText();
            browser.screenshot("18-server-stopped-mid-answer");
            second = WebServer.start(new ScriptedOrderLens().build(home), settings(port));
            WebServer restarted = second;

            Set<String> inThePage = chatIdsInThePage();
            assertThat(inThePage).hasSize(3);
            until(() -> archivedIds(restarted).equals(inThePage) ? true : null);
            JsonNode cutOff = archivedChat(restarted, browser.find(".chat-item.active").getDomAttribute("data-chat-id"));
            assertThat(cutOff.get("messages")).extracting(m -> m.get("status").asText())
                    .containsExactly("complete", "failed");
            assertThat(cutOffText).contains("connection to the OrderLens server was lost");
            assertThat(whileDown).startsWith("Server unreachable").contains("kept in this browser", "Retrying");
            assertThat(syncState("saved")).isEqualTo("Saved on the server archive.");
            browser.screenshot("19-every-chat-back-on-the-server");
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void an_answer_cut_off_by_a_reload_is_archived_as_pending_shown_as_interrupted_and_asked_again(@TempDir Path home) {
        try (WebServer server = WebServer.start(new ScriptedOrderLens().tokenDelayMillis(100).build(home),
                settings(0))) {
            browser.open(server.url());
            browser.ask(WHY_RETURNS);
            browser.until(d -> !browser.lastAnswer().findElement(By.cssSelector(".answer-text")).getText().isBlank());
            String chatId = browser.find(".chat-item.active").getDomAttribute("data-chat-id");
            until(() -> lastStatus(archivedChat(server, chatId), "pending"));

            browser.open(server.url());

            WebElement interrupted = browser.until(d -> "interrupted".equals(browser.lastAnswer().getDomAttribute("data-status"))
                    ? browser.lastAnswer() : null);
            assertThat(interrupted.findElement(By.cssSelector(".badge")).getText()).isEqualToIgnoringCase("Interrupted");
            assertThat(interrupted.findElement(By.cssSelector(".callout")).getText()).contains("still being written");
            browser.screenshot("20-interrupted-by-a-reload");
            interrupted.findElement(By.cssSelector(".retry")).click();

            assertThat(browser.finishedAnswer().findElement(By.cssSelector(".answer-text")).getText())
                    .contains("defective battery");
            assertThat(until(() -> lastStatus(archivedChat(server, chatId), "complete")).get("messages")).hasSize(2);
        }
    }

    @Test
    void a_chat_the_archive_refuses_is_named_with_the_reason_and_stays_in_the_browser(@TempDir Path home) {
        try (WebServer server = WebServer.start(new ScriptedOrderLens().build(home),
                settings(0).withLimits(64 * 1024, 2 * 1024, 2_000))) {
            browser.open(server.url());
            browser.ask("Show me the September orders");
            browser.finishedAnswer();

            assertThat(syncState("refused")).startsWith("The server refused “Show me the September orders”: ")
                    .contains("at most 2048 bytes", "kept in this browser");
            assertThat(archivedIds(server)).isEmpty();
            browser.screenshot("21-chat-refused-by-the-archive");
        }
    }

    /** The last answer card once it says the question was not answered. */
    private static WebElement notAnswered() {
        return browser.until(d -> {
            WebElement card = browser.lastAnswer();
            return card.findElement(By.cssSelector(".badge")).getText().equalsIgnoreCase("Not answered") ? card : null;
        });
    }

    /** The sidebar's sync status once it is in the given state; its text. */
    private static String syncState(String state) {
        return browser.until(d -> {
            WebElement sync = d.findElement(By.id("sync-status"));
            return state.equals(sync.getDomAttribute("data-state")) ? sync.getText() : null;
        });
    }

    private static Set<String> chatIdsInThePage() {
        Set<String> ids = new TreeSet<>();
        browser.driver().findElements(By.cssSelector(".chat-item"))
                .forEach(item -> ids.add(item.getDomAttribute("data-chat-id")));
        return ids;
    }

    private static String owner() {
        return (String) browser.script("return localStorage.getItem('orderlens.owner');");
    }

    private static Set<String> archivedIds(WebServer server) {
        Set<String> ids = new TreeSet<>();
        archive(server, "/api/chats").get("chats").forEach(chat -> ids.add(chat.get("id").asText()));
        return ids;
    }

    /** The chat when its last message has the status, else null. */
    private static JsonNode lastStatus(JsonNode chat, String status) {
        if (chat == null || chat.get("messages").isEmpty()) {
            return null;
        }
        JsonNode messages = chat.get("messages");
        return messages.get(messages.size() - 1).get("status").asText().equals(status) ? chat : null;
    }

    /** The chat as the server's archive has it, or null when it has none of that id. */
    private static JsonNode archivedChat(WebServer server, String chatId) {
        return archive(server, "/api/chats/" + chatId);
    }

    private static JsonNode archive(WebServer server, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("X-OrderLens-Client", owner()).header("Accept", "application/json").build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 404 ? null : ApiClient.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the archive a few times a second until the check returns a value. */
    private static <T> T until(Supplier<T> check) {
        return browser.until(d -> {
            T value = check.get();
            if (value == null) {
                sleep();
            }
            return value;
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
