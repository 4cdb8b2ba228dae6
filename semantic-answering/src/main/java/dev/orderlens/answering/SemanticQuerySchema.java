package dev.orderlens.answering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The JSON schema of the {@link SemanticQueryForm} for one semantic model, in the strict shape structured outputs
 * accept: every object closed ({@code additionalProperties: false}) with all its properties required, optional values
 * as a type or {@code null}. Names a model may use are enums, so a model answering under the schema cannot invent
 * a metric or a column.
 */
final class SemanticQuerySchema {

    static final String NAME = "semantic_query";

    /** The aggregates a measure column may be summarised with when no metric fits. */
    static final List<String> AGGREGATES = List.of("sum", "avg", "min", "max", "median");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SemanticQuerySchema() {
    }

    /** The columns a filter may name: any, though which ops suit a column depends on its role. */
    static List<String> filterColumns(SemanticModel model) {
        return columns(model, EnumSet.allOf(ColumnRole.class));
    }

    /** The columns a query may group by: dimensions, and identifiers when a question asks for them by name. */
    static List<String> groupColumns(SemanticModel model) {
        return columns(model, Set.of(ColumnRole.DIMENSION, ColumnRole.IDENTIFIER));
    }

    static List<String> measureColumns(SemanticModel model) {
        return columns(model, Set.of(ColumnRole.MEASURE));
    }

    /** What a limit may count within: a group column or a time bucket. */
    static List<String> limitGroups(SemanticModel model) {
        return Stream.concat(groupColumns(model).stream(), grains().stream()).toList();
    }

    static List<String> grains() {
        return Arrays.stream(TimeGrain.values()).map(TimeGrain::columnName).toList();
    }

    static List<String> ops() {
        return Arrays.stream(Filter.Op.values()).map(op -> op.name().toLowerCase(Locale.ROOT)).toList();
    }

    static String of(SemanticModel model) {
        ObjectNode schema = object();
        ObjectNode properties = schema.putObject("properties");
        properties.set("expressible", described(type("boolean"),
                "false when this form cannot express the question; every other field is then ignored"));
        properties.set("refines_previous", described(type("boolean"),
                "true when the question changes the previous query (a follow-up); the whole query is still written out"));
        properties.set("measures", described(array(measure(model)), "what to compute; empty to list matching rows"));
        properties.set("filters", described(array(filter(model)), "conditions every row must meet"));
        properties.set("period", described(nullable(period()), "the time span asked about, or null for all time"));
        properties.set("compared_periods", described(array(period()),
                "two or more periods compared side by side, else empty"));
        properties.set("group_by", described(array(enumOf(groupColumns(model), false)), "columns to break down by"));
        properties.set("grain", described(enumOf(grains(), true), "the time bucket of a trend, or null"));
        properties.set("order", described(enumOf(List.of("asc", "desc"), true),
                "rank by the first measure, lowest (asc) or highest (desc) first; null when no ranking is asked"));
        properties.set("limit", described(type("integer", "null"), "how many groups a top or bottom N keeps, or null"));
        properties.set("limit_per", described(enumOf(limitGroups(model), true), "for a top or bottom N within each "
                + "group (\"the top 3 products in each category\", \"the best-selling product each month\"): the group "
                + "(a group_by column or the grain) the limit counts within; null when the limit counts over all groups"));
        properties.set("share_of", described(nullable(array(filter(model))),
                "for a share (\"share of revenue from mobile\"): the filters that pick the part; else null"));
        properties.set("versus_rest", described(nullable(filter(model)), "for one group set against all other rows "
                + "together (\"the West vs the rest of the country\"): the filter that picks the group, not repeated in "
                + "filters; else null"));
        properties.set("per_entity", described(nullable(perEntity(model)), "for the rows of the entities whose own "
                + "figure meets a comparison (\"customers who ordered more than once\": customer_id, orders, gt, \"1\"); "
                + "else null"));
        properties.set("change", described(type("boolean"), "true when the difference between compared_periods is asked "
                + "(\"the delta\", \"how much did it grow\", \"YoY growth\"): each period's figure is set against the one "
                + "before it; needs compared_periods and no grain"));
        properties.set("bands", described(array(array(filter(model))), "for rows counted in ranges of one number "
                + "column (\"orders under $50, $50 to $200 and over $200\"): one list of gt/ge/lt/le/eq filters per "
                + "range, each range a group of the result; else empty"));
        properties.set("periods_left_out", described(array(period()), "periods left out of the rows (\"2025 excluding "
                + "Black Friday\", \"March without the 14th\"); else empty"));
        close(schema);
        return schema.toString();
    }

    private static ObjectNode measure(SemanticModel model) {
        ObjectNode measure = object();
        ObjectNode properties = measure.putObject("properties");
        properties.set("metric", described(enumOf(model.metrics().stream().map(Metric::name).toList(), true),
                "a metric of the model, or null for an aggregate of a column"));
        properties.set("aggregate", described(enumOf(AGGREGATES, true), "with column, when no metric fits; else null"));
        properties.set("column", described(enumOf(measureColumns(model), true), "the measure column aggregated, or null"));
        properties.set("per", described(type("integer", "null"), "for a rate or an average per order said per so many"
                + " orders (\"cancellations per 1,000 orders\": 1000), 100, 1000 or 10000; else null"));
        close(measure);
        return measure;
    }

    private static ObjectNode filter(SemanticModel model) {
        ObjectNode filter = object();
        ObjectNode properties = filter.putObject("properties");
        properties.set("column", enumOf(filterColumns(model), false));
        properties.set("op", described(enumOf(ops(), false), "in / not_in: values of a dimension or identifier; present: "
                + "the column is set (\"delivered\" is delivered_at present); absent: it is not (\"never shipped\"); true / false: a flag; eq, gt, ge, lt, le: one "
                + "number compared with a measure column"));
        properties.set("values", described(array(type("string")), "the values as written in the data; numbers as text"));
        close(filter);
        return filter;
    }

    private static ObjectNode perEntity(SemanticModel model) {
        ObjectNode entity = object();
        ObjectNode properties = entity.putObject("properties");
        properties.set("column", described(enumOf(columns(model, Set.of(ColumnRole.IDENTIFIER)), false),
                "the identifier of the entity"));
        properties.set("metric", described(enumOf(model.metrics().stream().map(Metric::name).toList(), false),
                "the figure computed per entity"));
        properties.set("op", enumOf(Filter.COMPARISONS.stream().map(op -> op.name().toLowerCase(Locale.ROOT))
                .sorted().toList(), false));
        properties.set("value", described(type("string"), "the number compared with, as text"));
        close(entity);
        return entity;
    }

    private static ObjectNode period() {
        ObjectNode period = object();
        ObjectNode properties = period.putObject("properties");
        properties.set("start", described(type("string"), "first day, YYYY-MM-DD"));
        properties.set("end", described(type("string"), "the day after the last day, YYYY-MM-DD"));
        close(period);
        return period;
    }

    private static List<String> columns(SemanticModel model, Set<ColumnRole> roles) {
        return model.columns().stream().filter(c -> roles.contains(c.role())).map(SemanticColumn::name).toList();
    }

    private static ObjectNode object() {
        return type("object");
    }

    /** Closes an object: no other property, and every property required. */
    private static void close(ObjectNode object) {
        ArrayNode required = object.putArray("required");
        object.get("properties").fieldNames().forEachRemaining(required::add);
        object.put("additionalProperties", false);
    }

    private static ObjectNode type(String... types) {
        ObjectNode node = JSON.createObjectNode();
        if (types.length == 1) {
            node.put("type", types[0]);
        } else {
            ArrayNode list = node.putArray("type");
            Arrays.stream(types).forEach(list::add);
        }
        return node;
    }

    private static ObjectNode nullable(ObjectNode node) {
        String type = node.get("type").asText();
        node.remove("type");
        ObjectNode typed = type(type, "null");
        typed.setAll(node);
        return typed;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode array = type("array");
        array.set("items", items);
        return array;
    }

    private static ObjectNode enumOf(List<String> values, boolean orNull) {
        ObjectNode node = orNull ? type("string", "null") : type("string");
        ArrayNode list = node.putArray("enum");
        values.forEach(list::add);
        if (orNull) {
            list.addNull();
        }
        return node;
    }

    private static ObjectNode described(ObjectNode node, String description) {
        node.put("description", description);
        return node;
    }
}
