package dev.orderlens.answering.semantic;

import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The values of the model's dimension columns, with the model's other words for them, so that words of a
 * question ("California", "fed ex", "gift cards") can be turned into filters ({@code ship_state = 'CA'}).
 */
public final class ValueCatalog {

    /** English words that are also codes of values somewhere ("in" Indiana, "or" Oregon, "me" Maine). */
    private static final Set<String> ORDINARY_WORDS = Set.of("in", "or", "me", "hi", "ok", "oh", "pa", "de", "al",
            "la", "ma", "co", "id", "mo", "ne", "va", "wa", "as", "at", "on", "to", "by", "an", "is", "it", "be", "us",
            "do", "go", "no", "so", "up", "we", "all", "any", "can", "new", "one", "two", "top", "per", "and", "not");

    private final Map<String, List<String>> valuesByColumn;
    private final PhraseMatcher<CatalogValue> matcher = new PhraseMatcher<>();

    private ValueCatalog(SemanticModel model, Map<String, List<String>> dataValues) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (SemanticColumn column : model.columnsWithRole(ColumnRole.DIMENSION)) {
            List<String> all = new ArrayList<>(dataValues.getOrDefault(column.name(), List.of()));
            addMissing(all, column.sampleValues());
            addMissing(all, List.copyOf(column.valueSynonyms().keySet()));
            values.put(column.name(), List.copyOf(all));
            for (String value : all) {
                matcher.add(value, new CatalogValue(column.name(), value));
            }
            column.valueSynonyms().forEach((value, synonyms) ->
                    synonyms.forEach(synonym -> matcher.add(synonym, new CatalogValue(column.name(), value))));
        }
        this.valuesByColumn = values;
        addShortNames();
    }

    /** A catalog of the given values per column (plus the model's sample values and value synonyms). */
    public static ValueCatalog of(SemanticModel model, Map<String, List<String>> valuesByColumn) {
        return new ValueCatalog(model, valuesByColumn);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The known values of a dimension column, empty for other columns. */
    public List<String> values(String column) {
        return valuesByColumn.getOrDefault(column, List.of());
    }

    /**
     * Every occurrence of a value in the words of {@code text} (positions as {@link Words#tokens} counts them),
     * overlapping ones included. One-word values spelled like ordinary words ("IN", "OR", "ME", or any two-letter
     * code) count only when written in capitals.
     */
    public List<PhraseMatcher.Match<CatalogValue>> findAll(String text) {
        List<String> original = Words.originalTokens(text);
        List<PhraseMatcher.Match<CatalogValue>> matches = new ArrayList<>(matcher.findAll(Words.tokens(text)));
        matches.removeIf(m -> m.length() == 1 && Words.ordinary(original.get(m.start()), ORDINARY_WORDS));
        return matches;
    }

    /** The values named in {@code text}, longest phrases first, without overlaps. */
    public List<CatalogValue> find(String text) {
        List<PhraseMatcher.Match<CatalogValue>> matches = new ArrayList<>(findAll(text));
        matches.sort(Comparator.comparingInt((PhraseMatcher.Match<CatalogValue> m) -> -m.length())
                .thenComparingInt(m -> values(m.meaning().column()).size()));
        List<PhraseMatcher.Match<CatalogValue>> kept = new ArrayList<>();
        for (PhraseMatcher.Match<CatalogValue> match : matches) {
            if (kept.stream().noneMatch(match::overlaps)) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(PhraseMatcher.Match::start));
        return kept.stream().map(PhraseMatcher.Match::meaning).toList();
    }

    /** Long values ("Nimbus X2 wireless earbuds") are also known by their first two words when no other value shares them. */
    private void addShortNames() {
        Map<String, List<CatalogValue>> byPrefix = new HashMap<>();
        valuesByColumn.forEach((column, values) -> values.forEach(value -> {
            List<String> words = Words.tokens(value);
            if (words.size() >= 3) {
                byPrefix.computeIfAbsent(words.get(0) + " " + words.get(1), k -> new ArrayList<>())
                        .add(new CatalogValue(column, value));
            }
        }));
        byPrefix.forEach((prefix, values) -> {
            if (values.size() == 1) {
                matcher.add(prefix, values.get(0));
            }
        });
    }

    private static void addMissing(List<String> values, List<String> more) {
        for (String value : more) {
            if (values.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
                values.add(value);
            }
        }
    }

    /** One value of one column. */
    public record CatalogValue(String column, String value) {
        public CatalogValue {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Reads the values from the data: {@code SELECT DISTINCT} per dimension column with few enough values. */
    public static final class Builder {
        private SemanticModel model;
        private SqlWarehouse warehouse;
        private int maxValuesPerColumn = 500;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder model(SemanticModel model) {
            this.model = model;
            return this;
        }

        public Builder warehouse(SqlWarehouse warehouse) {
            this.warehouse = warehouse;
            return this;
        }

        /** Columns with more distinct values than this are left out (they are not categories). */
        public Builder maxValuesPerColumn(int maxValuesPerColumn) {
            if (maxValuesPerColumn <= 0) {
                throw new IllegalArgumentException("maxValuesPerColumn must be positive");
            }
            this.maxValuesPerColumn = maxValuesPerColumn;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** @throws dev.orderlens.core.port.BackendException when the warehouse cannot be read */
        public ValueCatalog build() {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(warehouse, "warehouse");
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (SemanticColumn column : model.columnsWithRole(ColumnRole.DIMENSION)) {
                String sql = "SELECT DISTINCT " + column.name() + " FROM " + model.table()
                        + " WHERE " + column.name() + " IS NOT NULL ORDER BY 1 LIMIT " + (maxValuesPerColumn + 1);
                SqlResult result = warehouse.execute(new SqlQuery(sql, maxValuesPerColumn + 1, timeout));
                if (result.rows().size() <= maxValuesPerColumn) {
                    values.put(column.name(), result.rows().stream()
                            .map(row -> String.valueOf(row.get(0)).strip())
                            .filter(v -> !v.isEmpty() && !v.toLowerCase(Locale.ROOT).equals("null"))
                            .toList());
                }
            }
            return new ValueCatalog(model, values);
        }
    }
}
