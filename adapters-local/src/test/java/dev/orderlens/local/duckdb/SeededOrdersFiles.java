package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.local.sample.ProgressListener;
import dev.orderlens.local.sample.SampleDataGenerator;
import dev.orderlens.local.sample.SampleOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DuckDB files whose {@code orders} table has the sample dataset's schema and holds only the rows a test gives. */
public final class SeededOrdersFiles {

    private SeededOrdersFiles() {
    }

    /** A file with the sample's {@code orders} table, emptied, to copy for each test. */
    public static Path emptySampleTable(Path directory) {
        Path file = directory.resolve("empty-orders.duckdb");
        new SampleDataGenerator(SampleOptions.defaults().withOrderCount(SampleOptions.MIN_ORDER_COUNT))
                .generate(file, ProgressListener.NONE);
        TestDatabases.execute(file, "DELETE FROM orders", "CHECKPOINT");
        return file;
    }

    /** A copy of {@code template} at {@code target} whose {@code orders} table holds exactly {@code rows}. */
    public static Path holding(Path template, Path target, List<Map<OrderColumn, Object>> rows) {
        try {
            Files.copy(template, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<OrderColumn> columns = Arrays.asList(OrderColumn.values());
        String sql = "INSERT INTO orders (" + columns.stream().map(OrderColumn::column)
                .collect(Collectors.joining(", ")) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(target));
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map<OrderColumn, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    insert.setObject(i + 1, row.get(columns.get(i)));
                }
                insert.execute();
            }
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }
}
