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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A city column of 20,000 values, far past a category's size: every city can still be named in a question; and a
 * city name two states share, asked about rather than summed over both without a word.
 */
class ManyCitiesTest {

    private static final int CITIES = 20_000;

    private static JdbcTestWarehouse warehouse;
    private static ValueCatalog catalog;
    private static LocalSqlGenerator generator;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        // 20,000 distinct names such as "Vila do Jabuti", "Lagoa da Itapê", "Ponte da Sébaí": an order shipped to each.
        warehouse.run("""
                INSERT INTO orders
                SELECT template.* REPLACE (cities.city AS ship_city)
                FROM (SELECT * FROM orders LIMIT 1) template,
                     (SELECT ['Vila','Porto','Campo','Serra','Lagoa','Barra','Ponte','Morro'][i % 8 + 1] || ' '
                             || ['de','do','dos','da'][i // 8 % 4 + 1] || ' '
                             || ['Ja','Ca','Ibi','Ta','Gua','Ara','Ita','Pi','Bu','Jaca','Mara','Ube','Co','Tu',
                                 'Ipa','Jun','Pira','Ma','Sé','Ba','Cu','Inda','Poti','Xe','Ri'][i // 32 % 25 + 1]
                             || ['buti','juí','pê','raba','tinga','nema','quara','çaba','rema','lândia','pó','rimã',
                                 'tuba','baí','goa','cema','zal','roca','mirim','açu','tiba','nhém','patá','ruçu',
                                 'vena'][i // 800 % 25 + 1] AS city
                      FROM range(CITIES) t(i)
                      UNION ALL SELECT 'São José dos Campos' UNION ALL SELECT 'Feira de Santana') cities
                """.replace("CITIES", String.valueOf(CITIES)));
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
    void knows_every_city_but_does_not_call_the_column_a_category() {
        assertThat(catalog.values("ship_city")).hasSizeGreaterThan(CITIES).contains("Feira de Santana");
        assertThat(catalog.categorical("ship_city")).isFalse();
        assertThat(catalog.categorical("carrier")).isTrue();
    }

    @Test
    void filters_on_a_city_named_as_it_is_written() {
        assertThat(sql("How many orders were shipped to Feira de Santana?")).contains("ship_city = 'Feira de Santana'");

        String sql = sql("number of orders from Feira de Santana");
        assertThat(warehouse.execute(new SqlQuery(sql, 10, Duration.ofSeconds(10))).rows())
                .containsExactly(List.of(1L));
    }

    @Test
    void filters_on_a_city_named_without_accents_or_capitals() {
        assertThat(sql("revenue in sao jose dos campos in 2024")).contains("ship_city = 'São José dos Campos'");
        assertThat(sql("orders to ponte da sebai")).contains("ship_city = 'Ponte da Sébaí'");
    }

    @Test
    void filters_on_a_city_with_one_typo_in_a_long_word() {
        assertThat(sql("orders shipped to Feira de Santanna")).contains("ship_city = 'Feira de Santana'");
    }

    @Test
    void filters_on_two_cities_and_another_dimension_together() {
        assertThat(sql("How many orders paid with gift cards for Vila do Jabuti or Lagoa da Itapê?"))
                .contains("ship_city IN ('Vila do Jabuti', 'Lagoa da Itapê')", "payment_method = 'gift_card'");
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
