package dev.orderlens.openai;

/**
 * The request field that carries the answer's token limit. OpenAI's reasoning models reject the deprecated
 * {@code max_tokens}; many other servers and older API versions know only {@code max_tokens}.
 */
public enum TokenLimitParameter {
    MAX_COMPLETION_TOKENS("max_completion_tokens"),
    MAX_TOKENS("max_tokens");

    private final String fieldName;

    TokenLimitParameter(String fieldName) {
        this.fieldName = fieldName;
    }

    public String fieldName() {
        return fieldName;
    }
}
