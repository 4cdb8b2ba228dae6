package dev.orderlens.answering.semantic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.DocumentField;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.OrderDocuments;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A semantic model file (JSON): the core {@link SemanticModel} plus the {@link AnsweringVocabulary} the local
 * classifier and SQL generator need. Errors name the file and the bad field ({@code columns[3].role}).
 */
public final class SemanticModelFile {

    /** Where the model of the sample orders table lives on the classpath. */
    public static final String DEFAULT_RESOURCE = "orderlens/semantic-model.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The aggregates a measure column may name as its own. */
    private static final List<String> AGGREGATES = List.of("sum", "avg", "min", "max", "median");
    private static final List<String> DOCUMENT_FIELDS =
            List.of("name", "id", "title", "text", "facts", "metadata", "month", "indexRowsWith");

    private final SemanticModel model;
    private final AnsweringVocabulary vocabulary;

    private SemanticModelFile(SemanticModel model, AnsweringVocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
    }

    public SemanticModel model() {
        return model;
    }

    public AnsweringVocabulary vocabulary() {
        return vocabulary;
    }

    /** The same model over another table (the orders table of a Databricks workspace, say). */
    public SemanticModelFile withTable(String table) {
        SemanticModel moved = new SemanticModel(table, model.description(), model.columns(), model.metrics(),
                model.timeColumn(), model.today(), model.currency(), model.locale(), model.documents());
        return new SemanticModelFile(moved, vocabulary);
    }

    /** The model of the sample orders table that ships with OrderLens. */
    public static SemanticModelFile loadDefault() {
        try (InputStream in = SemanticModelFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("semantic model resource '" + DEFAULT_RESOURCE + "' is not on the classpath");
            }
            return load(in, "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read semantic model classpath:" + DEFAULT_RESOURCE, e);
        }
    }

    public static SemanticModelFile load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read semantic model " + file, e);
        }
    }

    /**
     * @param source names the stream in error messages (a path or a resource name)
     * @throws InvalidSemanticModelException when the JSON is malformed or a field is missing or wrong
     */
    public static SemanticModelFile load(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidSemanticModelException(source + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read semantic model " + source, e);
        }
        return new Reader(source).read(root);
    }

    /** The semantic model file is malformed; the message names the file and the field. */
    public static final class InvalidSemanticModelException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidSemanticModelException(String message) {
            super(message);
        }
    }

    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        SemanticModelFile read(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw fail("", "the file must hold one JSON object");
            }
            List<SemanticColumn> columns = new ArrayList<>();
            Map<String, List<String>> presence = new LinkedHashMap<>();
            Map<String, List<String>> absence = new LinkedHashMap<>();
            Map<String, List<String>> units = new LinkedHashMap<>();
            Map<String, String> aggregates = new LinkedHashMap<>();
            Map<String, String> qualifiers = new LinkedHashMap<>();
            JsonNode columnNodes = array(root, "columns", "columns");
            for (int i = 0; i < columnNodes.size(); i++) {
                String path = "columns[" + i + "]";
                JsonNode node = columnNodes.get(i);
                SemanticColumn column = column(node, path);
                columns.add(column);
                List<String> words = strings(node, "presenceWords", path);
                if (!words.isEmpty()) {
                    presence.put(column.name(), words);
                }
                List<String> absenceWords = strings(node, "absenceWords", path);
                if (!absenceWords.isEmpty()) {
                    absence.put(column.name(), absenceWords);
                }
                List<String> unitWords = strings(node, "unitWords", path);
                if (!unitWords.isEmpty()) {
                    units.put(column.name(), unitWords);
                }
                if (node.hasNonNull("aggregate")) {
                    aggregates.put(column.name(), aggregate(node, path));
                }
                if (node.hasNonNull("qualifiedBy")) {
                    qualifiers.put(column.name(), text(node, "qualifiedBy", path));
                }
            }
            qualifiers.forEach((column, qualifier) -> {
                if (columns.stream().noneMatch(c -> c.name().equals(qualifier) && c.role() == ColumnRole.DIMENSION)) {
                    throw fail("columns[" + columns.stream().map(SemanticColumn::name).toList().indexOf(column)
                            + "].qualifiedBy", "'" + qualifier + "' is not one of the DIMENSION columns");
                }
            });
            List<Metric> metrics = new ArrayList<>();
            Map<String, AnsweringVocabulary.MetricRanking> rankings = new LinkedHashMap<>();
            Map<String, AnsweringVocabulary.RowValue> rowValues = new LinkedHashMap<>();
            JsonNode metricNodes = array(root, "metrics", "metrics");
            for (int i = 0; i < metricNodes.size(); i++) {
                String path = "metrics[" + i + "]";
                JsonNode node = metricNodes.get(i);
                Metric metric = metric(node, path);
                metrics.add(metric);
                rankings.put(metric.name(), new AnsweringVocabulary.MetricRanking(node.path("lowerIsBetter").asBoolean(false),
                        strings(node, "ascendingWords", path), strings(node, "descendingWords", path)));
                JsonNode rowValue = node.get("rowValue");
                if (rowValue != null) {
                    String rowPath = path + ".rowValue";
                    rowValues.put(metric.name(), new AnsweringVocabulary.RowValue(text(rowValue, "expression", rowPath),
                            dialectExpressions(rowValue, rowPath), metric.filter()));
                    List<String> unitWords = strings(rowValue, "unitWords", rowPath);
                    if (!unitWords.isEmpty()) {
                        units.put(metric.name(), unitWords);
                    }
                }
            }
            String timeColumn = text(root, "timeColumn", "timeColumn");
            if (columns.stream().noneMatch(c -> c.name().equals(timeColumn))) {
                throw fail("timeColumn", "'" + timeColumn + "' is not one of the columns");
            }
            LocalDate today = root.hasNonNull("today") ? date(root, "today", "today") : null;
            SemanticModel model = new SemanticModel(text(root, "table", "table"), root.path("description").asText(null),
                    columns, metrics, timeColumn, today, currency(root), locale(root),
                    documents(root, columns, metrics, timeColumn));
            String countMetric = text(root, "countMetric", "countMetric");
            if (model.metric(countMetric).isEmpty()) {
                throw fail("countMetric", "'" + countMetric + "' is not one of the metrics");
            }
            return new SemanticModelFile(model,
                    new AnsweringVocabulary(countMetric, grains(root), presence, absence, units, rankings, rowValues,
                            aggregates, events(root), qualifiers));
        }

        private String aggregate(JsonNode column, String path) {
            String aggregate = column.get("aggregate").asText();
            if (!AGGREGATES.contains(aggregate)) {
                throw fail(path + ".aggregate", "'" + aggregate + "' is not one of " + String.join(", ", AGGREGATES));
            }
            return aggregate;
        }

        /**
         * The {@code documents} section, every field it leaves out derived from the column roles as for a model
         * without the section; {@code null} when there is no section.
         */
        private OrderDocuments documents(JsonNode root, List<SemanticColumn> columns, List<Metric> metrics,
                String timeColumn) {
            JsonNode node = root.get("documents");
            if (node == null || node.isNull()) {
                return null;
            }
            String path = "documents";
            if (!node.isObject()) {
                throw fail(path, "must be an object (name, id, title, text, facts, metadata, month, indexRowsWith)");
            }
            for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                if (!DOCUMENT_FIELDS.contains(field)) {
                    throw fail(path + "." + field, "is not a field of documents (" + String.join(", ", DOCUMENT_FIELDS)
                            + ")");
                }
            }
            OrderDocuments derived = OrderDocuments.derivedFrom(columns, metrics, timeColumn);
            Map<String, SemanticColumn> byName = columns.stream()
                    .collect(Collectors.toMap(SemanticColumn::name, c -> c, (a, b) -> a, LinkedHashMap::new));
            List<DocumentField> text = node.has("text") ? fields(node, "text", path, byName) : derived.text();
            for (int i = 0; i < text.size(); i++) {
                if (node.has("text") && byName.get(text.get(i).column()).role() != ColumnRole.TEXT) {
                    throw fail(path + ".text[" + i + "]", "'" + text.get(i).column()
                            + "' is not a TEXT column (give it the role TEXT, or state it as a fact)");
                }
            }
            String id = node.has("id") ? columnName(node, "id", path, byName) : derived.idColumn();
            if (id == null && !text.isEmpty()) {
                throw fail(path + ".id", "is missing, and the model has no IDENTIFIER column to take it from");
            }
            String month = node.has("month") ? null : derived.monthColumn();
            if (node.hasNonNull("month")) {
                month = columnName(node, "month", path, byName);
                if (!byName.get(month).type().isTemporal()) {
                    throw fail(path + ".month", "'" + month + "' is not a DATE or TIMESTAMP column");
                }
            }
            return new OrderDocuments(node.has("name") ? text(node, "name", path) : null, id,
                    node.has("title") ? columnNames(node, "title", path, byName) : derived.titleColumns(), text,
                    node.has("facts") ? fields(node, "facts", path, byName) : derived.facts(),
                    node.has("metadata") ? columnNames(node, "metadata", path, byName) : derived.metadataColumns(),
                    month, node.has("indexRowsWith") ? columnNames(node, "indexRowsWith", path, byName) : List.of());
        }

        /** A list of columns, each a name or {@code {"column", "label", "format"}}. */
        private List<DocumentField> fields(JsonNode node, String field, String path, Map<String, SemanticColumn> byName) {
            JsonNode values = array(node, field, path + "." + field);
            List<DocumentField> fields = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String itemPath = path + "." + field + "[" + i + "]";
                JsonNode value = values.get(i);
                if (value.isTextual()) {
                    fields.add(DocumentField.of(known(value.asText(), itemPath, byName)));
                } else if (value.isObject()) {
                    fields.add(new DocumentField(known(text(value, "column", itemPath), itemPath + ".column", byName),
                            value.path("label").asText(null), value.hasNonNull("format")
                            ? constant(MetricFormat.class, value, "format", itemPath) : null));
                } else {
                    throw fail(itemPath, "must be a column name or an object with column, label and format");
                }
            }
            return fields;
        }

        private List<String> columnNames(JsonNode node, String field, String path, Map<String, SemanticColumn> byName) {
            List<String> names = strings(node, field, path);
            for (int i = 0; i < names.size(); i++) {
                known(names.get(i), path + "." + field + "[" + i + "]", byName);
            }
            return names;
        }

        private String columnName(JsonNode node, String field, String path, Map<String, SemanticColumn> byName) {
            return known(text(node, field, path), path + "." + field, byName);
        }

        private String known(String column, String path, Map<String, SemanticColumn> byName) {
            if (!byName.containsKey(column)) {
                throw fail(path, "'" + column + "' is not one of the columns");
            }
            return column;
        }

        private Currency currency(JsonNode root) {
            if (!root.hasNonNull("currency")) {
                return null;
            }
            String code = text(root, "currency", "currency");
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw fail("currency", "'" + code + "' is not an ISO 4217 currency code (USD, EUR, BRL…)");
            }
        }

        private Locale locale(JsonNode root) {
            if (!root.hasNonNull("locale")) {
                return null;
            }
            String tag = text(root, "locale", "locale");
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag).build();
                if (!locale.getLanguage().isEmpty()) {
                    return locale;
                }
            } catch (IllformedLocaleException e) {
                // reported below, with what a tag looks like
            }
            throw fail("locale", "'" + tag + "' is not a BCP 47 language tag (en-US, pt-BR, de-DE…)");
        }

        private SemanticColumn column(JsonNode node, String path) {
            return new SemanticColumn(text(node, "name", path), constant(ColumnType.class, node, "type", path),
                    constant(ColumnRole.class, node, "role", path), node.path("description").asText(null),
                    strings(node, "synonyms", path), strings(node, "sampleValues", path), valueSynonyms(node, path));
        }

        private Metric metric(JsonNode node, String path) {
            return new Metric(text(node, "name", path), node.path("label").asText(null),
                    node.path("description").asText(null), strings(node, "synonyms", path),
                    text(node, "expression", path), node.path("filter").asText(null),
                    constant(MetricFormat.class, node, "format", path), dialectExpressions(node, path));
        }

        private Map<SqlDialect, String> dialectExpressions(JsonNode node, String path) {
            Map<SqlDialect, String> dialectExpressions = new EnumMap<>(SqlDialect.class);
            JsonNode dialects = node.path("dialectExpressions");
            for (Iterator<String> names = dialects.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                dialectExpressions.put(constant(SqlDialect.class, name, path + ".dialectExpressions"),
                        text(dialects, name, path + ".dialectExpressions"));
            }
            return dialectExpressions;
        }

        private Map<TimeGrain, AnsweringVocabulary.GrainWords> grains(JsonNode root) {
            Map<TimeGrain, AnsweringVocabulary.GrainWords> grains = new EnumMap<>(TimeGrain.class);
            JsonNode nodes = root.path("grains");
            for (int i = 0; i < nodes.size(); i++) {
                String path = "grains[" + i + "]";
                JsonNode node = nodes.get(i);
                String name = text(node, "grain", path);
                TimeGrain grain = TimeGrain.parse(name).orElseThrow(() -> fail(path + ".grain",
                        "'" + name + "' is not one of " + Arrays.stream(TimeGrain.values())
                                .map(TimeGrain::columnName).collect(Collectors.joining(", "))));
                grains.put(grain, new AnsweringVocabulary.GrainWords(strings(node, "adjectives", path),
                        strings(node, "nouns", path)));
            }
            return grains;
        }

        /** The {@code events} section: named periods of the shop, each with its first and last day. */
        private List<AnsweringVocabulary.NamedPeriod> events(JsonNode root) {
            List<AnsweringVocabulary.NamedPeriod> events = new ArrayList<>();
            JsonNode nodes = root.path("events");
            if (!nodes.isMissingNode() && !nodes.isArray()) {
                throw fail("events", "must be a list of {name, synonyms, start, end}");
            }
            for (int i = 0; i < nodes.size(); i++) {
                String path = "events[" + i + "]";
                JsonNode node = nodes.get(i);
                String name = text(node, "name", path);
                LocalDate first = date(node, "start", path + ".start");
                LocalDate last = node.hasNonNull("end") ? date(node, "end", path + ".end") : first;
                if (last.isBefore(first)) {
                    throw fail(path + ".end", "'" + last + "' is before the start, " + first);
                }
                List<String> words = new ArrayList<>(List.of(name));
                words.addAll(strings(node, "synonyms", path));
                events.add(new AnsweringVocabulary.NamedPeriod(name, words, first, last));
            }
            return events;
        }

        private LocalDate date(JsonNode node, String field, String path) {
            String text = text(node, field, path);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail(path, "'" + text + "' is not a date (yyyy-mm-dd)");
            }
        }

        private Map<String, List<String>> valueSynonyms(JsonNode node, String path) {
            Map<String, List<String>> synonyms = new LinkedHashMap<>();
            JsonNode values = node.path("valueSynonyms");
            if (!values.isMissingNode() && !values.isObject()) {
                throw fail(path + ".valueSynonyms", "must be an object of value → list of words");
            }
            for (Iterator<String> names = values.fieldNames(); names.hasNext(); ) {
                String value = names.next();
                synonyms.put(value, strings(values, value, path + ".valueSynonyms"));
            }
            return synonyms;
        }

        private JsonNode array(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw fail(path, "must be a list");
            }
            return value;
        }

        private List<String> strings(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                throw fail(path + "." + field, "must be a list of strings");
            }
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw fail(path + "." + field + "[" + i + "]", "must be a string");
                }
                strings.add(value.get(i).asText());
            }
            return strings;
        }

        private String text(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            String fullPath = path.equals(field) || path.endsWith("." + field) ? path : path + "." + field;
            if (value == null || value.isNull()) {
                throw fail(fullPath, "is missing");
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw fail(fullPath, "must be a non-empty string");
            }
            return value.asText();
        }

        private <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field, String path) {
            return constant(type, text(node, field, path), path + "." + field);
        }

        private <E extends Enum<E>> E constant(Class<E> type, String name, String path) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(name)) {
                    return constant;
                }
            }
            throw fail(path, "'" + name + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }

        private InvalidSemanticModelException fail(String path, String problem) {
            return new InvalidSemanticModelException(Objects.requireNonNull(source) + ": "
                    + (path.isEmpty() ? "" : path + " ") + problem);
        }
    }
}
