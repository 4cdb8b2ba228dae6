package dev.orderlens.core.port;

/** Names a chat from its first message. */
public interface TitleGenerator {

    /** A title of at most six words. */
    String title(String firstMessage);
}
