package dev.orderlens.answering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.core.semantic.ClosestName;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.core.sql.SqlText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON form of a {@link QuerySpec}, the shape {@link SemanticQuerySchema} describes: written for a language
 * model to read (the previous query of a conversation) and read back from its answer. Reading checks every name and
 * value against the semantic model and the data's values, and a mistake is reported with what exists, so that the
 * model can correct itself.
 */
final class SemanticQueryJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LISTED = 25;

    private final SemanticModel model;
    private final ValueCatalog catalog;

    SemanticQueryJson(SemanticModel model, ValueCatalog catalog) {
        this.model = Objects.requireNonNull(model, "model");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The query as JSON, in the form the schema describes. */
    String write(QuerySpec spec) {
        ObjectNode root = JSON.createObjectNode();
        root.put("expressible", true);
        root.put("refines_previous", false);
        ArrayNode measures = root.putArray("measures");
        spec.measures().forEach(m -> {
            ObjectNode measure = measures.addObject();
            measure.put("metric", m.metric());
            measure.put("aggregate", m.aggregate());
            measure.put("column", m.column());
            measure.put("per", m.per());
        });
        root.set("filters", filters(spec.filters()));
        root.set("period", spec.period() == null ? null : period(spec.period()));
        root.set("compared_periods", periods(spec.compared()));
        ArrayNode groupBy = root.putArray("group_by");
        spec.groupBy().forEach(groupBy::add);
        root.put("grain", spec.grain() == null ? null : spec.grain().columnName());
        root.put("order", spec.ascending() == null ? null : spec.ascending() ? "asc" : "desc");
        if (spec.limit() == null) {
            root.putNull("limit");
        } else {
            root.put("limit", spec.limit());
        }
        root.put("limit_per", spec.limitPer());
        root.set("share_of", spec.shareOf() == null ? null : filters(spec.shareOf()));
        root.set("versus_rest", spec.versusRest() == null ? null : filters(List.of(spec.versusRest())).get(0));
        root.set("per_entity", spec.perEntity() == null ? null : perEntity(spec.perEntity()));
        root.put("change", spec.change());
        ArrayNode bands = root.putArray("bands");
        spec.bands().forEach(band -> bands.add(filters(band)));
        root.set("periods_left_out", periods(spec.without()));
        return root.toString();
    }

    /**
     * The query a model wrote, or empty when it said the form cannot express the question.
     *
     * @param previousQuery whether the conversation has a query the answer may say it refines
     * @throws InvalidSemanticQueryException when the text is not JSON of the form or names what the model lacks
     */
    Optional<QuerySpec> read(String text, boolean previousQuery) {
        JsonNode root;
        try {
            root = JSON.readTree(SqlText.stripCodeFences(text));
        } catch (JsonProcessingException e) {
            throw new InvalidSemanticQueryException("the answer is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSemanticQueryException("the answer is not a JSON object");
        }
        if (!root.path("expressible").asBoolean(true)) {
            return Optional.empty();
        }
        Reading reading = new Reading();
        QuerySpec spec = reading.spec(root, previousQuery);
        if (!reading.problems.isEmpty()) {
            throw new InvalidSemanticQueryException(String.join("; ", reading.problems));
        }
        return Optional.of(spec);
    }

    private static ArrayNode filters(List<Filter> filters) {
        ArrayNode list = JSON.createArrayNode();
        filters.forEach(f -> {
            ObjectNode filter = list.addObject();
            filter.put("column", f.column());
            filter.put("op", f.op().name().toLowerCase(Locale.ROOT));
            ArrayNode values = filter.putArray("values");
            f.values().forEach(values::add);
        });
        return list;
    }

    private static ObjectNode perEntity(EntityFilter entity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("column", entity.column());
        node.put("metric", entity.metric());
        node.put("op", entity.op().name().toLowerCase(Locale.ROOT));
        node.put("value", entity.value());
        return node;
    }

    private static ArrayNode periods(List<Period> periods) {
        ArrayNode nodes = JSON.createArrayNode();
        periods.forEach(period -> nodes.add(period(period)));
        return nodes;
    }

    private static ObjectNode period(Period period) {
        ObjectNode node = JSON.createObjectNode();
        node.put("start", period.start().toString());
        node.put("end", period.end().toString());
        return node;
    }

    /** One answer being read: the problems found so far, all reported at once. */
    private final class Reading {
        private final List<String> problems = new ArrayList<>();

        QuerySpec spec(JsonNode root, boolean previousQuery) {
            if (root.path("refines_previous").asBoolean(false) && !previousQuery) {
                problems.add("refines_previous is true but the conversation has no previous query");
            }
            List<MeasureRef> measures = new ArrayList<>();
            root.path("measures").forEach(node -> measure(node).ifPresent(measures::add));
            List<Filter> filters = filters(root.path("filters"));
            Period period = period(root.path("period"), "period");
            List<Period> compared = periods(root, "compared_periods");
            if (compared.size() == 1) {
                problems.add("compared_periods needs two or more periods (or none)");
            }
            List<String> groupBy = new ArrayList<>();
            root.path("group_by").forEach(node -> name(node.asText(), SemanticQuerySchema.groupColumns(model),
                    "group_by column").ifPresent(groupBy::add));
            TimeGrain grain = text(root, "grain").map(g -> TimeGrain.parse(g).orElseGet(() -> {
                problems.add(unknown("grain", g, SemanticQuerySchema.grains()));
                return null;
            })).orElse(null);
            Boolean ascending = order(root);
            Integer limit = limit(root.path("limit"));
            String limitPer = text(root, "limit_per")
                    .flatMap(per -> name(per, SemanticQuerySchema.limitGroups(model), "limit_per group"))
                    .filter(per -> {
                        boolean fits = limit != null && QuerySpec.countsWithin(per, groupBy, grain);
                        if (!fits) {
                            problems.add("limit_per must be one of two or more groups (group_by or the grain) and"
                                    + " needs a limit, got " + per);
                        }
                        return fits;
                    }).orElse(null);
            List<Filter> shareOf = root.path("share_of").isArray() ? filters(root.path("share_of")) : null;
            JsonNode rest = root.path("versus_rest");
            Filter versusRest = rest.isObject() ? filter(rest).orElse(null) : null;
            JsonNode entity = root.path("per_entity");
            EntityFilter perEntity = entity.isObject() ? perEntity(entity).orElse(null) : null;
            if (root.path("measures").isEmpty() && (!groupBy.isEmpty() || grain != null || ascending != null || shareOf != null
                    || !compared.isEmpty() || versusRest != null)) {
                problems.add("group_by, grain, order, compared_periods, share_of and versus_rest need at least one measure");
            }
            List<List<Filter>> bands = new ArrayList<>();
            root.path("bands").forEach(node -> bands.add(filters(node)));
            if (!bands.isEmpty() && !QuerySpec.bandsFit(bands)) {
                problems.add("bands needs two or more ranges of one number column, each a list of eq, gt, ge, lt or le"
                        + " filters");
                bands.clear();
            }
            boolean change = root.path("change").asBoolean(false);
            if (change && !QuerySpec.changeFits(compared, grain, measures)) {
                problems.add("change needs two or more compared_periods, a measure and no grain");
                change = false;
            }
            return new QuerySpec(measures, filters, period, compared, groupBy, grain, ascending, limit, limitPer,
                    shareOf, versusRest, perEntity, change, bands, periods(root, "periods_left_out"));
        }

        private List<Period> periods(JsonNode root, String field) {
            List<Period> periods = new ArrayList<>();
            root.path(field).forEach(node -> {
                Period p = period(node, field);
                if (p != null) {
                    periods.add(p);
                }
            });
            return periods;
        }

        private Optional<EntityFilter> perEntity(JsonNode node) {
            Optional<String> column = text(node, "column").flatMap(c -> name(c,
                    columnsWithRole(ColumnRole.IDENTIFIER), "per_entity column"));
            Optional<String> metric = text(node, "metric").flatMap(m -> name(m,
                    model.metrics().stream().map(Metric::name).toList(), "per_entity metric"));
            Optional<Filter.Op> op = text(node, "op").map(o -> o.toUpperCase(Locale.ROOT))
                    .flatMap(o -> Filter.COMPARISONS.stream().filter(c -> c.name().equals(o)).findFirst());
            Optional<String> value = text(node, "value").filter(SemanticQueryJson::isNumber);
            if (op.isEmpty() || value.isEmpty()) {
                problems.add("per_entity needs op eq, gt, ge, lt or le and one number as value");
            }
            return column.isPresent() && metric.isPresent() && op.isPresent() && value.isPresent()
                    ? Optional.of(new EntityFilter(column.get(), metric.get(), op.get(), value.get())) : Optional.empty();
        }

        private Optional<MeasureRef> measure(JsonNode node) {
            JsonNode per = node.path("per");
            Optional<MeasureRef> measure = figure(node);
            if (per.isNull() || per.isMissingNode() || measure.isEmpty()) {
                return measure;
            }
            if (!per.isInt() || !MeasureRef.PER_ORDERS.contains(per.asInt())) {
                problems.add("per is 100, 1000 or 10000 orders, or null, not " + per);
                return measure;
            }
            if (!measure.get().canBePerOrders(model)) {
                problems.add("per applies to a rate or an average per order only, not " + measure.get().encode());
                return measure;
            }
            return measure.map(m -> m.per(per.asInt()));
        }

        private Optional<MeasureRef> figure(JsonNode node) {
            Optional<String> metric = text(node, "metric");
            Optional<String> aggregate = text(node, "aggregate");
            Optional<String> column = text(node, "column");
            if (metric.isPresent()) {
                if (aggregate.isPresent() || column.isPresent()) {
                    problems.add("a measure is a metric or an aggregate of a column, not both (metric "
                            + metric.get() + ")");
                }
                return name(metric.get(), model.metrics().stream().map(Metric::name).toList(), "metric")
                        .map(MeasureRef::metric);
            }
            if (aggregate.isEmpty() || column.isEmpty()) {
                problems.add("a measure needs a metric, or an aggregate and a column");
                return Optional.empty();
            }
            Optional<String> function = name(aggregate.get().toLowerCase(Locale.ROOT), SemanticQuerySchema.AGGREGATES,
                    "aggregate");
            Optional<String> measured = name(column.get(), SemanticQuerySchema.measureColumns(model), "measure column");
            return function.flatMap(f -> measured.map(c -> MeasureRef.aggregate(f, c)));
        }

        private List<Filter> filters(JsonNode list) {
            List<Filter> filters = new ArrayList<>();
            list.forEach(node -> filter(node).ifPresent(filters::add));
            return filters;
        }

        private Optional<Filter> filter(JsonNode node) {
            Optional<String> column = text(node, "column")
                    .flatMap(c -> name(c, SemanticQuerySchema.filterColumns(model), "filter column"));
            Optional<Filter.Op> op = text(node, "op").flatMap(o -> name(o.toLowerCase(Locale.ROOT),
                    SemanticQuerySchema.ops(), "op")).map(o -> Filter.Op.valueOf(o.toUpperCase(Locale.ROOT)));
            if (column.isEmpty() || op.isEmpty()) {
                if (text(node, "column").isEmpty() || text(node, "op").isEmpty()) {
                    problems.add("a filter needs a column and an op");
                }
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            node.path("values").forEach(v -> values.add(v.asText()));
            SemanticColumn semantic = model.column(column.get()).orElseThrow();
            return checked(semantic, op.get(), values).map(v -> new Filter(column.get(), op.get(), v));
        }

        /** The filter's values as the data spells them, if its op suits the column and its values exist. */
        private Optional<List<String>> checked(SemanticColumn column, Filter.Op op, List<String> values) {
            String where = column.name() + " " + op.name().toLowerCase(Locale.ROOT);
            switch (op) {
                case PRESENT:
                case ABSENT:
                case NONE:
                    return Optional.of(List.of());
                case TRUE:
                case FALSE:
                    if (column.role() != ColumnRole.FLAG) {
                        problems.add(where + ": true and false apply to flag columns only ("
                                + listed(columnsWithRole(ColumnRole.FLAG)) + ")");
                        return Optional.empty();
                    }
                    return Optional.of(List.of());
                case IN:
                case NOT_IN:
                    if (column.role() != ColumnRole.DIMENSION && column.role() != ColumnRole.IDENTIFIER) {
                        problems.add(where + ": in and not_in apply to dimension and identifier columns only");
                        return Optional.empty();
                    }
                    if (values.isEmpty()) {
                        problems.add(where + ": needs at least one value");
                        return Optional.empty();
                    }
                    return knownValues(column, values);
                default:
                    if (column.role() != ColumnRole.MEASURE) {
                        problems.add(where + ": numeric comparisons apply to measure columns only ("
                                + listed(columnsWithRole(ColumnRole.MEASURE)) + ")");
                        return Optional.empty();
                    }
                    if (values.size() != 1 || !isNumber(values.get(0))) {
                        problems.add(where + ": needs exactly one number, got " + values);
                        return Optional.empty();
                    }
                    return Optional.of(List.of(values.get(0).strip()));
            }
        }

        private Optional<List<String>> knownValues(SemanticColumn column, List<String> values) {
            List<String> known = catalog.values(column.name());
            if (known.isEmpty()) {
                // Values not read into the catalog (identifiers, very large columns) cannot be checked here.
                return Optional.of(values);
            }
            List<String> spelled = new ArrayList<>();
            for (String value : values) {
                Optional<String> match = spelling(column, known, value);
                if (match.isPresent()) {
                    spelled.add(match.get());
                } else {
                    problems.add(unknown("value of " + column.name(), value, known));
                }
            }
            return spelled.size() == values.size() ? Optional.of(spelled) : Optional.empty();
        }

        private Optional<String> spelling(SemanticColumn column, List<String> known, String value) {
            Optional<String> same = known.stream().filter(k -> k.equalsIgnoreCase(value.strip())).findFirst();
            if (same.isPresent()) {
                return same;
            }
            return column.valueSynonyms().entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(s -> s.equalsIgnoreCase(value.strip())))
                    .map(Map.Entry::getKey).findFirst();
        }

        private Period period(JsonNode node, String field) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            try {
                return new Period(LocalDate.parse(node.path("start").asText()), LocalDate.parse(node.path("end").asText()));
            } catch (DateTimeParseException e) {
                problems.add(field + ": start and end must be dates written YYYY-MM-DD, got " + node);
            } catch (IllegalArgumentException e) {
                problems.add(field + ": " + e.getMessage() + ", got " + node);
            }
            return null;
        }

        private Boolean order(JsonNode root) {
            Optional<String> order = text(root, "order");
            if (order.isEmpty()) {
                return null;
            }
            if (!order.get().equals("asc") && !order.get().equals("desc")) {
                problems.add(unknown("order", order.get(), List.of("asc", "desc")));
                return null;
            }
            return order.get().equals("asc");
        }

        private Integer limit(JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 1) {
                problems.add("limit must be a whole number of at least 1, got " + node);
                return null;
            }
            return node.intValue();
        }

        /** The name as the model spells it, matched ignoring case; a problem naming the closest and all otherwise. */
        private Optional<String> name(String wanted, List<String> names, String what) {
            Optional<String> match = names.stream().filter(n -> n.equalsIgnoreCase(wanted)).findFirst();
            if (match.isEmpty()) {
                problems.add(unknown(what, wanted, names));
            }
            return match;
        }

        private List<String> columnsWithRole(ColumnRole role) {
            return model.columnsWithRole(role).stream().map(SemanticColumn::name).toList();
        }
    }

    private static String unknown(String what, String wanted, List<String> names) {
        return "unknown " + what + " '" + wanted + "'"
                + ClosestName.among(wanted, names).map(n -> " (closest: " + n + ")").orElse("")
                + "; known: " + listed(names);
    }

    private static String listed(List<String> names) {
        String shown = names.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return names.size() > MAX_LISTED ? shown + " and " + (names.size() - MAX_LISTED) + " more" : shown;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An answer that is not JSON of the semantic query form, or that names what the model does not have. */
    static final class InvalidSemanticQueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidSemanticQueryException(String message) {
            super(message);
        }
    }
}
