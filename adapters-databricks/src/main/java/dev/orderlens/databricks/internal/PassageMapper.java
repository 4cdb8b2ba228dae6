package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.databricks.internal.VectorSearchApi.ColumnInfo;
import dev.orderlens.databricks.internal.VectorSearchApi.QueryResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps query rows to passages by column name. The score is the column named {@code score} when the manifest
 * lists one, and the last value of the row otherwise (the REST reference's sample omits it from the manifest).
 */
public final class PassageMapper {

    private static final String SCORE = "score";

    private final String indexName;
    private final String idColumn;
    private final String titleColumn;
    private final String textColumn;
    private final List<String> metadataColumns;

    public PassageMapper(String indexName, String idColumn, String titleColumn, String textColumn,
            List<String> metadataColumns) {
        this.indexName = indexName;
        this.idColumn = idColumn;
        this.titleColumn = titleColumn;
        this.textColumn = textColumn;
        this.metadataColumns = List.copyOf(metadataColumns);
    }

    /** The columns to ask for: id, title, text and metadata, each once, in that order. */
    public List<String> requestedColumns() {
        LinkedHashMap<String, Boolean> columns = new LinkedHashMap<>();
        columns.put(idColumn, true);
        if (titleColumn != null) {
            columns.put(titleColumn, true);
        }
        columns.put(textColumn, true);
        metadataColumns.forEach(column -> columns.put(column, true));
        return List.copyOf(columns.keySet());
    }

    public List<Passage> passages(QueryResponse response, int limit) {
        if (response.result() == null) {
            return List.of();
        }
        List<String> names = columnNames(response);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(names.get(i), i);
        }
        List<Passage> passages = new ArrayList<>();
        for (List<JsonNode> row : response.result().rows()) {
            if (passages.size() >= limit) {
                break;
            }
            passages.add(passage(row, positions));
        }
        return passages;
    }

    /** The manifest's column order, or, when it lists none, the order the columns were asked for. */
    private List<String> columnNames(QueryResponse response) {
        List<ColumnInfo> columns = response.manifest() == null ? List.of() : response.manifest().columnList();
        if (columns.isEmpty()) {
            return requestedColumns();
        }
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(column -> names.add(column.name()));
        return names;
    }

    private Passage passage(List<JsonNode> row, Map<String, Integer> positions) {
        String id = text(row, positions, idColumn);
        if (id == null) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "vector search on " + indexName
                    + " returned a row without the id column '" + idColumn + "'");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String column : metadataColumns) {
            String value = text(row, positions, column);
            if (value != null) {
                metadata.put(column, value);
            }
        }
        String title = titleColumn == null ? null : text(row, positions, titleColumn);
        String body = text(row, positions, textColumn);
        return new Passage(id, indexName, title, body == null ? "" : body, score(row, positions), metadata);
    }

    private double score(List<JsonNode> row, Map<String, Integer> positions) {
        int position = positions.getOrDefault(SCORE, row.size() - 1);
        JsonNode score = position >= 0 && position < row.size() ? row.get(position) : null;
        if (score == null || !score.isNumber()) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE,
                    "vector search on " + indexName + " returned a row without a numeric score");
        }
        return score.asDouble();
    }

    /** A value as text: strings as they are, numbers and booleans printed, arrays and objects as JSON. */
    private static String text(List<JsonNode> row, Map<String, Integer> positions, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= row.size()) {
            return null;
        }
        JsonNode value = row.get(position);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
