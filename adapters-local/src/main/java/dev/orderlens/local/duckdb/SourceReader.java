package dev.orderlens.local.duckdb;

import dev.orderlens.core.semantic.SemanticColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * An {@link OrdersSource} opened on a connection: a relation DuckDB reads with the types the data has, its
 * columns, and the copy of its rows into a model's table. This one copies with one {@code INSERT … SELECT},
 * after checking that every value converts to the model's type.
 */
class SourceReader implements AutoCloseable {

    private static final int SHOWN_VALUE_LENGTH = 40;

    /** A column as the data names and types it, and where it is among the source's columns. */
    record DataColumn(String name, String type, int position) {
    }

    final DuckDBConnection connection;
    private final String source;
    private final String relation;

    SourceReader(DuckDBConnection connection, String source, String relation) {
        this.connection = connection;
        this.source = source;
        this.relation = relation;
    }

    /** The source as a relation to select from, with the types DuckDB reads or detects. */
    String relation() {
        return relation;
    }

    /** The source's columns, in its order, as a load matches them to the model's. */
    List<DataColumn> columns() throws SQLException {
        return detectedColumns();
    }

    /** The relation's columns with the types DuckDB reads or detects. */
    final List<DataColumn> detectedColumns() throws SQLException {
        List<DataColumn> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM " + relation)) {
            while (rows.next()) {
                columns.add(new DataColumn(rows.getString("column_name"), rows.getString("column_type"),
                        columns.size()));
            }
        } catch (SQLException e) {
            throw new OrdersLoadException("cannot read " + source + ": " + firstLine(e));
        }
        return columns;
    }

    /**
     * Adds a problem for each column whose values do not all convert to the model's type. Each check runs on
     * its own, outside any transaction, because a failed query spoils the transaction it runs in.
     */
    void checkValues(Map<SemanticColumn, DataColumn> matches, List<String> problems) {
        matches.forEach((column, data) -> {
            String type = DuckDbTypes.sqlType(column.type());
            String value = "(SELECT " + OrdersSource.quote(data.name()) + " AS v FROM " + relation + ")";
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*), min(CAST(v AS VARCHAR)) FROM " + value
                            + " WHERE v IS NOT NULL AND TRY_CAST(v AS " + type + ") IS NULL")) {
                rows.next();
                long bad = rows.getLong(1);
                if (bad > 0) {
                    problems.add("column " + column.name() + ": " + bad + (bad == 1 ? " value" : " values")
                            + " cannot be read as " + column.type() + ", such as '" + shown(rows.getString(2)) + "'");
                }
            } catch (SQLException e) {
                problems.add("column " + column.name() + ": " + data.type() + " data cannot be read as "
                        + column.type());
            }
        });
    }

    /**
     * Copies the source's rows into {@code table}, which has the model's columns, and returns how many there
     * were. Copies nothing once {@code problems} holds one, since the load will be refused anyway.
     */
    long copy(String table, List<SemanticColumn> tableColumns, Map<SemanticColumn, DataColumn> matches,
            List<String> problems) throws SQLException {
        if (!problems.isEmpty()) {
            return 0;
        }
        String values = tableColumns.stream()
                .map(column -> "CAST(" + OrdersSource.quote(matches.get(column).name()) + " AS "
                        + DuckDbTypes.sqlType(column.type()) + ")")
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("INSERT INTO " + OrdersSource.quote(table) + " SELECT " + values + " FROM "
                    + relation);
        }
    }

    @Override
    public void close() throws SQLException {
    }

    /** The source, as messages name it. */
    @Override
    public String toString() {
        return source;
    }

    static String shown(String text) {
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return message.lines().findFirst().orElse(message);
    }
}
