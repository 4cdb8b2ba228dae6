package dev.orderlens.core.semantic;

import dev.orderlens.core.domain.table.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A column of the orders table as the semantic model describes it.
 *
 * @param synonyms other words people use for the column ("shipping company" for carrier)
 * @param sampleValues a few of its values, for prompts and examples
 * @param valueSynonyms other words for particular values ("California" → {@code CA})
 */
public record SemanticColumn(String name, ColumnType type, ColumnRole role, String description, List<String> synonyms,
        List<String> sampleValues, Map<String, List<String>> valueSynonyms) {
    public SemanticColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        description = description == null ? "" : description;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        sampleValues = sampleValues == null ? List.of() : List.copyOf(sampleValues);
        valueSynonyms = valueSynonyms == null ? Map.of() : Map.copyOf(valueSynonyms);
    }
}
