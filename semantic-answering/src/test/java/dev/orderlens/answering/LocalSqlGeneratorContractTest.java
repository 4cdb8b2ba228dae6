package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.testsupport.SqlGeneratorContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class LocalSqlGeneratorContractTest extends SqlGeneratorContract {

    private static final SemanticModelFile MODEL = SemanticModelFile.loadDefault();

    private static JdbcTestWarehouse warehouse;
    private static LocalSqlGenerator generator;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        generator = SmallOrders.generator(MODEL, SmallOrders.catalog(MODEL, warehouse));
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @Override
    protected SqlGenerator generator() {
        return generator;
    }

    @Override
    protected String table() {
        return MODEL.model().table();
    }

    /** The DuckDB SQL runs on the small orders table; no Databricks warehouse is at hand without a workspace. */
    @Override
    protected List<SqlWarehouse> warehouses() {
        return List.of(warehouse);
    }
}
