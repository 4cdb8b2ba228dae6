package dev.orderlens.answering.semantic;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlWarehouse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table a warehouse holds, read without being changed: its columns and types, and statements over it. A
 * statement the warehouse refuses (a missing column, no grant) is the data's answer, told apart from a warehouse
 * that cannot be reached, which fails the whole read.
 */
final class WarehouseTable {

    private static final Pattern STATEMENT_FAILED = Pattern.compile("^.*? failed: ");

    private final SqlWarehouse warehouse;
    private final String name;
    private final Duration timeout;

    WarehouseTable(SqlWarehouse warehouse, String name, Duration timeout) {
        this.warehouse = warehouse;
        this.name = name;
        this.timeout = timeout;
    }

    /** {@code catalog.schema.name} with each part back-quoted, as Spark SQL and the read-only guard write names. */
    String quoted() {
        return Arrays.stream(name.split("\\.")).map(part -> "`" + part.replace("`", "``") + "`")
                .collect(Collectors.joining("."));
    }

    /** The table's last name part, as an alias for a relation standing for it. */
    String alias() {
        String[] parts = quoted().split("\\.");
        return parts[parts.length - 1];
    }

    /**
     * The table's columns with their types, from an empty result.
     *
     * @throws IllegalArgumentException when the warehouse refuses to read the table (missing, no grant)
     */
    List<Column> columns() {
        try {
            return warehouse.execute(new SqlQuery("SELECT * FROM " + quoted() + " LIMIT 0", 1, timeout)).columns();
        } catch (BackendException e) {
            if (e.kind() != BackendException.Kind.REJECTED) {
                throw e;
            }
            throw new IllegalArgumentException("cannot read table " + name + ": " + reason(e), e);
        }
    }

    /** The result of {@code sql}, at most {@code maxRows} rows of it. */
    SqlResult query(String sql, int maxRows) {
        return warehouse.execute(new SqlQuery(sql, maxRows, timeout));
    }

    /** The warehouse's words for why {@code sql} is refused, or empty when it runs. */
    Optional<String> failureOf(String sql) {
        try {
            query(sql, 1);
            return Optional.empty();
        } catch (BackendException e) {
            if (e.kind() != BackendException.Kind.REJECTED) {
                throw e;
            }
            return Optional.of(reason(e));
        }
    }

    SqlWarehouse warehouse() {
        return warehouse;
    }

    /** The warehouse's own words for a refused statement, without the statement id before them. */
    private static String reason(BackendException e) {
        String message = e.getMessage().lines().findFirst().orElse("");
        return STATEMENT_FAILED.matcher(message).replaceFirst("");
    }
}
