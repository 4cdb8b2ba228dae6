package dev.orderlens.local.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What a DuckDB database holds, read from its own catalog functions. */
final class DuckDbCatalog {

    private DuckDbCatalog() {
    }

    /**
     * The names of every table and view, the built-in ones of {@code pg_catalog} and {@code information_schema}
     * included, in lower case: what a one-part name in a query may resolve to.
     */
    static Set<String> names(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM duckdb_tables()"
                        + " UNION SELECT view_name FROM duckdb_views()")) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** {@code "database"."schema"."table"} of the table named {@code table}, preferring the main schema. */
    static String qualifiedName(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT database_name, schema_name, table_name"
                + " FROM duckdb_tables() WHERE lower(table_name) = lower(?) ORDER BY schema_name = 'main' DESC LIMIT 1")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the database has no table named " + table);
                }
                return quoted(row.getString(1)) + "." + quoted(row.getString(2)) + "." + quoted(row.getString(3));
            }
        }
    }

    private static String quoted(String part) {
        return '"' + part.replace("\"", "\"\"") + '"';
    }
}
