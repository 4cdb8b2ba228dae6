package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.core.port.FollowUpSuggester;
import dev.orderlens.testsupport.FollowUpSuggesterContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class LocalFollowUpSuggesterContractTest extends FollowUpSuggesterContract {

    private static JdbcTestWarehouse warehouse;
    private static LocalFollowUpSuggester suggester;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        ValueCatalog catalog = SmallOrders.catalog(model, warehouse);
        suggester = LocalFollowUpSuggester.builder().model(model).sqlGenerator(SmallOrders.generator(model, catalog))
                .catalog(catalog).build();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @Override
    protected FollowUpSuggester suggester() {
        return suggester;
    }
}
