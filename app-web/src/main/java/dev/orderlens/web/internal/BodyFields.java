package dev.orderlens.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, validated access to the fields of a JSON object; every refusal names the field by its path
 * ({@code history[2].question}).
 */
public final class BodyFields {

    private final ObjectNode node;
    private final String path;

    BodyFields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Refuses any field not listed. */
    public BodyFields allowOnly(String... names) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(names));
        Iterator<String> present = node.fieldNames();
        while (present.hasNext()) {
            String name = present.next();
            if (!allowed.contains(name)) {
                throw ApiException.badField("unknown_field", pathOf(name),
                        "unknown field '" + pathOf(name) + "'; accepted: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    public String requiredString(String name, int maxChars) {
        return optionalString(name, maxChars).orElseThrow(() -> missing(name));
    }

    /** The string, or empty when absent or null; a blank string is refused as missing. */
    public Optional<String> optionalString(String name, int maxChars) {
        return string(name, maxChars, false);
    }

    /** The string, or empty when absent or null; a blank string is kept, for text that may be empty. */
    public Optional<String> optionalText(String name, int maxChars) {
        return string(name, maxChars, true);
    }

    private Optional<String> string(String name, int maxChars, boolean blankAllowed) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string");
        }
        String text = value.textValue();
        if (text.isBlank() && !blankAllowed) {
            throw ApiException.badField("missing_field", pathOf(name), "'" + pathOf(name) + "' must not be blank");
        }
        if (text.length() > maxChars) {
            throw ApiException.badField("too_long", pathOf(name),
                    "'" + pathOf(name) + "' must be at most " + maxChars + " characters (was " + text.length() + ")");
        }
        return Optional.of(text);
    }

    public Optional<Boolean> optionalBoolean(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false");
        }
        return Optional.of(value.booleanValue());
    }

    /** Any JSON value, or empty when absent or null. */
    public Optional<JsonNode> optionalValue(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** The objects of an array field; empty when absent or null. */
    public List<BodyFields> optionalObjects(String name, int maxItems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!(value instanceof ArrayNode array)) {
            throw wrongType(name, "an array");
        }
        if (array.size() > maxItems) {
            throw ApiException.badField("too_many_items", pathOf(name),
                    "'" + pathOf(name) + "' must have at most " + maxItems + " items (had " + array.size() + ")");
        }
        List<BodyFields> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = pathOf(name) + "[" + i + "]";
            if (!(array.get(i) instanceof ObjectNode item)) {
                throw ApiException.badField("invalid_type", itemPath, "'" + itemPath + "' must be an object");
            }
            items.add(new BodyFields(item, itemPath + "."));
        }
        return items;
    }

    /** Refuses a value the caller found invalid, naming this object's field. */
    public ApiException invalid(String name, String rule) {
        return ApiException.badField("invalid_field", pathOf(name), "'" + pathOf(name) + "' " + rule);
    }

    private ApiException missing(String name) {
        return ApiException.badField("missing_field", pathOf(name), "'" + pathOf(name) + "' is required");
    }

    private ApiException wrongType(String name, String expected) {
        return ApiException.badField("invalid_type", pathOf(name), "'" + pathOf(name) + "' must be " + expected);
    }

    private String pathOf(String name) {
        return path + name;
    }
}
