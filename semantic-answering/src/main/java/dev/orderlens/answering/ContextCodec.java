package dev.orderlens.answering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps a {@link QuerySpec} in a conversation's context under {@code query.*} keys, so that the next question
 * ("and just for FedEx?") can be read against it. Keys a query does not use are written blank, which removes
 * what an earlier query left there.
 */
final class ContextCodec {

    static final String MEASURES = "query.metric";
    static final String FILTERS = "query.filters";
    static final String PERIOD = "query.period";
    static final String PERIOD_LABEL = "query.periodLabel";
    static final String COMPARED = "query.compared";
    static final String GROUP_BY = "query.groupBy";
    static final String GRAIN = "query.grain";
    static final String ORDER = "query.order";
    static final String LIMIT = "query.limit";
    static final String LIMIT_PER = "query.limitPer";
    static final String SHARE_OF = "query.shareOf";
    static final String VERSUS_REST = "query.versusRest";
    static final String PER_ENTITY = "query.perEntity";
    static final String CHANGE = "query.change";
    static final String BANDS = "query.bands";
    static final String WITHOUT = "query.without";
    static final String SCOPE = GeneratedSql.SCOPE;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> FILTER_LIST = new TypeReference<>() {
    };

    private ContextCodec() {
    }

    /** The context a follow-up reads the query back from, with the scope sentence its answer ends on. */
    static ConversationContext encode(QuerySpec spec, String scope) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MEASURES, spec.measures().stream().map(MeasureRef::encode).collect(Collectors.joining(",")));
        values.put(FILTERS, spec.filters().isEmpty() ? "" : filters(spec.filters()));
        values.put(PERIOD, spec.period() == null ? "" : spec.period().encode());
        values.put(PERIOD_LABEL, spec.period() == null ? "" : spec.period().label());
        values.put(COMPARED, periods(spec.compared()));
        values.put(GROUP_BY, String.join(",", spec.groupBy()));
        values.put(GRAIN, spec.grain() == null ? "" : spec.grain().columnName());
        values.put(ORDER, spec.ascending() == null ? "" : spec.ascending() ? "asc" : "desc");
        values.put(LIMIT, spec.limit() == null ? "" : spec.limit().toString());
        values.put(LIMIT_PER, spec.limitPer() == null ? "" : spec.limitPer());
        values.put(SHARE_OF, spec.shareOf() == null ? "" : filters(spec.shareOf()));
        values.put(VERSUS_REST, spec.versusRest() == null ? "" : filters(List.of(spec.versusRest())));
        values.put(PER_ENTITY, spec.perEntity() == null ? "" : String.join("|", spec.perEntity().column(),
                spec.perEntity().metric(), spec.perEntity().op().name(), spec.perEntity().value()));
        values.put(CHANGE, spec.change() ? "true" : "");
        values.put(BANDS, spec.bands().isEmpty() ? "" : spec.bands().stream().map(ContextCodec::filters)
                .collect(Collectors.joining("\n")));
        values.put(WITHOUT, periods(spec.without()));
        values.put(SCOPE, scope);
        return new ConversationContext(values);
    }

    /** A context that removes whatever query an earlier answer left, for SQL that no semantic query describes. */
    static ConversationContext cleared() {
        Map<String, String> values = new LinkedHashMap<>();
        List.of(MEASURES, FILTERS, PERIOD, PERIOD_LABEL, COMPARED, GROUP_BY, GRAIN, ORDER, LIMIT, LIMIT_PER, SHARE_OF,
                VERSUS_REST, PER_ENTITY, CHANGE, BANDS, WITHOUT, SCOPE)
                .forEach(key -> values.put(key, ""));
        return new ConversationContext(values);
    }

    /** The query a conversation's context holds, if any (and if it can still be read). */
    static Optional<QuerySpec> decode(ConversationContext context) {
        Optional<String> measures = context.get(MEASURES).filter(m -> !m.isBlank());
        if (measures.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QuerySpec(
                    Arrays.stream(measures.get().split(",")).map(String::strip).map(MeasureRef::decode).toList(),
                    context.get(FILTERS).map(ContextCodec::filters).orElse(List.of()),
                    context.get(PERIOD).map(Period::decode).orElse(null),
                    context.get(COMPARED).map(ContextCodec::periods).orElse(List.of()),
                    context.get(GROUP_BY).map(g -> Arrays.stream(g.split(",")).map(String::strip).toList())
                            .orElse(List.of()),
                    context.get(GRAIN).flatMap(TimeGrain::parse).orElse(null),
                    context.get(ORDER).map("asc"::equals).orElse(null),
                    context.get(LIMIT).map(Integer::valueOf).orElse(null),
                    context.get(LIMIT_PER).orElse(null),
                    context.get(SHARE_OF).map(ContextCodec::filters).orElse(null),
                    context.get(VERSUS_REST).map(ContextCodec::filters).filter(f -> !f.isEmpty()).map(f -> f.get(0))
                            .orElse(null),
                    context.get(PER_ENTITY).map(ContextCodec::entityFilter).orElse(null),
                    context.get(CHANGE).filter("true"::equals).isPresent(),
                    context.get(BANDS).map(b -> Arrays.stream(b.split("\n")).map(ContextCodec::filters).toList())
                            .orElse(List.of()),
                    context.get(WITHOUT).map(ContextCodec::periods).orElse(List.of())));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String periods(List<Period> periods) {
        return periods.stream().map(Period::encode).collect(Collectors.joining(";"));
    }

    private static List<Period> periods(String encoded) {
        return Arrays.stream(encoded.split(";")).filter(period -> !period.isBlank()).map(Period::decode).toList();
    }

    private static EntityFilter entityFilter(String encoded) {
        String[] parts = encoded.split("\\|", -1);
        return new EntityFilter(parts[0], parts[1], Filter.Op.valueOf(parts[2]), parts[3]);
    }

    private static String filters(List<Filter> filters) {
        List<Map<String, Object>> list = filters.stream()
                .map(f -> Map.<String, Object>of("column", f.column(), "op", f.op().name(), "values", f.values()))
                .toList();
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("filters could not be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Filter> filters(String json) {
        try {
            return JSON.readValue(json, FILTER_LIST).stream()
                    .map(m -> new Filter((String) m.get("column"), Filter.Op.valueOf((String) m.get("op")),
                            (List<String>) m.get("values")))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("query.filters is not a list of filters", e);
        }
    }
}
