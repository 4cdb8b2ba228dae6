package dev.orderlens.answering.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.ValueCatalog.CatalogValue;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
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

        assertThat(warehouse.queries).contains(
                "SELECT DISTINCT carrier FROM orders WHERE carrier IS NOT NULL ORDER BY 1 LIMIT 501");
        assertThat(catalog.values("carrier")).contains("Lasership", "UPS", "USPS");
        assertThat(catalog.find("how many parcels did lasership carry")).containsExactly(new CatalogValue("carrier", "Lasership"));
    }

    @Test
    void leaves_out_columns_with_too_many_values() {
        List<String> cities = IntStream.range(0, 20).mapToObj(i -> "City " + i).toList();
        RecordingWarehouse warehouse = new RecordingWarehouse(Map.of("ship_city", cities));

        ValueCatalog catalog = ValueCatalog.builder().model(model.model()).warehouse(warehouse).maxValuesPerColumn(10).build();

        assertThat(catalog.values("ship_city")).isEmpty();
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
}
