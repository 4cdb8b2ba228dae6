package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.sql.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DatabricksFeedbackStoreTest {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    static final String STATEMENTS = "/api/2.0/sql/statements";
    static final String INSERTED = "{\"statement_id\": \"01ee-insert\", \"status\": {\"state\": \"SUCCEEDED\"},"
            + " \"manifest\": {\"schema\": {\"column_count\": 0, \"columns\": []}}}";

    static final String NO_ROWS = "{\"statement_id\": \"01ee-read\", \"status\": {\"state\": \"SUCCEEDED\"},"
            + " \"manifest\": {\"format\": \"JSON_ARRAY\", \"schema\": {\"column_count\": 1, \"columns\":"
            + " [{\"name\": \"message_id\", \"position\": 0, \"type_name\": \"STRING\"}]},"
            + " \"total_row_count\": 0, \"total_chunk_count\": 0, \"truncated\": false},"
            + " \"result\": {\"chunk_index\": 0, \"row_offset\": 0, \"row_count\": 0}}";

    @TempDir
    Path outboxDirectory;

    DatabricksFeedbackStore store() {
        return DatabricksFeedbackStore.builder().workspace(stub.workspace()).warehouseId(WorkspaceStub.WAREHOUSE)
                .table("main.support.message_feedback").outboxDirectory(outboxDirectory).build();
    }

    static Feedback feedback(String messageId, String comment) {
        return new Feedback(messageId, "session-7", Rating.DISLIKE, comment, "Which carrier was late?",
                "FedEx.", Instant.parse("2026-01-01T10:15:30.123Z"));
    }

    static RequestPatternBuilder insertOf(String messageId) {
        return postRequestedFor(urlEqualTo(STATEMENTS)).withRequestBody(matchingJsonPath(
                "$.parameters[?(@.name == 'message_id' && @.value == '" + messageId + "')]"));
    }

    @Test
    void inserts_feedback_with_every_value_as_a_named_parameter() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(INSERTED)));

        store().record(feedback("msg-1", "Wrong: it was UPS'; DROP TABLE x; --"));

        String table = "`main`.`support`.`message_feedback`";
        stub.server.verify(postRequestedFor(urlEqualTo(STATEMENTS)).withRequestBody(equalToJson("""
                {
                  "warehouse_id": "abcdef0123456789",
                  "statement": "INSERT INTO %1$s (message_id, session_id, rating, comment, question, answer, created_at) SELECT :message_id, :session_id, :rating, :comment, :question, :answer, :created_at WHERE NOT EXISTS (SELECT 1 FROM %1$s WHERE message_id = :message_id AND created_at = :created_at)",
                  "parameters": [
                    { "name": "message_id", "value": "msg-1",                  "type": "STRING" },
                    { "name": "session_id", "value": "session-7",              "type": "STRING" },
                    { "name": "rating",     "value": "dislike",                "type": "STRING" },
                    { "name": "comment",    "value": "Wrong: it was UPS'; DROP TABLE x; --", "type": "STRING" },
                    { "name": "question",   "value": "Which carrier was late?", "type": "STRING" },
                    { "name": "answer",     "value": "FedEx.",                 "type": "STRING" },
                    { "name": "created_at", "value": "2026-01-01T10:15:30.123Z", "type": "TIMESTAMP" }
                  ],
                  "wait_timeout": "10s",
                  "on_wait_timeout": "CONTINUE",
                  "disposition": "INLINE",
                  "format": "JSON_ARRAY"
                }""".formatted(table))));
    }

    @Test
    void binds_a_missing_comment_as_sql_null() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(INSERTED)));

        store().record(feedback("msg-1", null));

        stub.server.verify(postRequestedFor(urlEqualTo(STATEMENTS)).withRequestBody(equalToJson(
                "{\"parameters\": [{}, {}, {}, {\"name\": \"comment\", \"type\": \"STRING\"}, {}, {}, {}]}",
                false, true)));
    }

    @Test
    void keeps_feedback_in_the_outbox_while_the_warehouse_is_down_then_replays_it_once() throws Exception {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(503)));
        DatabricksFeedbackStore store = store();

        store.record(feedback("msg-1", "first"));
        store.record(feedback("msg-2", "second"));

        assertThat(store.outboxSize()).isEqualTo(2);
        assertThat(Files.readAllLines(outboxDirectory.resolve("feedback-outbox.jsonl")))
                .hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"messageId\":\"msg-"));

        stub.server.resetAll();
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(INSERTED)));

        assertThat(store.replayOutbox()).isEqualTo(2);
        assertThat(store.outboxSize()).isZero();
        assertThat(store.replayOutbox()).isZero();
        stub.server.verify(exactly(1), insertOf("msg-1"));
        stub.server.verify(exactly(1), insertOf("msg-2"));
    }

    @Test
    void replays_the_outbox_after_the_next_successful_insert() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(503)));
        DatabricksFeedbackStore store = store();
        store.record(feedback("msg-1", "kept"));
        stub.server.resetAll();
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(INSERTED)));

        store.record(feedback("msg-2", "fresh"));

        assertThat(store.outboxSize()).isZero();
        stub.server.verify(exactly(1), insertOf("msg-1"));
        stub.server.verify(exactly(1), insertOf("msg-2"));
    }

    @Test
    void outbox_survives_a_new_store_instance() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(503)));
        store().record(feedback("msg-1", "kept"));
        stub.server.resetAll();
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(INSERTED)));

        DatabricksFeedbackStore restarted = store();

        assertThat(restarted.outboxSize()).isEqualTo(1);
        assertThat(restarted.replayOutbox()).isEqualTo(1);
        stub.server.verify(exactly(1), insertOf("msg-1"));
    }

    @Test
    void replay_stops_at_a_failure_and_keeps_what_was_not_inserted() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(503)));
        DatabricksFeedbackStore store = store();
        store.record(feedback("msg-1", "a"));
        store.record(feedback("msg-2", "b"));
        stub.server.resetAll();
        stub.server.stubFor(post(STATEMENTS).withRequestBody(matchingJsonPath(
                "$.parameters[?(@.name == 'message_id' && @.value == 'msg-1')]")).willReturn(okJson(INSERTED)));
        stub.server.stubFor(post(STATEMENTS).withRequestBody(matchingJsonPath(
                "$.parameters[?(@.name == 'message_id' && @.value == 'msg-2')]")).willReturn(aResponse().withStatus(503)));

        assertThat(store.replayOutbox()).isEqualTo(1);
        assertThat(store.outboxSize()).isEqualTo(1);
    }

    @Test
    void keeps_feedback_the_warehouse_rejects_rather_than_dropping_it() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson("""
                {"statement_id": "01ee-insert", "status": {"state": "FAILED",
                 "error": {"error_code": "BAD_REQUEST", "message": "[TABLE_OR_VIEW_NOT_FOUND] message_feedback"}}}""")));
        DatabricksFeedbackStore store = store();

        store.record(feedback("msg-1", "a"));

        assertThat(store.outboxSize()).isEqualTo(1);
    }

    @Test
    void reads_with_the_filters_bound_as_parameters_in_one_statement_spark_reads_as_a_query() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(NO_ROWS)));

        store().list(new FeedbackQuery(Rating.DISLIKE, Instant.parse("2025-12-01T00:00:00Z"), 25));

        String read = DatabricksFeedbackStore.latestSql("`main`.`support`.`message_feedback`")
                + " AND rating = :rating AND created_at >= :since ORDER BY created_at DESC LIMIT 25";
        stub.server.verify(postRequestedFor(urlEqualTo(STATEMENTS)).withRequestBody(equalToJson("""
                {
                  "statement": "%s",
                  "parameters": [
                    { "name": "rating", "value": "dislike",              "type": "STRING" },
                    { "name": "since",  "value": "2025-12-01T00:00:00Z", "type": "TIMESTAMP" }
                  ]
                }""".formatted(read), false, true)));
        assertThat(new SparkSqlParser().parse(read.replace(":rating", "'dislike'")
                .replace(":since", "TIMESTAMP '2025-12-01 00:00:00'")).tables())
                .containsExactly(TableName.parse("main.support.message_feedback"));
    }
}
