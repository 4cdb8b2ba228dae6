package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The small orders warehouse and the local generator over the default model, opened before a test class's tests
 * and closed after them: {@code @RegisterExtension static final SmallOrdersGenerator ORDERS = …}.
 */
final class SmallOrdersGenerator implements BeforeAllCallback, AfterAllCallback {

    private JdbcTestWarehouse warehouse;
    private LocalSqlGenerator generator;

    @Override
    public void beforeAll(ExtensionContext context) {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        generator = SmallOrders.generator(model, SmallOrders.catalog(model, warehouse));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        warehouse.close();
    }

    JdbcTestWarehouse warehouse() {
        return warehouse;
    }

    LocalSqlGenerator generator() {
        return generator;
    }
}
