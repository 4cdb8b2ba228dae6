package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.orderlens.core.domain.order.OrderValues;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.databricks.internal.VectorSearchApi.EmbeddingVectorColumn;
import dev.orderlens.databricks.internal.VectorSearchApi.IndexInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rows for a Direct Vector Access index, shaped by what the index says of itself: its primary key, its vector
 * column and dimension, and its {@code schema_json}. Besides the key, the text and the vector, a row carries the
 * order's columns that the schema has, as the schema's types; dates and timestamps go as ISO-8601 text.
 */
public final class DirectAccessRows {

    private final String indexName;
    private final String primaryKey;
    private final String textColumn;
    private final String vectorColumn;
    private final int dimension;
    private final Map<String, String> schema;

    public DirectAccessRows(String indexName, IndexInfo info, String textColumn) {
        this.indexName = indexName;
        this.textColumn = textColumn;
        if (info.primaryKey() == null || info.directAccessIndexSpec() == null
                || info.directAccessIndexSpec().vectorColumns().isEmpty()) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "vector index " + indexName
                    + " is a Direct Vector Access index without a primary key or a vector column");
        }
        this.primaryKey = info.primaryKey();
        EmbeddingVectorColumn vector = info.directAccessIndexSpec().vectorColumns().get(0);
        this.vectorColumn = vector.name();
        this.dimension = vector.embeddingDimension();
        this.schema = schema(indexName, info.directAccessIndexSpec().schemaJson());
        if (!schema.isEmpty() && !schema.containsKey(textColumn)) {
            throw new IllegalStateException("vector index " + indexName + " has no column '" + textColumn
                    + "' for the order text; its columns are " + schema.keySet());
        }
    }

    /**
     * The index row of one order.
     *
     * @param order the order's columns by name, canonical values
     * @throws IllegalStateException when the vector's length is not the index's dimension
     */
    public Map<String, Object> row(String orderId, Map<String, Object> order, String text, float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalStateException("the embedding model gives vectors of " + vector.length
                    + " dimensions but vector index " + indexName + " holds " + dimension);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(primaryKey, orderId);
        order.forEach((column, value) -> {
            String type = schema.get(column);
            if (type != null && !column.equals(primaryKey) && !column.equals(textColumn)
                    && !column.equals(vectorColumn)) {
                row.put(column, value == null ? null : jsonValue(type, value));
            }
        });
        row.put(textColumn, text);
        row.put(vectorColumn, vector);
        return row;
    }

    private static Object jsonValue(String schemaType, Object value) {
        String text = OrderValues.toText(value);
        return switch (schemaType.toLowerCase(Locale.ROOT)) {
            case "integer", "long" -> value instanceof Number n ? n.longValue() : new BigDecimal(text).longValueExact();
            case "float", "double" -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
            case "boolean" -> value instanceof Boolean b ? b : Boolean.parseBoolean(text);
            default -> text;
        };
    }

    private static Map<String, String> schema(String indexName, String schemaJson) {
        if (schemaJson == null || schemaJson.isBlank()) {
            return Map.of();
        }
        try {
            return Json.PLAIN.readValue(schemaJson, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "vector index " + indexName
                    + " has a schema_json that is not a JSON object of column types");
        }
    }
}
