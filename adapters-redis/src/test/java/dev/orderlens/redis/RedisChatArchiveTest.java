package dev.orderlens.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.ArchivedChat;
import dev.orderlens.core.domain.conversation.ArchivedMessage;
import dev.orderlens.core.domain.conversation.MessageStatus;
import dev.orderlens.core.port.ChatArchive;
import dev.orderlens.testsupport.ChatArchiveContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisChatArchiveTest extends ChatArchiveContract {

    @RegisterExtension
    static final RedisServerExtension SERVER = new RedisServerExtension();

    private String keyPrefix;

    @Override
    protected ChatArchive newArchive() {
        return builder().build();
    }

    private RedisChatArchive.Builder builder() {
        keyPrefix = RedisServerExtension.newKeyPrefix();
        return RedisChatArchive.builder().client(SERVER.client()).keyPrefix(keyPrefix);
    }

    @Test
    void keeps_an_owners_archive_for_the_ttl_after_the_last_save() {
        ChatArchive archive = builder().ttl(Duration.ofDays(7)).build();

        archive.save(new ArchivedChat("chat-1", "owner-1", "Title", false, List.of(), Instant.now()));

        assertThat(SERVER.client().keys(keyPrefix + "*")).containsExactlyInAnyOrder(
                keyPrefix + "chats:owner-1:summaries", keyPrefix + "chats:owner-1:chats");
        assertThat(SERVER.client().ttl(keyPrefix + "chats:owner-1:summaries")).isBetween(604_790L, 604_800L);
        assertThat(SERVER.client().ttl(keyPrefix + "chats:owner-1:chats")).isBetween(604_790L, 604_800L);
    }

    @Test
    void rejects_ids_that_could_reach_into_another_owners_keys() {
        ChatArchive archive = newArchive();

        assertThatThrownBy(() -> archive.list("owner-1:chats")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ownerId");
        assertThatThrownBy(() -> archive.get("owner-1", "chat*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chatId");
        assertThatThrownBy(() -> archive.save(new ArchivedChat("chat-1", "", "t", false, List.of(), Instant.now())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_messages_stored_before_they_had_a_status_as_complete() {
        ChatArchive archive = newArchive();
        SERVER.client().hset(keyPrefix + "chats:owner-1:chats", "chat-1", "{\"id\":\"chat-1\",\"ownerId\":\"owner-1\","
                + "\"title\":\"Old\",\"pinned\":false,\"updatedAt\":\"2025-12-01T09:30:00Z\",\"messages\":["
                + "{\"id\":\"m1\",\"role\":\"user\",\"content\":\"Why returns?\",\"at\":\"2025-12-01T09:30:00Z\"}]}");

        assertThat(archive.get("owner-1", "chat-1")).hasValueSatisfying(chat -> assertThat(chat.messages())
                .extracting(ArchivedMessage::status).containsExactly(MessageStatus.COMPLETE));
    }
}
