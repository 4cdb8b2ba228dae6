package dev.orderlens.openai;

/** How a request for JSON output is passed to the server, since servers differ in what they support. */
public enum StructuredOutput {
    /** {@code response_format: {type: json_schema}} with the schema (Structured Outputs). */
    JSON_SCHEMA,
    /** {@code response_format: {type: json_object}} (JSON mode); the schema goes into the system prompt. */
    JSON_OBJECT,
    /** No {@code response_format}; the JSON instruction and schema go into the system prompt only. */
    PROMPT_ONLY
}
