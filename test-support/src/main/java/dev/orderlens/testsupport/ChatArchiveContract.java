package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.conversation.ArchivedChat;
import dev.orderlens.core.domain.conversation.ArchivedMessage;
import dev.orderlens.core.domain.conversation.ChatSummary;
import dev.orderlens.core.domain.conversation.MessageStatus;
import dev.orderlens.core.port.ChatArchive;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ChatArchive} must do. */
public abstract class ChatArchiveContract {

    private static final Instant T0 = Instant.parse("2025-12-01T09:30:00.123456789Z");

    /** A new, empty archive. */
    protected abstract ChatArchive newArchive();

    @Test
    void returns_a_saved_chat_as_it_was_saved() {
        ChatArchive archive = newArchive();
        ArchivedChat chat = chat("owner-1", "chat-1", "FedEx delays", false, 0, List.of(
                question("m1", "Which carrier was late most?"),
                new ArchivedMessage("m2", "assistant", "FedEx, 18% late.", "{\"rows\":[[\"FedEx\",0.18]]}",
                        T0.plusSeconds(2), MessageStatus.COMPLETE)));

        archive.save(chat);

        assertThat(archive.get("owner-1", "chat-1")).contains(chat);
        assertThat(archive.get("owner-1", "chat-2")).isEmpty();
    }

    @Test
    void keeps_a_failed_and_a_pending_answer_with_the_questions_they_answer() {
        ChatArchive archive = newArchive();
        ArchivedChat chat = chat("owner-1", "chat-1", "Late carriers", false, 0, List.of(
                question("m1", "Which carrier was late most?"),
                new ArchivedMessage("m2", "assistant", "", "{\"error\":\"Cannot reach the server.\"}",
                        T0.plusSeconds(1), MessageStatus.FAILED),
                question("m3", "And in October?"),
                new ArchivedMessage("m4", "assistant", "FedEx was", null, T0.plusSeconds(3), MessageStatus.PENDING)));

        archive.save(chat);

        assertThat(archive.get("owner-1", "chat-1")).contains(chat);
        assertThat(archive.list("owner-1")).extracting(ChatSummary::messageCount).containsExactly(4);
    }

    @Test
    void lists_pinned_chats_first_then_the_most_recently_updated() {
        ChatArchive archive = newArchive();
        archive.save(chat("owner-1", "old", "Old", false, 0, List.of()));
        archive.save(chat("owner-1", "pinned-old", "Pinned old", true, 1, List.of()));
        archive.save(chat("owner-1", "new", "New", false, 30, List.of()));
        archive.save(chat("owner-1", "pinned-new", "Pinned new", true, 20, List.of()));

        assertThat(archive.list("owner-1")).extracting(ChatSummary::id)
                .containsExactly("pinned-new", "pinned-old", "new", "old");
    }

    @Test
    void lists_summaries_with_message_counts() {
        ChatArchive archive = newArchive();
        ArchivedChat chat = chat("owner-1", "chat-1", "Returns", true, 5,
                List.of(question("m1", "Why returns?")));
        archive.save(chat);

        assertThat(archive.list("owner-1")).containsExactly(chat.summary());
    }

    @Test
    void renames_and_pins_a_chat_by_saving_it_again() {
        ChatArchive archive = newArchive();
        archive.save(chat("owner-1", "chat-1", "Untitled", false, 0, List.of()));

        archive.save(chat("owner-1", "chat-1", "Carrier scorecard", true, 10, List.of()));

        assertThat(archive.list("owner-1")).singleElement().satisfies(summary -> {
            assertThat(summary.title()).isEqualTo("Carrier scorecard");
            assertThat(summary.pinned()).isTrue();
        });
        assertThat(archive.get("owner-1", "chat-1")).hasValueSatisfying(
                chat -> assertThat(chat.title()).isEqualTo("Carrier scorecard"));
    }

    @Test
    void deletes_a_chat_and_reports_whether_it_existed() {
        ChatArchive archive = newArchive();
        archive.save(chat("owner-1", "chat-1", "Doomed", false, 0, List.of()));

        assertThat(archive.delete("owner-1", "chat-1")).isTrue();
        assertThat(archive.delete("owner-1", "chat-1")).isFalse();
        assertThat(archive.get("owner-1", "chat-1")).isEmpty();
        assertThat(archive.list("owner-1")).isEmpty();
    }

    @Test
    void keeps_each_owners_chats_apart() {
        ChatArchive archive = newArchive();
        archive.save(chat("owner-1", "chat-1", "Mine", false, 0, List.of()));
        archive.save(chat("owner-2", "chat-2", "Theirs", false, 0, List.of()));

        assertThat(archive.list("owner-1")).extracting(ChatSummary::id).containsExactly("chat-1");
        assertThat(archive.get("owner-2", "chat-1")).isEmpty();
        assertThat(archive.delete("owner-2", "chat-1")).isFalse();
        assertThat(archive.get("owner-1", "chat-1")).isPresent();
    }

    private static ArchivedMessage question(String id, String text) {
        return new ArchivedMessage(id, "user", text, null, T0, MessageStatus.COMPLETE);
    }

    private static ArchivedChat chat(String owner, String id, String title, boolean pinned, int minutesAfterT0,
            List<ArchivedMessage> messages) {
        return new ArchivedChat(id, owner, title, pinned, messages, T0.plusSeconds(60L * minutesAfterT0));
    }
}
