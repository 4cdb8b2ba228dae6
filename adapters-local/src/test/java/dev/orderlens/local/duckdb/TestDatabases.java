package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.SqlResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** Writes DuckDB database files for tests, through a writable connection closed before the test goes on. */
final class TestDatabases {

    private TestDatabases() {
    }

    static Path execute(Path file, String... statements) {
        try (Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(file));
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates {@code table} with the result's columns (in this adapter's DuckDB types) and rows, in order. */
    static Path createTable(Path file, String table, SqlResult content) {
        String columns = content.columns().stream()
                .map(c -> '"' + c.name() + "\" " + DuckDbTypes.sqlType(c.type()))
                .collect(Collectors.joining(", "));
        String placeholders = content.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        try (Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(file))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE OR REPLACE TABLE " + table + " (" + columns + ")");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " VALUES (" + placeholders + ")")) {
                for (List<Object> row : content.rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        insert.setObject(i + 1, row.get(i));
                    }
                    insert.execute();
                }
            }
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file whose {@code table} raises {@code errorMessage} when read. */
    static Path failingOnRead(Path file, String table, String errorMessage) {
        String literal = "'" + errorMessage.replace("'", "''") + "'";
        // The message sits in a table so that DuckDB raises it when the query runs, not when the view is made.
        return execute(file, "CREATE TABLE messages AS SELECT " + literal + " AS message",
                "CREATE VIEW " + table + " AS SELECT error(message) FROM messages");
    }
}
