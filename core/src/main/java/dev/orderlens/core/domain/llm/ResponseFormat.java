package dev.orderlens.core.domain.llm;

import java.util.Objects;

/**
 * The shape a language model must answer in.
 *
 * @param kind plain text, any JSON object, or JSON matching a schema
 * @param schemaName the schema's name (JSON_SCHEMA only)
 * @param jsonSchema the JSON schema as text (JSON_SCHEMA only)
 */
public record ResponseFormat(Kind kind, String schemaName, String jsonSchema) {

    public enum Kind { TEXT, JSON_OBJECT, JSON_SCHEMA }

    public static final ResponseFormat TEXT = new ResponseFormat(Kind.TEXT, null, null);
    public static final ResponseFormat JSON_OBJECT = new ResponseFormat(Kind.JSON_OBJECT, null, null);

    public ResponseFormat {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.JSON_SCHEMA && (schemaName == null || jsonSchema == null)) {
            throw new IllegalArgumentException("a JSON_SCHEMA format needs a schema name and a schema");
        }
    }

    public static ResponseFormat jsonSchema(String name, String schema) {
        return new ResponseFormat(Kind.JSON_SCHEMA, name, schema);
    }
}
