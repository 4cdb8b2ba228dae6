package dev.orderlens.core.llm;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.Turn;

/** Renders the recent turns of a conversation for a prompt. */
public final class ConversationText {

    static final int TURNS_IN_PROMPT = 6;
    private static final int ANSWER_CHARS = 400;

    private ConversationText() {
    }

    public static String history(Conversation conversation) {
        if (conversation.turns().isEmpty()) {
            return "(none)";
        }
        StringBuilder text = new StringBuilder();
        for (Turn turn : conversation.recent(TURNS_IN_PROMPT)) {
            text.append("User: ").append(turn.question()).append('\n');
            if (turn.sql() != null) {
                text.append("SQL: ").append(turn.sql()).append('\n');
            }
            String answer = turn.answer();
            text.append("Assistant: ")
                    .append(answer.length() > ANSWER_CHARS ? answer.substring(0, ANSWER_CHARS) + "…" : answer)
                    .append('\n');
        }
        return text.toString();
    }
}
