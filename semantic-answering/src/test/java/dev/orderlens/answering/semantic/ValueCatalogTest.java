package dev.orderlens.answering.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.ValueCatalog.CatalogValue;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.ColumnRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValueCatalogTest {

    private final SemanticModelFile model = SemanticModelFile.loadDefault();

    @Test
    void reads_the_distinct_values_of_each_dimension_from_the_warehouse() {
        RecordingWarehouse warehouse = new RecordingWarehouse(Map.of("carrier", List.of("UPS", "FedEx", "Lasership")));

        ValueCatalog catalog = ValueCatalog.builder().model(model.model()).warehouse(warehouse).build();

        assertThat(warehouse.queries).hasSize(model.model().columnsWithRole(ColumnRole.DIMENSION).size())
                .contains("SELECT DISTINCT carrier FROM orders WHERE carrier IS NOT NULL ORDER BY 1 LIMIT 499501");
        assertThat(catalog.values("carrier")).contains("Lasership", "UPS", "USPS");
        assertThat(catalog.find("how many parcels did lasership carry")).containsExactly(new CatalogValue("carrier", "Lasership"));
    }

    @Test
    void knows_every_value_of_a_column_with_thousands_but_calls_only_small_columns_categories() {
        List<String> cities = IntStream.range(0, 5_000).mapToObj(i -> "Vila " + i).toList();
        RecordingWarehouse warehouse = new RecordingWarehouse(Map.of("ship_city", cities, "carrier", List.of("UPS")));

        ValueCatalog catalog = ValueCatalog.builder().model(model.model()).warehouse(warehouse).build();

        assertThat(catalog.values("ship_city")).hasSize(5_000 + cityNicknames());
        assertThat(catalog.find("orders sent to vila 4321")).containsExactly(new CatalogValue("ship_city", "Vila 4321"));
        assertThat(catalog.categorical("ship_city")).isFalse();
        assertThat(catalog.categorical("carrier")).isTrue();
        assertThat(catalog.leftOut()).isEmpty();
    }

    @Test
    void leaves_out_a_column_past_its_size_and_names_it_but_keeps_room_for_the_small_ones() {
        List<String> cities = IntStream.range(0, 2_000).mapToObj(i -> "City " + i).toList();
        List<String> products = IntStream.range(0, 2_500).mapToObj(i -> "Product " + i).toList();
        RecordingWarehouse warehouse = new RecordingWarehouse(Map.of("ship_city", cities, "product_name", products,
                "carrier", List.of("UPS", "DHL")));

        ValueCatalog catalog = ValueCatalog.builder().model(model.model()).warehouse(warehouse).maxValues(6_000).build();

        assertThat(catalog.values("ship_city")).hasSize(2_000 + cityNicknames());
        assertThat(catalog.values("product_name")).isEmpty();
        assertThat(catalog.leftOut()).containsExactly(Map.entry("product_name", 2_000L));
        assertThat(catalog.values("carrier")).contains("UPS", "DHL");
    }

    @Test
    void reads_values_without_accents_and_in_any_case_and_forgives_one_typo_in_long_words() {
        ValueCatalog catalog = ValueCatalog.of(model.model(),
                Map.of("ship_city", List.of("São José dos Campos", "Feira de Santana", "São Paulo")));

        assertThat(catalog.find("orders to Sao Jose dos Campos")).containsExactly(
                new CatalogValue("ship_city", "São José dos Campos"));
        assertThat(catalog.find("ORDERS TO SÃO PAULO")).containsExactly(new CatalogValue("ship_city", "São Paulo"));
        assertThat(catalog.find("revenue in feira de santanna")).containsExactly(
                new CatalogValue("ship_city", "Feira de Santana"));
    }

    @Test
    void prefers_an_exact_word_to_a_typo_of_another() {
        ValueCatalog catalog = ValueCatalog.of(model.model(), Map.of("ship_city", List.of("Salvador", "Salvado")));

        assertThat(catalog.find("orders to salvado")).containsExactly(new CatalogValue("ship_city", "Salvado"));
    }

    @Test
    void reads_two_letter_codes_only_in_capitals() {
        ValueCatalog catalog = ValueCatalog.of(model.model(), Map.of("ship_state", List.of("IN", "OR")));

        assertThat(catalog.find("orders in 2025 or 2024")).isEmpty();
        assertThat(catalog.find("orders sent to IN or OR")).containsExactly(
                new CatalogValue("ship_state", "IN"), new CatalogValue("ship_state", "OR"));
    }

    @Test
    void gives_a_value_named_in_two_columns_to_the_smaller_column() {
        ValueCatalog catalog = ValueCatalog.of(model.model(),
                Map.of("ship_city", List.of("Mobile", "Orange", "Reno", "Aurora", "Tulsa"), "channel", List.of("web", "mobile")));

        assertThat(catalog.find("orders from mobile")).containsExactly(new CatalogValue("channel", "mobile"));
    }

    @Test
    void matches_synonyms_typos_plurals_and_case() {
        ValueCatalog catalog = ValueCatalog.of(model.model(), Map.of());

        assertThat(catalog.find("orders from California")).containsExactly(new CatalogValue("ship_state", "CA"));
        assertThat(catalog.find("FED EX deliveries")).containsExactly(new CatalogValue("carrier", "FedEx"));
        assertThat(catalog.find("paid with gift cards")).containsExactly(new CatalogValue("payment_method", "gift_card"));
        assertThat(catalog.find("electroncs revenue")).containsExactly(new CatalogValue("category", "Electronics"));
        assertThat(catalog.find("home & kitchen")).containsExactly(new CatalogValue("category", "Home & Kitchen"));
    }

    @Test
    void prefers_the_longest_phrase() {
        ValueCatalog catalog = ValueCatalog.of(model.model(), Map.of("ship_city", List.of("New York")));

        assertThat(catalog.find("revenue in New York State")).containsExactly(new CatalogValue("ship_state", "NY"));
        assertThat(catalog.find("revenue in New York")).containsExactly(new CatalogValue("ship_city", "New York"));
    }

    @Test
    void knows_long_values_by_their_first_two_words() {
        ValueCatalog catalog = ValueCatalog.of(model.model(),
                Map.of("product_name", List.of("Nimbus X2 wireless earbuds", "Voltix 65W USB-C fast charger")));

        assertThat(catalog.find("units of nimbus x2 sold in 2025"))
                .containsExactly(new CatalogValue("product_name", "Nimbus X2 wireless earbuds"));
    }

    @Test
    void knows_a_title_opening_with_an_article_only_by_its_whole_name() {
        ValueCatalog catalog = ValueCatalog.of(model.model(),
                Map.of("product_name", List.of("The Money Conversation", "The Science of Sleep")));

        assertThat(catalog.find("net of the money I refunded last month")).isEmpty();
        assertThat(catalog.find("units of the money conversation"))
                .containsExactly(new CatalogValue("product_name", "The Money Conversation"));
    }

    @Test
    void knows_a_brand_as_all_its_products_and_a_model_code_as_its_one() {
        ValueCatalog catalog = ValueCatalog.of(model.model(), Map.of("product_name", List.of(
                "Nimbus X2 wireless earbuds", "Nimbus S1 over-ear headphones", "Pulse fitness tracker band",
                "Pulse smart body scale", "Arclight 27-inch QHD monitor")));

        assertThat(catalog.find("units of the Nimbus line")).extracting(CatalogValue::value)
                .containsAnyOf("Nimbus X2 wireless earbuds", "Nimbus S1 over-ear headphones");
        assertThat(catalog.family("nimbus line")).containsExactlyInAnyOrder("Nimbus X2 wireless earbuds",
                "Nimbus S1 over-ear headphones");
        assertThat(catalog.find("revenue of the X2 earbuds")).containsExactly(
                new CatalogValue("product_name", "Nimbus X2 wireless earbuds"));
        assertThat(catalog.find("the pulse of our sales")).isEmpty();
        assertThat(catalog.find("what's the Pulser playbook")).isEmpty();
        assertThat(catalog.find("orders of 27 units")).isEmpty();
    }

    /** Answers {@code SELECT DISTINCT} with the given values per column and records the SQL. */
    private static final class RecordingWarehouse implements SqlWarehouse {
        private final Map<String, List<String>> values;
        private final List<String> queries = new ArrayList<>();

        RecordingWarehouse(Map<String, List<String>> values) {
            this.values = values;
        }

        @Override
        public SqlResult execute(SqlQuery query) {
            queries.add(query.sql());
            String column = query.sql().substring("SELECT DISTINCT ".length(), query.sql().indexOf(" FROM"));
            List<List<Object>> rows = values.getOrDefault(column, List.of()).stream()
                    .limit(query.maxRows()).map(v -> List.<Object>of(v)).toList();
            return SqlResult.of(List.of(new Column(column, ColumnType.STRING)), rows);
        }

        @Override
        public SqlDialect dialect() {
            return SqlDialect.DUCKDB;
        }
    }

    /** The cities the model names by a nickname ("nyc"), which the catalog knows whatever the warehouse holds. */
    private int cityNicknames() {
        return model.model().column("ship_city").orElseThrow().valueSynonyms().size();
    }
}
