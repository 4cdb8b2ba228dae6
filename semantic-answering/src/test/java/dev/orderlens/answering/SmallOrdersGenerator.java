package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import java.time.Duration;
import java.util.List;
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

    /** The query for {@code question} asked first, after running it on the small warehouse. */
    String sql(String question) {
        String sql = generator.generate(question, Conversation.empty("s"), SqlDialect.DUCKDB).sql();
        warehouse.execute(new SqlQuery(sql, 1000, Duration.ofSeconds(10)));
        return sql;
    }

    /** The query for {@code then} asked right after {@code first}. */
    GeneratedSql followUp(String first, String then) {
        GeneratedSql before = generator.generate(first, Conversation.empty("s"), SqlDialect.DUCKDB);
        return generator.generate(then, new Conversation("s", List.of(),
                ConversationContext.empty().merge(before.context())), SqlDialect.DUCKDB);
    }
}
