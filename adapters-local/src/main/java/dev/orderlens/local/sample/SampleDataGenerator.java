package dev.orderlens.local.sample;

import dev.orderlens.core.port.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Generates the sample {@code orders} table (design §3) into a new DuckDB database file. The same
 * {@link SampleOptions} always produce the same rows.
 */
public final class SampleDataGenerator {

    public static final String TASK = "Generating sample orders";
    private static final int PROGRESS_EVERY = 10_000;

    private final SampleOptions options;

    public SampleDataGenerator(SampleOptions options) {
        this.options = options;
    }

    /**
     * Writes the table into {@code databaseFile}, which must not exist yet.
     *
     * @throws BackendException when DuckDB fails to create or fill the file
     * @throws IllegalArgumentException when the file already exists
     */
    public void generate(Path databaseFile, ProgressListener progress) {
        if (Files.exists(databaseFile)) {
            throw new IllegalArgumentException("refusing to overwrite " + databaseFile);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + databaseFile.toAbsolutePath())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(OrdersTable.DDL);
            }
            appendOrders(connection.unwrap(DuckDBConnection.class), progress);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new BackendException("duckdb", BackendException.Kind.UNAVAILABLE,
                    "writing the sample orders to " + databaseFile + " failed: " + e.getMessage(), e);
        }
    }

    private void appendOrders(DuckDBConnection connection, ProgressListener progress) throws SQLException {
        OrderSimulator simulator = new OrderSimulator(options);
        int[] perDay = OrderCalendar.ordersPerDay(options.orderCount());
        long number = 0;
        progress.step(TASK, 0, options.orderCount());
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, OrdersTable.NAME)) {
            for (int d = 0; d < perDay.length; d++) {
                LocalDate day = SampleEvents.PERIOD.first().plusDays(d);
                for (LocalDateTime orderTs : simulator.startDay(day, perDay[d])) {
                    OrdersTable.append(appender, simulator.order(++number, orderTs));
                    if (number % PROGRESS_EVERY == 0) {
                        progress.step(TASK, number, options.orderCount());
                    }
                }
            }
        }
        progress.step(TASK, number, options.orderCount());
    }
}
