package dev.orderlens.local.verified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.VerifiedQuestions;
import dev.orderlens.testsupport.VerifiedQuestionsContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVerifiedQuestionsTest extends VerifiedQuestionsContract {

    @TempDir
    Path home;

    @Override
    protected VerifiedQuestions newStore() {
        return FileVerifiedQuestions.builder()
                .file(home.resolve("store-" + System.nanoTime()).resolve("questions.json")).build();
    }

    private VerifiedQuestions store() {
        return FileVerifiedQuestions.builder().file(home.resolve("verified").resolve("questions.json")).build();
    }

    @Test
    void a_saved_question_outlives_the_store_that_saved_it() {
        VerifiedQuestion saved = new VerifiedQuestion("v-1", "Late orders by carrier",
                "SELECT carrier, count(*) FROM orders WHERE is_late GROUP BY 1 LIMIT 10000",
                new ConversationContext(Map.of("query.metric", "late_orders")), "Ana",
                Instant.parse("2026-12-04T09:30:15.123456789Z"), "msg-1");
        store().save(saved);

        assertThat(store().list()).containsExactly(saved);
    }

    @Test
    void a_change_made_by_another_process_is_seen_at_once() {
        VerifiedQuestions web = store();
        VerifiedQuestions terminal = store();
        web.save(new VerifiedQuestion("v-1", "Orders in 2025", "SELECT 1", null, "web", Instant.EPOCH, null));
        assertThat(web.list()).hasSize(1);

        assertThat(terminal.remove("v-1")).isTrue();
        assertThat(web.list()).isEmpty();
    }

    @Test
    void a_file_edited_in_place_is_read_again() throws IOException {
        VerifiedQuestions store = store();
        store.save(new VerifiedQuestion("v-1", "Orders in 2025", "SELECT 1", null, "web", Instant.EPOCH, null));
        assertThat(store.list()).hasSize(1);

        Files.writeString(home.resolve("verified").resolve("questions.json"), "[]");

        assertThat(store.list()).isEmpty();
    }

    @Test
    void a_damaged_file_is_a_backend_failure_naming_it() throws IOException {
        VerifiedQuestions store = store();
        Files.writeString(home.resolve("verified").resolve("questions.json"), "[{not json");

        assertThatThrownBy(store::list).isInstanceOf(BackendException.class).hasMessageContaining("questions.json");
    }
}
