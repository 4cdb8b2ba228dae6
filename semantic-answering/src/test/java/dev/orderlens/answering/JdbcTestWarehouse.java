package dev.orderlens.answering;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlWarehouse;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** A DuckDB warehouse over JDBC for tests: runs SQL and maps rows to the domain's value types. */
final class JdbcTestWarehouse implements SqlWarehouse, AutoCloseable {

    private final Connection connection;

    private JdbcTestWarehouse(Connection connection) {
        this.connection = connection;
    }

    static JdbcTestWarehouse inMemory() {
        return open("jdbc:duckdb:");
    }

    static JdbcTestWarehouse open(String url) {
        try {
            return new JdbcTestWarehouse(DriverManager.getConnection(url));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }

    void run(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public SqlResult execute(SqlQuery query) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query.sql())) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Column> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(new Column(meta.getColumnLabel(i), type(meta.getColumnType(i))));
            }
            List<List<Object>> rows = new ArrayList<>();
            long total = 0;
            while (rs.next()) {
                total++;
                if (rows.size() < query.maxRows()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(value(rs, i, columns.get(i - 1).type()));
                    }
                    rows.add(row);
                }
            }
            return new SqlResult(columns, rows, total, total > rows.size());
        } catch (SQLException e) {
            throw new BackendException("duckdb", BackendException.Kind.REJECTED, "query failed: " + e.getMessage(), e);
        }
    }

    private static Object value(ResultSet rs, int i, ColumnType type) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null) {
            return null;
        }
        switch (type) {
            case INTEGER:
                return rs.getLong(i);
            case DECIMAL:
                return rs.getBigDecimal(i);
            case DOUBLE:
                return rs.getDouble(i);
            case BOOLEAN:
                return rs.getBoolean(i);
            case DATE:
                return rs.getObject(i, java.time.LocalDate.class);
            case TIMESTAMP:
                return rs.getObject(i, java.time.LocalDateTime.class);
            case STRING:
                return rs.getString(i);
            default:
                return value instanceof BigDecimal ? value : value.toString();
        }
    }

    private static ColumnType type(int sqlType) {
        switch (sqlType) {
            case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT:
                return ColumnType.INTEGER;
            case Types.DECIMAL: case Types.NUMERIC:
                return ColumnType.DECIMAL;
            case Types.FLOAT: case Types.DOUBLE: case Types.REAL:
                return ColumnType.DOUBLE;
            case Types.BOOLEAN: case Types.BIT:
                return ColumnType.BOOLEAN;
            case Types.DATE:
                return ColumnType.DATE;
            case Types.TIMESTAMP: case Types.TIMESTAMP_WITH_TIMEZONE:
                return ColumnType.TIMESTAMP;
            case Types.VARCHAR: case Types.CHAR: case Types.LONGVARCHAR:
                return ColumnType.STRING;
            default:
                return ColumnType.OTHER;
        }
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.DUCKDB;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the test warehouse failed", e);
        }
    }
}
