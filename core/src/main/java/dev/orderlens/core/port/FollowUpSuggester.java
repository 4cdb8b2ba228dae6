package dev.orderlens.core.port;

import dev.orderlens.core.domain.Answer;
import dev.orderlens.core.domain.Conversation;
import java.util.List;

/** Suggests questions a user may want to ask next. */
public interface FollowUpSuggester {

    /** Two or three questions that follow from the answer, each one the assistant can answer. */
    List<String> suggest(Answer answer, Conversation conversation);
}
