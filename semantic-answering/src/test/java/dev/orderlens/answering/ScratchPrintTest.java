package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.table.SqlDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScratchPrintTest {
    @Test
    void print() throws Exception {
        JdbcTestWarehouse warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        LocalSqlGenerator generator = SmallOrders.generator(model, SmallOrders.catalog(model, warehouse));
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/tmp/cov/questions.txt"))) {
            if (line.isBlank()) continue;
            Conversation c = Conversation.empty("s");
            String[] turns = line.split(" >> ");
            String result = "";
            for (String q : turns) {
                try {
                    var g = generator.generate(q, c, SqlDialect.DUCKDB);
                    result = g.sql();
                    c = c.plus(new Turn("m", q, "", Route.SQL, g.sql(), Instant.EPOCH), c.context().merge(g.context()), 10);
                } catch (Exception e) {
                    result = "!! " + e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            out.append(line).append("\n    ").append(result).append("\n");
        }
        Files.writeString(Path.of("/tmp/cov/out.txt"), out.toString());
        warehouse.close();
    }
}
