package dev.orderlens.core.port;

import dev.orderlens.core.domain.conversation.ArchivedChat;
import dev.orderlens.core.domain.conversation.ChatSummary;
import java.util.List;
import java.util.Optional;

/** The server-side archive of chats behind the web sidebar, per owner. */
public interface ChatArchive {

    /** The owner's chats, pinned first, then most recently updated first. */
    List<ChatSummary> list(String ownerId);

    Optional<ArchivedChat> get(String ownerId, String chatId);

    /** Creates or replaces the chat. */
    void save(ArchivedChat chat);

    /** Deletes the chat; false when the owner had no such chat. */
    boolean delete(String ownerId, String chatId);
}
