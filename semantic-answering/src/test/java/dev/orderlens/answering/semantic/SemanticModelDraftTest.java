package dev.orderlens.answering.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.semantic.ColumnProfile;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Drafting a model for a dataset whose names and types are not the sample's (a Brazilian marketplace export). */
class SemanticModelDraftTest {

    private static final long ROWS = 1000;

    private static final List<ColumnProfile> PEDIDOS = List.of(
            profile("pedido_id", ColumnType.STRING, ROWS, 12, "P-0001"),
            profile("cliente_id", ColumnType.STRING, 640, 12, "C-0042"),
            profile("data_entrega", ColumnType.DATE, 700, 10),
            profile("data_compra", ColumnType.TIMESTAMP, ROWS, 19),
            profile("estado", ColumnType.STRING, 27, 2, "SP", "RJ", "MG", "RS", "PR", "SC"),
            profile("cidade", ColumnType.STRING, 310, 11, "sao paulo"),
            profile("categoria", ColumnType.STRING, 8, 9, "casa"),
            profile("valor_total", ColumnType.DECIMAL, 950, 6),
            profile("frete", ColumnType.DECIMAL, 400, 5),
            profile("nota_avaliacao", ColumnType.INTEGER, 5, 1),
            profile("atrasado", ColumnType.BOOLEAN, 2, 5),
            profile("comentario", ColumnType.STRING, 990, 85),
            profile("numero_linha", ColumnType.INTEGER, ROWS, 3));

    @Test
    void guesses_roles_from_types_names_and_cardinality() {
        SemanticModel model = load(SemanticModelDraft.of("pedidos", PEDIDOS).json()).model();

        Map<String, ColumnRole> roles = model.columns().stream()
                .collect(Collectors.toMap(SemanticColumn::name, SemanticColumn::role));
        assertThat(roles).containsAllEntriesOf(Map.ofEntries(
                Map.entry("pedido_id", ColumnRole.IDENTIFIER), Map.entry("cliente_id", ColumnRole.IDENTIFIER),
                Map.entry("data_entrega", ColumnRole.TIME), Map.entry("data_compra", ColumnRole.TIME),
                Map.entry("estado", ColumnRole.DIMENSION), Map.entry("cidade", ColumnRole.DIMENSION),
                Map.entry("categoria", ColumnRole.DIMENSION), Map.entry("valor_total", ColumnRole.MEASURE),
                Map.entry("frete", ColumnRole.MEASURE), Map.entry("nota_avaliacao", ColumnRole.MEASURE),
                Map.entry("atrasado", ColumnRole.FLAG), Map.entry("comentario", ColumnRole.TEXT),
                Map.entry("numero_linha", ColumnRole.IDENTIFIER)));
        assertThat(model.columns()).extracting(SemanticColumn::type).containsExactly(ColumnType.STRING,
                ColumnType.STRING, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.STRING, ColumnType.STRING,
                ColumnType.STRING, ColumnType.DECIMAL, ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.BOOLEAN,
                ColumnType.STRING, ColumnType.INTEGER);
    }

    @Test
    void the_first_time_column_is_the_time_column_unless_another_is_named_like_an_order_time() {
        SemanticModel pedidos = load(SemanticModelDraft.of("pedidos", PEDIDOS).json()).model();
        SemanticModel shipments = load(SemanticModelDraft.of("shipments", List.of(
                profile("shipped_at", ColumnType.TIMESTAMP, ROWS, 19),
                profile("delivered_on", ColumnType.DATE, ROWS, 10))).json()).model();
        SemanticModel olist = load(SemanticModelDraft.of("orders", List.of(
                profile("order_delivered_customer_date", ColumnType.TIMESTAMP, ROWS, 19),
                profile("order_purchase_timestamp", ColumnType.TIMESTAMP, ROWS, 19))).json()).model();

        assertThat(pedidos.timeColumn()).isEqualTo("data_compra");
        assertThat(shipments.timeColumn()).isEqualTo("shipped_at");
        assertThat(olist.timeColumn()).isEqualTo("order_purchase_timestamp");
        assertThat(olist.column("order_purchase_timestamp").orElseThrow().description())
                .isEqualTo("order purchase timestamp");
    }

    @Test
    void samples_the_top_values_of_dimensions_and_the_first_of_identifiers() {
        SemanticModel model = load(SemanticModelDraft.of("pedidos", PEDIDOS).json()).model();

        assertThat(model.column("estado").orElseThrow().sampleValues()).containsExactly("SP", "RJ", "MG", "RS", "PR");
        assertThat(model.column("cliente_id").orElseThrow().sampleValues()).containsExactly("C-0042");
        assertThat(model.column("cliente_id").orElseThrow().synonyms()).containsExactly("cliente id", "cliente");
        assertThat(model.column("valor_total").orElseThrow().sampleValues()).isEmpty();
    }

    @Test
    void drafts_a_count_distinct_identifiers_totals_and_averages_of_measures_and_rates_of_flags() {
        SemanticModelFile file = load(SemanticModelDraft.of("pedidos", PEDIDOS).json());

        assertThat(file.vocabulary().countMetric()).isEqualTo("pedidos");
        assertThat(file.model().metrics()).extracting(Metric::name, Metric::expression, Metric::format).contains(
                org.assertj.core.groups.Tuple.tuple("pedidos", "count(*)", MetricFormat.COUNT),
                org.assertj.core.groups.Tuple.tuple("cliente_id_distinct", "count(DISTINCT cliente_id)",
                        MetricFormat.COUNT),
                org.assertj.core.groups.Tuple.tuple("total_valor_total", "sum(valor_total)", MetricFormat.CURRENCY),
                org.assertj.core.groups.Tuple.tuple("average_frete", "avg(frete)", MetricFormat.CURRENCY),
                org.assertj.core.groups.Tuple.tuple("average_nota_avaliacao", "avg(nota_avaliacao)",
                        MetricFormat.NUMBER),
                org.assertj.core.groups.Tuple.tuple("atrasado_rate",
                        "100.0 * avg(CASE WHEN atrasado THEN 1.0 ELSE 0.0 END)", MetricFormat.PERCENT));
        assertThat(file.model().metrics()).extracting(Metric::name).doesNotContain("total_comentario",
                "total_estado");
    }

    @Test
    void writes_the_same_json_for_the_same_profile_with_the_fields_in_a_fixed_order() {
        String json = SemanticModelDraft.of("pedidos", PEDIDOS).json();

        assertThat(SemanticModelDraft.of("pedidos", PEDIDOS).json()).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"table\" : \"pedidos\",\n  \"description\" : ");
        assertThat(json.indexOf("\"columns\"")).isLessThan(json.indexOf("\"metrics\""));
        assertThat(json).doesNotContain("currency").doesNotContain("locale");
    }

    @Test
    void quotes_names_that_sql_cannot_write_bare() {
        SemanticModel model = load(SemanticModelDraft.of("sales", List.of(
                profile("Order Date", ColumnType.DATE, ROWS, 10),
                profile("Sale Amount", ColumnType.DOUBLE, 900, 6))).json()).model();

        assertThat(model.metric("total_sale_amount").orElseThrow().expression()).isEqualTo("sum(\"Sale Amount\")");
        assertThat(model.column("Order Date").orElseThrow().synonyms()).containsExactly("order date");
    }

    @Test
    void offers_the_hour_of_the_day_only_when_the_time_column_holds_one() {
        assertThat(load(SemanticModelDraft.of("pedidos", PEDIDOS).json()).vocabulary().grainWords())
                .containsKey(TimeGrain.HOUR_OF_DAY);
        List<ColumnProfile> byDay = List.of(profile("pedido_id", ColumnType.STRING, ROWS, 12, "P-0001"),
                profile("data_compra", ColumnType.DATE, 700, 10), profile("valor_total", ColumnType.DECIMAL, 950, 6));
        assertThat(load(SemanticModelDraft.of("pedidos", byDay).json()).vocabulary().grainWords())
                .containsKey(TimeGrain.DAY_OF_WEEK).doesNotContainKey(TimeGrain.HOUR_OF_DAY);
    }

    @Test
    void refuses_data_without_a_date_or_timestamp() {
        assertThatThrownBy(() -> SemanticModelDraft.of("pedidos", List.of(profile("pedido_id", ColumnType.STRING, 3, 5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no DATE or TIMESTAMP column").hasMessageContaining("pedido_id STRING");
    }

    private static SemanticModelFile load(String json) {
        return SemanticModelFile.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "draft");
    }

    private static ColumnProfile profile(String name, ColumnType type, long distinct, double averageLength,
            String... topValues) {
        return new ColumnProfile(name, type, ROWS, distinct, averageLength, List.of(topValues));
    }
}
