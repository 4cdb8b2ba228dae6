package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.semantic.ColumnProfile;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * Profiles an {@link OrdersSource} with DuckDB, column by column: its type as DuckDB reads (or, for a CSV,
 * detects) it, how many values, how many different ones, their average length as text, the most frequent
 * ones. A semantic model is drafted from these.
 */
public final class DuckDbProfiler {

    private final int topValues;

    private DuckDbProfiler(int topValues) {
        this.topValues = topValues;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws OrdersLoadException when the source is missing or unreadable
     */
    public List<ColumnProfile> profile(OrdersSource source) {
        try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
                SourceReader reader = source.open(connection)) {
            List<ColumnProfile> profiles = new ArrayList<>();
            for (SourceReader.DataColumn column : reader.detectedColumns()) {
                profiles.add(profile(connection, reader.relation(), column));
            }
            return profiles;
        } catch (SQLException e) {
            throw new BackendException("duckdb", Kind.UNAVAILABLE, "cannot profile " + source + ": "
                    + SourceReader.firstLine(e), e);
        }
    }

    private ColumnProfile profile(DuckDBConnection connection, String relation, SourceReader.DataColumn column)
            throws SQLException {
        String value = OrdersSource.quote(column.name());
        String text = "CAST(" + value + " AS VARCHAR)";
        long nonNull;
        long distinct;
        double averageLength;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(" + value + "), count(DISTINCT " + value
                        + "), coalesce(avg(length(" + text + ")), 0) FROM " + relation)) {
            row.next();
            nonNull = row.getLong(1);
            distinct = row.getLong(2);
            averageLength = row.getDouble(3);
        }
        List<String> top = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + text + " AS v FROM " + relation + " WHERE " + value
                        + " IS NOT NULL GROUP BY v ORDER BY count(*) DESC, v LIMIT " + topValues)) {
            while (rows.next()) {
                top.add(rows.getString(1));
            }
        }
        ColumnType type = DuckDbTypes.columnType(column.type());
        return new ColumnProfile(column.name(), type, nonNull, distinct, averageLength, top);
    }

    /** Builds a {@link DuckDbProfiler}. */
    public static final class Builder {
        private int topValues = 5;

        private Builder() {
        }

        /** How many of the most frequent values to keep per column (default 5). */
        public Builder topValues(int topValues) {
            if (topValues < 1) {
                throw new IllegalArgumentException("topValues must be at least 1, not " + topValues);
            }
            this.topValues = topValues;
            return this;
        }

        public DuckDbProfiler build() {
            return new DuckDbProfiler(topValues);
        }
    }
}
