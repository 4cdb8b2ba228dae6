package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.SqlGenerator.ClarificationNeededException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A city name two states share: asked about rather than summed over both without a word. */
class SharedPlaceNamesTest {

    private static JdbcTestWarehouse warehouse;
    private static ValueCatalog catalog;
    private static LocalSqlGenerator generator;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        // an Atlanta in Texas beside the one in Georgia
        warehouse.run("INSERT INTO orders SELECT * REPLACE ('ORD-999999' AS order_id, 'TX' AS ship_state) FROM orders"
                + " WHERE ship_city = 'Atlanta' LIMIT 1");
        SemanticModelFile model = SemanticModelFile.loadDefault();
        catalog = SmallOrders.catalog(model, warehouse);
        generator = SmallOrders.generator(model, catalog);
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    private static String sql(String question) {
        return generator.generate(question, Conversation.empty("s"), SqlDialect.DUCKDB).sql();
    }

    @Test
    void knows_which_values_several_qualifiers_share() {
        assertThat(catalog.qualifiersOf("ship_city", "Atlanta")).containsExactly("GA", "TX");
        assertThat(catalog.qualifiersOf("ship_city", "Chicago")).isEmpty();
        assertThat(catalog.qualifiersOf("carrier", "UPS")).isEmpty();
    }

    @Test
    void asks_which_place_a_shared_name_means_with_each_as_a_question() {
        assertThatThrownBy(() -> sql("What was revenue in Atlanta in 2025?"))
                .isInstanceOfSatisfying(ClarificationNeededException.class, e -> {
                    assertThat(e.clarification().text()).contains("Atlanta", "ship state", "GA, TX");
                    assertThat(e.clarification().choices()).containsExactly("What was revenue in Atlanta GA in 2025?",
                            "What was revenue in Atlanta TX in 2025?");
                    String texas = sql(e.clarification().choices().get(1));
                    assertThat(texas).contains("ship_city = 'Atlanta'", "ship_state = 'TX'");
                    assertThat(warehouse.execute(new SqlQuery(texas, 10, Duration.ofSeconds(10))).rows())
                            .hasSize(1);
                });
    }

    @Test
    void answers_a_place_named_with_its_qualifier_or_a_name_no_other_place_has() {
        assertThat(sql("revenue in Atlanta GA in 2025")).contains("ship_city = 'Atlanta'", "ship_state = 'GA'");
        assertThat(sql("revenue in Chicago in 2025")).contains("ship_city = 'Chicago'");
        assertThat(sql("revenue by city in 2025")).contains("GROUP BY ship_city, ship_state");
        assertThat(sql("orders by state for Atlanta")).contains("ship_city = 'Atlanta'", "GROUP BY ship_state");
    }
}
