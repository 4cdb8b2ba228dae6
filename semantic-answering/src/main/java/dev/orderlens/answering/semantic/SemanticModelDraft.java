package dev.orderlens.answering.semantic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.semantic.ColumnProfile;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.MetricFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A semantic model file drafted from a profile of the data, for a person to review: roles guessed from types,
 * names and how many different values a column has; descriptions and synonyms from the column names in words;
 * the metrics every such model starts with (a row count, distinct identifiers, totals and averages of measures,
 * rates of flags). The JSON it writes loads with {@link SemanticModelFile#load} as it is, and is the same for
 * the same profile.
 */
public final class SemanticModelDraft {

    /** Free text is longer than this on average (in characters); shorter varied strings are dimensions. */
    static final double TEXT_AVERAGE_LENGTH = 40;
    private static final int DIMENSION_SAMPLES = 5;
    private static final Set<String> IDENTIFIER_WORDS = Set.of("id", "uuid", "guid", "key", "ref");
    /** Words naming when an order was placed, strongest first: "order" alone also names its delivery dates. */
    private static final List<Set<String>> ORDER_TIME_WORDS = List.of(
            Set.of("purchase", "purchased", "placed", "ordered", "compra"), Set.of("order", "pedido"));
    private static final Set<String> MONEY_WORDS = Set.of("price", "total", "amount", "value", "freight", "payment",
            "cost", "revenue", "fee", "refund", "discount", "valor", "frete", "preco", "pagamento", "custo");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String table;
    private final List<ColumnProfile> profiles;

    private SemanticModelDraft(String table, List<ColumnProfile> profiles) {
        this.table = table;
        this.profiles = profiles;
    }

    /**
     * @param table the table name the model gives queries
     * @param profiles the data's columns, in its order
     * @throws IllegalArgumentException when no column holds dates or timestamps: a model needs a time column
     */
    public static SemanticModelDraft of(String table, List<ColumnProfile> profiles) {
        Objects.requireNonNull(table, "table");
        if (profiles.stream().noneMatch(profile -> profile.type().isTemporal())) {
            throw new IllegalArgumentException("the data has no DATE or TIMESTAMP column, and a semantic model needs "
                    + "one as its time column (columns: " + profiles.stream().map(p -> p.name() + " " + p.type())
                            .collect(Collectors.joining(", ")) + ")");
        }
        return new SemanticModelDraft(table, List.copyOf(profiles));
    }

    /** The role a column of this profile plays in questions. */
    static ColumnRole role(ColumnProfile profile) {
        ColumnType type = profile.type();
        if (type == ColumnType.BOOLEAN) {
            return ColumnRole.FLAG;
        }
        if (type.isTemporal()) {
            return ColumnRole.TIME;
        }
        boolean identifierName = words(profile.name()).stream().anyMatch(IDENTIFIER_WORDS::contains);
        if (type.isNumeric()) {
            return identifierName || (type == ColumnType.INTEGER && profile.allDistinct()) ? ColumnRole.IDENTIFIER
                    : ColumnRole.MEASURE;
        }
        if (identifierName) {
            return ColumnRole.IDENTIFIER;
        }
        if (profile.averageLength() > TEXT_AVERAGE_LENGTH && profile.distinct() * 2 > profile.nonNull()) {
            return ColumnRole.TEXT;
        }
        return profile.allDistinct() ? ColumnRole.IDENTIFIER : ColumnRole.DIMENSION;
    }

    /** The time column: the first one named like a purchase or order time, else the first date or timestamp. */
    String timeColumn() {
        List<ColumnProfile> times = profiles.stream().filter(profile -> role(profile) == ColumnRole.TIME).toList();
        for (Set<String> orderWords : ORDER_TIME_WORDS) {
            for (ColumnProfile time : times) {
                if (words(time.name()).stream().anyMatch(orderWords::contains)) {
                    return time.name();
                }
            }
        }
        return times.get(0).name();
    }

    /** The model as pretty-printed JSON. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("table", table);
        root.put("description", inWords(table) + ", one row each (drafted from the data: review the roles, "
                + "descriptions, synonyms and metrics)");
        root.put("timeColumn", timeColumn());
        root.put("countMetric", countMetric());
        ArrayNode columns = root.putArray("columns");
        profiles.forEach(profile -> columns.add(column(profile)));
        ArrayNode metrics = root.putArray("metrics");
        metrics(metrics);
        boolean timeOfDay = profiles.stream().anyMatch(profile -> profile.name().equals(timeColumn())
                && profile.type() == ColumnType.TIMESTAMP);
        root.set("grains", defaultGrains(timeOfDay));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private ObjectNode column(ColumnProfile profile) {
        ColumnRole role = role(profile);
        ObjectNode column = JSON.createObjectNode();
        column.put("name", profile.name());
        column.put("type", (profile.type() == ColumnType.OTHER ? ColumnType.STRING : profile.type()).name());
        column.put("role", role.name());
        column.put("description", inWords(profile.name()));
        strings(column.putArray("synonyms"), synonyms(profile.name(), role));
        List<String> samples = switch (role) {
            case DIMENSION -> profile.topValues().stream().limit(DIMENSION_SAMPLES).toList();
            case IDENTIFIER -> profile.topValues().stream().limit(1).toList();
            default -> List.of();
        };
        if (!samples.isEmpty()) {
            strings(column.putArray("sampleValues"), samples);
        }
        return column;
    }

    private static List<String> synonyms(String name, ColumnRole role) {
        Set<String> synonyms = new LinkedHashSet<>();
        synonyms.add(inWords(name));
        if (role == ColumnRole.IDENTIFIER) {
            String entity = words(name).stream().filter(word -> !IDENTIFIER_WORDS.contains(word))
                    .collect(Collectors.joining(" "));
            if (!entity.isEmpty()) {
                synonyms.add(entity);
            }
        }
        synonyms.remove(name);
        return List.copyOf(synonyms);
    }

    private String countMetric() {
        return plainName(table);
    }

    private void metrics(ArrayNode metrics) {
        String rows = inWords(table);
        metrics.add(metric(countMetric(), rows, "count(*)", MetricFormat.COUNT, "count of rows",
                List.of("number of " + rows, "how many " + rows, "count", "rows")));
        for (ColumnProfile profile : profiles) {
            String name = plainName(profile.name());
            String words = inWords(profile.name());
            String column = quoted(profile.name());
            switch (role(profile)) {
                case IDENTIFIER -> metrics.add(metric(name + "_distinct", "distinct " + words,
                        "count(DISTINCT " + column + ")", MetricFormat.COUNT, "count of distinct " + words,
                        List.of("number of distinct " + words, "unique " + words)));
                case MEASURE -> {
                    MetricFormat format = words(profile.name()).stream().anyMatch(MONEY_WORDS::contains)
                            ? MetricFormat.CURRENCY : MetricFormat.NUMBER;
                    metrics.add(metric("total_" + name, "total " + words, "sum(" + column + ")", format,
                            "sum of " + words, List.of("sum of " + words, words + " in total")));
                    metrics.add(metric("average_" + name, "average " + words, "avg(" + column + ")", format,
                            "average of " + words, List.of("mean " + words, "avg " + words)));
                }
                case FLAG -> metrics.add(metric(name + "_rate", words + " rate",
                        "100.0 * avg(CASE WHEN " + column + " THEN 1.0 ELSE 0.0 END)", MetricFormat.PERCENT,
                        "share of rows where " + words + " is true, in percent",
                        List.of("share " + words, "percent " + words)));
                default -> {
                }
            }
        }
    }

    private static ObjectNode metric(String name, String label, String expression, MetricFormat format,
            String description, List<String> synonyms) {
        ObjectNode metric = JSON.createObjectNode();
        metric.put("name", name);
        metric.put("label", label);
        metric.put("format", format.name());
        metric.put("expression", expression);
        metric.put("description", description);
        strings(metric.putArray("synonyms"), synonyms);
        return metric;
    }

    /**
     * The time-grain words of the sample's model: they are English, not about the sample's data. The hour of the day
     * only when the time column holds one: a date's hour is always midnight.
     */
    private static JsonNode defaultGrains(boolean timeOfDay) {
        try (InputStream in = SemanticModelDraft.class.getClassLoader()
                .getResourceAsStream(SemanticModelFile.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("semantic model resource '" + SemanticModelFile.DEFAULT_RESOURCE
                        + "' is not on the classpath");
            }
            ArrayNode grains = (ArrayNode) JSON.readTree(in).path("grains");
            for (int i = grains.size() - 1; i >= 0 && !timeOfDay; i--) {
                if (grains.get(i).path("grain").asText().equals(TimeGrain.HOUR_OF_DAY.columnName())) {
                    grains.remove(i);
                }
            }
            return grains;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read classpath:" + SemanticModelFile.DEFAULT_RESOURCE, e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** A name as SQL writes it: bare when it is a plain lower-case name, else double-quoted. */
    private static String quoted(String name) {
        return name.matches("[a-z_][a-z0-9_]*") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A name made of lower-case letters, digits and underscores, from the words of {@code name}. */
    private static String plainName(String name) {
        String plain = String.join("_", words(name));
        return plain.isEmpty() || Character.isDigit(plain.charAt(0)) ? "c_" + plain : plain;
    }

    /** {@code order_purchase_timestamp} and {@code orderPurchaseTimestamp} → "order purchase timestamp". */
    static String inWords(String name) {
        return String.join(" ", words(name));
    }

    private static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return Arrays.stream(spaced.strip().split(" "))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
    }
}
