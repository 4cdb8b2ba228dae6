package dev.orderlens.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The {@code response_format} object: {@code text}, {@code json_object} or {@code json_schema}. */
public record WireResponseFormat(String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {

    public static WireResponseFormat jsonObject() {
        return new WireResponseFormat("json_object", null);
    }

    public static WireResponseFormat jsonSchema(String name, JsonNode schema, boolean strict) {
        return new WireResponseFormat("json_schema", new JsonSchema(name, schema, strict));
    }

    public record JsonSchema(String name, JsonNode schema, boolean strict) {
    }
}
