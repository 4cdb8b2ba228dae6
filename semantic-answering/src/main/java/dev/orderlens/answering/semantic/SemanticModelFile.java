package dev.orderlens.answering.semantic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
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
                model.timeColumn(), model.today(), model.currency(), model.locale());
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
            }
            List<Metric> metrics = new ArrayList<>();
            Map<String, AnsweringVocabulary.MetricRanking> rankings = new LinkedHashMap<>();
            JsonNode metricNodes = array(root, "metrics", "metrics");
            for (int i = 0; i < metricNodes.size(); i++) {
                String path = "metrics[" + i + "]";
                JsonNode node = metricNodes.get(i);
                Metric metric = metric(node, path);
                metrics.add(metric);
                rankings.put(metric.name(), new AnsweringVocabulary.MetricRanking(node.path("lowerIsBetter").asBoolean(false),
                        strings(node, "ascendingWords", path), strings(node, "descendingWords", path)));
            }
            String timeColumn = text(root, "timeColumn", "timeColumn");
            if (columns.stream().noneMatch(c -> c.name().equals(timeColumn))) {
                throw fail("timeColumn", "'" + timeColumn + "' is not one of the columns");
            }
            LocalDate today = null;
            if (root.hasNonNull("today")) {
                try {
                    today = LocalDate.parse(root.get("today").asText());
                } catch (DateTimeParseException e) {
                    throw fail("today", "'" + root.get("today").asText() + "' is not a date (yyyy-mm-dd)");
                }
            }
            SemanticModel model = new SemanticModel(text(root, "table", "table"), root.path("description").asText(null),
                    columns, metrics, timeColumn, today, currency(root), locale(root));
            String countMetric = text(root, "countMetric", "countMetric");
            if (model.metric(countMetric).isEmpty()) {
                throw fail("countMetric", "'" + countMetric + "' is not one of the metrics");
            }
            return new SemanticModelFile(model,
                    new AnsweringVocabulary(countMetric, grains(root), presence, rankings));
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
            Map<SqlDialect, String> dialectExpressions = new EnumMap<>(SqlDialect.class);
            JsonNode dialects = node.path("dialectExpressions");
            for (Iterator<String> names = dialects.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                dialectExpressions.put(constant(SqlDialect.class, name, path + ".dialectExpressions"),
                        text(dialects, name, path + ".dialectExpressions"));
            }
            return new Metric(text(node, "name", path), node.path("label").asText(null),
                    node.path("description").asText(null), strings(node, "synonyms", path),
                    text(node, "expression", path), node.path("filter").asText(null),
                    constant(MetricFormat.class, node, "format", path), dialectExpressions);
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
