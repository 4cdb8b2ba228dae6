package dev.orderlens.core.port;

/** Names a chat from its first message. */
public interface TitleGenerator {

    /**
     * A title the chat list can show as it is, for any message: one line of at most six words, not blank, without
     * quotation marks or punctuation at its end.
     */
    String title(String firstMessage);
}
