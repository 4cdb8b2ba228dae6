package dev.orderlens.local.sample;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the documents' queries over the orders table; every value the documents print comes from here. */
final class OrdersQueries {

    /** One row of a grouped query: a label and its figures. */
    record Group(String label, Kpis kpis) {
    }

    private final Connection connection;

    OrdersQueries(Connection connection) {
        this.connection = connection;
    }

    /** The metrics of the orders matching {@code where} (a SQL condition with {@code ?} parameters). */
    Kpis kpis(String where, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare("SELECT " + Kpis.SELECT + " FROM orders WHERE " + where, params);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return kpis(rs, 1);
        }
    }

    /** One aggregate {@code expression} over the orders matching {@code where}; zero when there are none. */
    BigDecimal number(String expression, String where, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare("SELECT " + expression + " FROM orders WHERE " + where, params);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return money(rs.getBigDecimal(1));
        }
    }

    long count(String where, Object... params) throws SQLException {
        return number("count(*)", where, params).longValueExact();
    }

    /** The metrics per value of {@code dimension}, ordered by {@code orderBy} (a column of the grouped row). */
    List<Group> groups(String dimension, String where, String orderBy, Object... params) throws SQLException {
        String sql = "SELECT " + dimension + " AS label, " + Kpis.SELECT + " FROM orders WHERE " + where
                + " GROUP BY 1 ORDER BY " + orderBy;
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                groups.add(new Group(rs.getString(1), kpis(rs, 2)));
            }
        }
        return groups;
    }

    /** The metrics per value of {@code key} over the orders matching {@code where}, in key order. */
    Map<String, Kpis> byKey(String key, String where) throws SQLException {
        Map<String, Kpis> result = new LinkedHashMap<>();
        for (Group g : groups(key, where, "1")) {
            result.put(g.label(), g.kpis());
        }
        return result;
    }

    /** The orders in {@code [from, to)} by the order timestamp, as a condition for {@link #kpis}. */
    static String placedBetween() {
        return "order_ts >= CAST(? AS TIMESTAMP) AND order_ts < CAST(? AS TIMESTAMP)";
    }

    static Object[] range(LocalDate from, LocalDate toExclusive, Object... more) {
        Object[] params = new Object[2 + more.length];
        params[0] = from.toString();
        params[1] = toExclusive.toString();
        System.arraycopy(more, 0, params, 2, more.length);
        return params;
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    private static Kpis kpis(ResultSet rs, int first) throws SQLException {
        int c = first;
        return new Kpis(rs.getLong(c), money(rs.getBigDecimal(c + 1)), rs.getLong(c + 2), money(rs.getBigDecimal(c + 3)),
                rs.getLong(c + 4), rs.getLong(c + 5), rs.getLong(c + 6), rs.getLong(c + 7), rs.getLong(c + 8),
                rs.getLong(c + 9), nullableDouble(rs, c + 10), nullableDouble(rs, c + 11), rs.getLong(c + 12),
                rs.getLong(c + 13));
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
