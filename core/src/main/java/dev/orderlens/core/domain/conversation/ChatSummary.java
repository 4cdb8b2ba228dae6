package dev.orderlens.core.domain.conversation;

import java.time.Instant;

/** An archived chat without its messages, for listing. */
public record ChatSummary(String id, String title, boolean pinned, int messageCount, Instant updatedAt) {
}
