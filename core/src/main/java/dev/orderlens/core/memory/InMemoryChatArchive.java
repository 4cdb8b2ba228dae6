package dev.orderlens.core.memory;

import dev.orderlens.core.domain.conversation.ArchivedChat;
import dev.orderlens.core.domain.conversation.ChatSummary;
import dev.orderlens.core.port.ChatArchive;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chat archive in memory, for a single process. */
public final class InMemoryChatArchive implements ChatArchive {

    static final Comparator<ChatSummary> SIDEBAR_ORDER = Comparator.comparing(ChatSummary::pinned).reversed()
            .thenComparing(Comparator.comparing(ChatSummary::updatedAt).reversed());

    private final Map<String, Map<String, ArchivedChat>> chatsByOwner = new HashMap<>();

    @Override
    public synchronized List<ChatSummary> list(String ownerId) {
        return chatsByOwner.getOrDefault(ownerId, Map.of()).values().stream()
                .map(ArchivedChat::summary)
                .sorted(SIDEBAR_ORDER)
                .toList();
    }

    @Override
    public synchronized Optional<ArchivedChat> get(String ownerId, String chatId) {
        return Optional.ofNullable(chatsByOwner.getOrDefault(ownerId, Map.of()).get(chatId));
    }

    @Override
    public synchronized void save(ArchivedChat chat) {
        chatsByOwner.computeIfAbsent(chat.ownerId(), owner -> new HashMap<>()).put(chat.id(), chat);
    }

    @Override
    public synchronized boolean delete(String ownerId, String chatId) {
        Map<String, ArchivedChat> chats = chatsByOwner.get(ownerId);
        return chats != null && chats.remove(chatId) != null;
    }
}
