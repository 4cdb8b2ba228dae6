package dev.orderlens.openai.internal;

/** One entry of {@code messages} in a chat completions request. */
public record WireMessage(String role, String content) {
}
