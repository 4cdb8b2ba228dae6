package dev.orderlens.local.sample;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A read-only connection to a generated orders database, with one-line query helpers for assertions. */
final class OrdersDatabase implements AutoCloseable {

    private final Connection connection;

    OrdersDatabase(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
    }

    long count(String where) throws SQLException {
        return number("SELECT count(*) FROM orders WHERE " + where).longValueExact();
    }

    /** The first column of the first row, as a number. */
    BigDecimal number(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    double ratio(String sql) throws SQLException {
        return number(sql).doubleValue();
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    String checksum() throws SQLException {
        return strings("SELECT md5(string_agg(CAST(o AS VARCHAR), '|' ORDER BY order_id)) FROM orders o").get(0);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
