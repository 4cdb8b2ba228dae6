package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.OWNER;
import static dev.orderlens.web.fixtures.ApiClient.json;
import static dev.orderlens.web.fixtures.ApiClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatArchiveApiTest {

    private static final String HEADER = "X-OrderLens-Client";
    private static final String CHAT = "chat-00000001";

    @TempDir
    Path home;

    private void test(TestCase testCase) {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), testCase);
    }

    private static String chat(String title, boolean pinned, String updatedAt) {
        return json(Map.of("title", title, "pinned", pinned, "updatedAt", updatedAt, "messages", List.of(
                Map.of("id", "m1", "role", "user", "content", "Revenue by month", "at", "2026-01-01T10:00:00Z"),
                Map.of("id", "m2", "role", "assistant", "content", "**24 rows.**", "at", "2026-01-01T10:00:01Z",
                        "payload", Map.of("mode", "sql", "resultId", "r-1", "feedback", Map.of("rating", "like"))))));
    }

    @Test
    void a_saved_chat_is_listed_and_read_back_with_its_messages_and_payloads() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            Response saved = api.put("/api/chats/" + CHAT, chat("Revenue by month", false, "2026-01-01T10:00:02Z"),
                    HEADER, OWNER);
            JsonNode list = tree(api.get("/api/chats", HEADER, OWNER));
            JsonNode read = tree(api.get("/api/chats/" + CHAT, HEADER, OWNER));

            assertThat(saved.code()).isEqualTo(200);
            assertThat(list.get("chats").toString()).isEqualTo("[{\"id\":\"chat-00000001\",\"title\":\"Revenue by month\","
                    + "\"pinned\":false,\"messageCount\":2,\"updatedAt\":\"2026-01-01T10:00:02Z\"}]");
            assertThat(read.get("messages")).hasSize(2);
            assertThat(read.get("messages").get(1).get("payload").get("feedback").get("rating").asText())
                    .isEqualTo("like");
            assertThat(read.get("messages").get(0).get("at").asText()).isEqualTo("2026-01-01T10:00:00Z");
        });
    }

    @Test
    void pinned_chats_list_first_and_a_rename_replaces_the_title() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            api.put("/api/chats/" + CHAT, chat("Old", false, "2026-01-01T10:00:00Z"), HEADER, OWNER);
            api.put("/api/chats/chat-00000002", chat("Newer", false, "2026-01-02T10:00:00Z"), HEADER, OWNER);
            api.put("/api/chats/" + CHAT, chat("Renamed and pinned", true, "2026-01-01T11:00:00Z"), HEADER, OWNER);

            JsonNode chats = tree(api.get("/api/chats", HEADER, OWNER)).get("chats");

            assertThat(chats.get(0).get("title").asText()).isEqualTo("Renamed and pinned");
            assertThat(chats.get(0).get("pinned").asBoolean()).isTrue();
            assertThat(chats.get(1).get("title").asText()).isEqualTo("Newer");
        });
    }

    @Test
    void one_owner_never_sees_or_deletes_another_owners_chats() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            api.put("/api/chats/" + CHAT, chat("Mine", false, "2026-01-01T10:00:00Z"), HEADER, OWNER);

            assertThat(tree(api.get("/api/chats", HEADER, "someone-else-42")).get("chats")).isEmpty();
            assertThat(api.get("/api/chats/" + CHAT, HEADER, "someone-else-42").code()).isEqualTo(404);
            assertThat(api.delete("/api/chats/" + CHAT, HEADER, "someone-else-42").code()).isEqualTo(404);
            assertThat(tree(api.get("/api/chats", HEADER, OWNER)).get("chats")).hasSize(1);
        });
    }

    @Test
    void a_deleted_chat_is_gone_and_deleting_it_again_is_not_found() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            api.put("/api/chats/" + CHAT, chat("Mine", false, "2026-01-01T10:00:00Z"), HEADER, OWNER);

            Response deleted = api.delete("/api/chats/" + CHAT, HEADER, OWNER);
            Response again = api.delete("/api/chats/" + CHAT, HEADER, OWNER);

            assertThat(deleted.code()).isEqualTo(200);
            assertThat(tree(api.get("/api/chats", HEADER, OWNER)).get("chats")).isEmpty();
            assertThat(again.code()).isEqualTo(404);
            assertThat(tree(again).get("error").get("code").asText()).isEqualTo("chat_not_found");
        });
    }

    @Test
    void the_owner_header_and_the_chat_id_are_validated() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);

            Response missing = api.get("/api/chats");
            Response invalid = api.get("/api/chats", HEADER, "x");
            Response badId = api.put("/api/chats/bad!id", chat("t", false, "2026-01-01T10:00:00Z"), HEADER, OWNER);

            assertThat(missing.code()).isEqualTo(400);
            assertThat(tree(missing).get("error").get("field").asText()).isEqualTo(HEADER);
            assertThat(invalid.code()).isEqualTo(400);
            assertThat(tree(invalid).get("error").get("code").asText()).isEqualTo("invalid_header");
            assertThat(badId.code()).isEqualTo(400);
            assertThat(tree(badId).get("error").get("field").asText()).isEqualTo("id");
        });
    }

    @Test
    void a_chat_body_with_bad_messages_is_refused_naming_the_message_field() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);

            Response badRole = api.put("/api/chats/" + CHAT, json(Map.of("title", "t", "messages",
                    List.of(Map.of("id", "m1", "role", "system", "content", "x")))), HEADER, OWNER);
            Response badTime = api.put("/api/chats/" + CHAT, json(Map.of("title", "t", "updatedAt", "yesterday")),
                    HEADER, OWNER);
            Response badPinned = api.put("/api/chats/" + CHAT, json(Map.of("pinned", "yes")), HEADER, OWNER);

            assertThat(tree(badRole).get("error").get("field").asText()).isEqualTo("messages[0].role");
            assertThat(tree(badTime).get("error").get("field").asText()).isEqualTo("updatedAt");
            assertThat(tree(badPinned).get("error").get("code").asText()).isEqualTo("invalid_type");
            assertThat(List.of(badRole.code(), badTime.code(), badPinned.code())).containsOnly(400);
        });
    }

    @Test
    void a_chat_whose_answers_failed_or_are_still_pending_is_archived_as_it_is() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            String chat = json(Map.of("title", "Late carriers", "updatedAt", "2026-01-01T10:00:05Z", "messages", List.of(
                    Map.of("id", "m1", "role", "user", "content", "Which carrier was late most?"),
                    Map.of("id", "m2", "role", "assistant", "status", "failed", "content", "",
                            "payload", Map.of("mode", "error", "error", "Cannot reach the OrderLens server.")),
                    Map.of("id", "m3", "role", "user", "content", "Why were deliveries late in September?"),
                    Map.of("id", "m4", "role", "assistant", "status", "pending", "content", " "))));

            Response saved = api.put("/api/chats/" + CHAT, chat, HEADER, OWNER);
            JsonNode messages = tree(api.get("/api/chats/" + CHAT, HEADER, OWNER)).get("messages");

            assertThat(saved.code()).isEqualTo(200);
            assertThat(messages).extracting(m -> m.get("status").asText())
                    .containsExactly("complete", "failed", "complete", "pending");
            assertThat(messages.get(0).get("content").asText()).isEqualTo("Which carrier was late most?");
            assertThat(messages.get(1).get("content").asText()).isEmpty();
            assertThat(messages.get(1).get("payload").get("error").asText())
                    .isEqualTo("Cannot reach the OrderLens server.");
        });
    }

    @Test
    void a_blank_complete_message_or_a_question_that_failed_is_refused_naming_the_field() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            Map<String, String> question = Map.of("id", "m1", "role", "user", "content", "Revenue by month");

            Response blankAnswer = api.put("/api/chats/" + CHAT, json(Map.of("messages", List.of(question,
                    Map.of("id", "m2", "role", "assistant", "content", "  ")))), HEADER, OWNER);
            Response noAnswer = api.put("/api/chats/" + CHAT, json(Map.of("messages", List.of(question,
                    Map.of("id", "m2", "role", "assistant", "status", "complete")))), HEADER, OWNER);
            Response failedQuestion = api.put("/api/chats/" + CHAT, json(Map.of("messages", List.of(
                    Map.of("id", "m1", "role", "user", "content", "Revenue?", "status", "failed")))), HEADER, OWNER);
            Response unknownStatus = api.put("/api/chats/" + CHAT, json(Map.of("messages", List.of(question,
                    Map.of("id", "m2", "role", "assistant", "content", "", "status", "lost")))), HEADER, OWNER);

            assertThat(tree(blankAnswer).get("error").get("message").asText())
                    .isEqualTo("'messages[1].content' must not be blank");
            assertThat(tree(noAnswer).get("error").get("field").asText()).isEqualTo("messages[1].content");
            assertThat(tree(failedQuestion).get("error").get("field").asText()).isEqualTo("messages[0].status");
            assertThat(tree(unknownStatus).get("error").get("field").asText()).isEqualTo("messages[1].status");
            assertThat(List.of(blankAnswer.code(), noAnswer.code(), failedQuestion.code(), unknownStatus.code()))
                    .containsOnly(400);
            assertThat(tree(api.get("/api/chats", HEADER, OWNER)).get("chats")).isEmpty();
        });
    }
}
