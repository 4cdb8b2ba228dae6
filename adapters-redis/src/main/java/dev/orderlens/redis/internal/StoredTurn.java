package dev.orderlens.redis.internal;

import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import java.time.Instant;

/** A {@link Turn} as stored in Redis; instants as ISO-8601 text keep their full precision. */
public record StoredTurn(String messageId, String question, String answer, String route, String sql, String at) {

    public static StoredTurn of(Turn turn) {
        return new StoredTurn(turn.messageId(), turn.question(), turn.answer(), turn.route().name(), turn.sql(),
                turn.at().toString());
    }

    public Turn toTurn() {
        return new Turn(messageId, question, answer, Route.valueOf(route), sql, Instant.parse(at));
    }
}
