package dev.orderlens.local.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.testsupport.ConversationStoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileConversationStoreTest extends ConversationStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path directory;

    @Override
    protected ConversationStore newStore(int maxTurns) {
        return FileConversationStore.builder().directory(directory.resolve("store-" + System.nanoTime()))
                .maxTurns(maxTurns).build();
    }

    @Test
    void a_conversation_outlives_the_store_that_wrote_it() {
        Turn turn = new Turn("msg-1", "orders by carrier", "UPS leads.", Route.SQL,
                "SELECT carrier, count(*) FROM orders GROUP BY carrier", NOW);
        store().append("session-restart", turn, new ConversationContext(Map.of("carrier", "UPS")));

        ConversationStore reopened = store();

        assertThat(reopened.load("session-restart").turns()).containsExactly(turn);
        assertThat(reopened.load("session-restart").context().get("carrier")).contains("UPS");
    }

    @Test
    void opening_removes_sessions_untouched_for_longer_than_their_age_and_beyond_the_count() throws IOException {
        ConversationStore store = store();
        for (String session : new String[] {"session-old", "session-mid", "session-new", "session-newest"}) {
            store.append(session, new Turn("m", "q", "a", Route.RAG, null, NOW), ConversationContext.empty());
        }
        touch("session-old", NOW.minus(Duration.ofDays(31)));
        touch("session-mid", NOW.minus(Duration.ofDays(3)));
        touch("session-new", NOW.minus(Duration.ofDays(2)));
        touch("session-newest", NOW.minus(Duration.ofDays(1)));

        ConversationStore reopened = FileConversationStore.builder().directory(directory).maxSessions(2)
                .maxAge(Duration.ofDays(30)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        assertThat(reopened.load("session-old").isEmpty()).isTrue();
        assertThat(reopened.load("session-mid").isEmpty()).isTrue();
        assertThat(reopened.load("session-new").isEmpty()).isFalse();
        assertThat(reopened.load("session-newest").isEmpty()).isFalse();
    }

    @Test
    void sorts_by_each_files_time_as_read_once_while_another_process_keeps_touching_them() {
        List<Path> files = IntStream.range(0, 200).mapToObj(i -> directory.resolve("session-" + i + ".json")).toList();
        Map<Path, Integer> reads = new HashMap<>();
        // every read of a time returns a newer one, as when other processes save the conversations being sorted
        AtomicLong clock = new AtomicLong();
        List<Path> sorted = FileConversationStore.newestFirst(files, file -> {
            reads.merge(file, 1, Integer::sum);
            return FileTime.fromMillis(clock.incrementAndGet() * (file.hashCode() % 7 + 1));
        });

        assertThat(sorted).containsExactlyInAnyOrderElementsOf(files);
        assertThat(reads).hasSize(files.size()).allSatisfy((file, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void refuses_a_session_id_that_would_leave_its_directory() {
        assertThatThrownBy(() -> store().load("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionId");
    }

    @Test
    void a_damaged_file_is_a_backend_failure_naming_it() throws IOException {
        store();
        Files.writeString(directory.resolve("session-damaged.json"), "{not json");

        assertThatThrownBy(() -> store().load("session-damaged"))
                .isInstanceOf(BackendException.class).hasMessageContaining("session-damaged.json");
    }

    private ConversationStore store() {
        return FileConversationStore.builder().directory(directory).build();
    }

    private void touch(String session, Instant at) throws IOException {
        Files.setLastModifiedTime(directory.resolve(session + ".json"), FileTime.from(at));
    }
}
