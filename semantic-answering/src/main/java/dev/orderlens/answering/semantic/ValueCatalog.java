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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values of the model's dimension columns, with the model's other words for them, so that words of a
 * question ("California", "fed ex", "gift cards", "Feira de Santana") can be turned into filters
 * ({@code ship_state = 'CA'}).
 *
 * <p>Every dimension's values are known, however many a column has, up to {@link Builder#maxValues} in all; a
 * column with at most {@link #CATEGORY_MAX_VALUES} values is also a {@linkplain #categorical category}, the kind of
 * column worth offering as a breakdown.
 */
public final class ValueCatalog {

    /** A product's model code: letters and digits together ("x2", "s1", "65w"), never a plain number. */
    private static final Pattern MODEL_CODE = Pattern.compile(
            "(?=.*\\p{L})(?=.*\\d)[\\p{L}\\d]{2,6}");

    /** A column with at most this many values is a category: a breakdown by it is a readable chart. */
    public static final int CATEGORY_MAX_VALUES = 500;

    /** How many values a catalog read from the data holds in all unless told otherwise: up to about 300 MB of heap. */
    public static final int DEFAULT_MAX_VALUES = 500_000;

    /** English words that are also codes of values somewhere ("in" Indiana, "or" Oregon, "me" Maine). */
    private static final Set<String> ORDINARY_WORDS = Set.of("in", "or", "me", "hi", "ok", "oh", "pa", "de", "al",
            "la", "ma", "co", "id", "mo", "ne", "va", "wa", "as", "at", "on", "to", "by", "an", "is", "it", "be", "us",
            "do", "go", "no", "so", "up", "we", "am", "my", "of", "he", "if", "ms", "mr", "vs", "pm", "ad", "tv", "ex",
            "ya", "uh", "rn", "ur", "mi", "km", "kg", "lb", "ie", "eg", "re", "ve", "ll", "st", "nd", "rd", "th", "all",
            "any", "can", "new", "one", "two", "top", "per", "and", "not");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words after a brand that name every one of its products: "the Nimbus line", "Nimbus family". */
    private static final List<String> FAMILY_NOUNS = List.of("line", "family", "range", "brand", "product", "lineup",
            "collection");

    private final Map<String, List<String>> valuesByColumn;
    private final Map<String, Long> leftOut;
    /** Per qualified column, its values that occur with more than one qualifier, each with those qualifiers. */
    private final Map<String, Map<String, List<String>>> sharedValues;
    private final PhraseMatcher<CatalogValue> matcher = new PhraseMatcher<>();
    /** The values a brand's name stands for, by the name's words in the singular ("nimbus", "nimbus line"). */
    private final Map<String, List<String>> families = new HashMap<>();

    private ValueCatalog(SemanticModel model, Map<String, List<String>> dataValues, Map<String, Long> leftOut,
            Map<String, Map<String, List<String>>> sharedValues) {
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
        this.leftOut = Map.copyOf(leftOut);
        this.sharedValues = Map.copyOf(sharedValues);
        addShortNames();
    }

    /** A catalog of the given values per column (plus the model's sample values and value synonyms). */
    public static ValueCatalog of(SemanticModel model, Map<String, List<String>> valuesByColumn) {
        return new ValueCatalog(model, valuesByColumn, Map.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The known values of a dimension column, empty for other columns. */
    public List<String> values(String column) {
        return valuesByColumn.getOrDefault(column, List.of());
    }

    /**
     * The qualifiers a value of a qualified column occurs with, when there are several: "ME" and "OR" for the city
     * "Portland" qualified by its state; empty when the value has one, or the column no qualifier.
     */
    public List<String> qualifiersOf(String column, String value) {
        return sharedValues.getOrDefault(column, Map.of()).getOrDefault(value.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether the column is a category: a dimension whose values are known and at most {@link #CATEGORY_MAX_VALUES}. */
    public boolean categorical(String column) {
        int count = values(column).size();
        return count > 0 && count <= CATEGORY_MAX_VALUES;
    }

    /**
     * The dimension columns whose data values were left out to keep within the catalog's size, each with the number
     * of values it has more than.
     */
    public Map<String, Long> leftOut() {
        return leftOut;
    }

    /** How many values the catalog knows in all. */
    public int size() {
        return valuesByColumn.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Every occurrence of a value in the words of {@code text} (positions as {@link Words#tokens} counts them),
     * overlapping ones included. One-word values spelled like ordinary words ("IN", "OR", "ME") count only when
     * written in capitals; other two-letter codes ("tx", "ca") count as written.
     */
    public List<PhraseMatcher.Match<CatalogValue>> findAll(String text) {
        List<String> original = Words.originalTokens(text);
        List<PhraseMatcher.Match<CatalogValue>> matches = new ArrayList<>(matcher.findAll(Words.tokens(text)));
        matches.removeIf(m -> m.length() == 1 && Words.ordinary(original.get(m.start()), ORDINARY_WORDS));
        // "pulse", "orbit", "glide": a brand alone is a name only written as one, and as it is spelled ("playbook" is
        // no Playnook)
        matches.removeIf(m -> m.length() == 1 && brandAlone(m.meaning(), original.get(m.start()))
                && !(Character.isUpperCase(original.get(m.start()).charAt(0)) && key(List.of(original.get(m.start())))
                        .equals(key(Words.tokens(m.meaning().value()).subList(0, 1)))));
        return matches;
    }

    /**
     * The values a brand's name stands for when {@code phrase} is one ("Nimbus", "the Nimbus line": every Nimbus
     * product), else nothing.
     */
    public List<String> family(String phrase) {
        return families.getOrDefault(key(Words.tokens(phrase)), List.of());
    }

    /** Whether one word found for a value is its brand (or a typo of it), not a model code such as "X2". */
    private boolean brandAlone(CatalogValue value, String word) {
        List<String> words = Words.tokens(value.value());
        return !words.isEmpty() && families.containsKey(key(words.subList(0, 1)))
                && word.chars().noneMatch(Character::isDigit);
    }

    private static String key(List<String> words) {
        return words.stream().map(word -> Words.singular(word.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" "));
    }

    /** The values named in {@code text}, longest phrases first, without overlaps; a tie goes to the smaller column. */
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

    /**
     * Long values are also known by shorter names when no other value shares them: their first two words ("Nimbus
     * X2" for "Nimbus X2 wireless earbuds"), and their first word with any run of their last words, as a brand and
     * what the thing is ("Hearthstone skillet", "Hearthstone cast-iron skillet" for "Hearthstone 10-inch cast-iron
     * skillet"); a model's code of letters and digits alone or with what the thing is ("X2", "X2 earbuds"). A value
     * opening with an article (a book's title) has no shorter name. A first word several long values share is a
     * brand, and names them all ("Nimbus", "the Nimbus line").
     */
    private void addShortNames() {
        Map<String, List<CatalogValue>> byShortName = new HashMap<>();
        Map<List<String>, List<CatalogValue>> byBrand = new HashMap<>();
        valuesByColumn.forEach((column, values) -> values.forEach(value -> {
            List<String> words = Words.tokens(value);
            // "The Science of Sleep" has no brand: "the money", "the sleep" would be any sentence's words
            if (words.size() >= 3 && !ARTICLES.contains(words.get(0))) {
                Set<String> names = new HashSet<>();
                names.add(words.get(0) + " " + words.get(1));
                for (int from = 2; from < words.size(); from++) {
                    names.add(words.get(0) + " " + String.join(" ", words.subList(from, words.size())));
                    if (MODEL_CODE.matcher(words.get(1)).matches()) {
                        names.add(words.get(1) + " " + String.join(" ", words.subList(from, words.size())));
                    }
                }
                if (MODEL_CODE.matcher(words.get(1)).matches()) {
                    names.add(words.get(1));
                }
                names.forEach(name -> byShortName.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new CatalogValue(column, value)));
                byBrand.computeIfAbsent(List.of(column, words.get(0)), k -> new ArrayList<>())
                        .add(new CatalogValue(column, value));
            }
        }));
        byShortName.forEach((name, values) -> {
            if (values.size() == 1 && !matcher.contains(name)) {
                matcher.add(name, values.get(0));
            }
        });
        byBrand.forEach((columnAndBrand, values) -> {
            String brand = columnAndBrand.get(1);
            if (values.size() > 1 && !matcher.contains(brand)) {
                List<String> names = new ArrayList<>(List.of(brand));
                FAMILY_NOUNS.forEach(noun -> names.add(brand + " " + noun));
                for (String name : names) {
                    values.forEach(value -> matcher.add(name, value));
                    families.put(key(Words.tokens(name)), values.stream().map(CatalogValue::value).toList());
                }
            }
        });
    }

    private static void addMissing(List<String> values, List<String> more) {
        Set<String> known = new HashSet<>();
        values.forEach(v -> known.add(v.toLowerCase(Locale.ROOT)));
        for (String value : more) {
            if (known.add(value.toLowerCase(Locale.ROOT))) {
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

    /**
     * Reads the values from the data, one {@code SELECT DISTINCT} per dimension column, while they fit in
     * {@link #maxValues}; a column past it is left out and named by {@link ValueCatalog#leftOut}. Every column still
     * to be read keeps room for a category's values, so that a large column cannot crowd out the small ones.
     */
    public static final class Builder {
        private SemanticModel model;
        private SqlWarehouse warehouse;
        private int maxValues = DEFAULT_MAX_VALUES;
        private Duration timeout = Duration.ofSeconds(30);
        private Map<String, String> qualifiers = Map.of();

        private Builder() {
        }

        /**
         * Per dimension column, the column that tells its equal values apart (a city's state): the values that occur
         * with several are read too, see {@link ValueCatalog#qualifiersOf}.
         */
        public Builder qualifiers(Map<String, String> qualifiers) {
            this.qualifiers = Map.copyOf(qualifiers);
            return this;
        }

        public Builder model(SemanticModel model) {
            this.model = model;
            return this;
        }

        public Builder warehouse(SqlWarehouse warehouse) {
            this.warehouse = warehouse;
            return this;
        }

        /** How many values to hold in all (default {@link #DEFAULT_MAX_VALUES}): it bounds the catalog's memory. */
        public Builder maxValues(int maxValues) {
            if (maxValues <= 0) {
                throw new IllegalArgumentException("maxValues must be positive");
            }
            this.maxValues = maxValues;
            return this;
        }

        /** How long each query may take. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** @throws dev.orderlens.core.port.BackendException when the warehouse cannot be read */
        public ValueCatalog build() {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(warehouse, "warehouse");
            List<SemanticColumn> columns = model.columnsWithRole(ColumnRole.DIMENSION);
            Map<String, List<String>> values = new LinkedHashMap<>();
            Map<String, Long> leftOut = new LinkedHashMap<>();
            long room = maxValues;
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i).name();
                long reserved = (long) CATEGORY_MAX_VALUES * (columns.size() - i - 1);
                int limit = (int) Math.max(room - reserved, Math.min(room, CATEGORY_MAX_VALUES));
                if (limit == 0) {
                    leftOut.put(column, 0L);
                    continue;
                }
                String sql = "SELECT DISTINCT " + column + " FROM " + model.table() + " WHERE " + column
                        + " IS NOT NULL ORDER BY 1 LIMIT " + (limit + 1);
                SqlResult result = warehouse.execute(new SqlQuery(sql, limit + 1, Long.MAX_VALUE, timeout));
                if (result.rows().size() > limit || result.truncated()) {
                    leftOut.put(column, (long) limit);
                    continue;
                }
                List<String> read = result.rows().stream()
                        .map(row -> String.valueOf(row.get(0)).strip())
                        .filter(v -> !v.isEmpty() && !v.toLowerCase(Locale.ROOT).equals("null"))
                        .toList();
                values.put(column, read);
                room -= read.size();
            }
            Map<String, Map<String, List<String>>> shared = new LinkedHashMap<>();
            qualifiers.forEach((column, qualifier) -> {
                if (values.containsKey(column)) {
                    shared.put(column, sharedValues(column, qualifier, values.get(column).size()));
                }
            });
            return new ValueCatalog(model, values, leftOut, shared);
        }

        /** The values of {@code column} that occur with more than one value of {@code qualifier}, with those. */
        private Map<String, List<String>> sharedValues(String column, String qualifier, int valueCount) {
            String sql = "SELECT " + column + ", " + qualifier + " FROM " + model.table() + " WHERE " + column
                    + " IS NOT NULL AND " + qualifier + " IS NOT NULL GROUP BY " + column + ", " + qualifier
                    + " ORDER BY 1, 2";
            // every value once at least; past a few per value, the pairs are no longer worth the memory
            int limit = Math.max(1, valueCount * 4);
            SqlResult result = warehouse.execute(new SqlQuery(sql, limit, Long.MAX_VALUE, timeout));
            Map<String, List<String>> byValue = new LinkedHashMap<>();
            result.rows().forEach(row -> byValue.computeIfAbsent(String.valueOf(row.get(0)).strip()
                    .toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(String.valueOf(row.get(1)).strip()));
            byValue.values().removeIf(qualifierValues -> qualifierValues.size() < 2);
            byValue.replaceAll((value, qualifierValues) -> List.copyOf(qualifierValues));
            return byValue;
        }
    }
}
