package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlWarehouse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SqlWarehouse} must do, told as scenarios so that a warehouse over a real engine and one
 * over a stubbed HTTP API can both pass.
 *
 * <p>The SQL the contract passes is always {@value #SQL}. A warehouse over an engine makes table (or view)
 * {@value #TABLE} hold the scenario's rows; one over a stub answers that SQL text with them.
 */
public abstract class SqlWarehouseContract {

    /** The table every scenario's SQL reads. */
    protected static final String TABLE = "contract_rows";

    /** The SQL every scenario runs. */
    protected static final String SQL = "SELECT * FROM " + TABLE;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * A warehouse that answers {@code sql} with {@code expected}'s columns and all its rows, in order.
     * Decimals in the scenarios have two decimal places.
     */
    protected abstract SqlWarehouse warehouseReturning(String sql, SqlResult expected);

    /** A warehouse whose engine fails {@code sql} with an error message that contains {@code errorMessage}. */
    protected abstract SqlWarehouse warehouseFailing(String sql, String errorMessage);

    @Test
    void returns_typed_columns_and_values() {
        SqlResult expected = SqlResult.of(everyType(), List.of(
                row("FedEx", 42L, new BigDecimal("1234.50"), 0.25, true, LocalDate.of(2025, 9, 8),
                        LocalDateTime.of(2025, 9, 8, 14, 30, 5)),
                row("UPS", -7L, new BigDecimal("-0.99"), 1.5e9, false, LocalDate.of(2024, 2, 29),
                        LocalDateTime.of(2024, 12, 31, 23, 59, 59))));

        SqlResult actual = warehouseReturning(SQL, expected).execute(query(100));

        assertThat(actual.columns()).isEqualTo(expected.columns());
        assertSameRows(actual.rows(), expected.rows());
        assertThat(actual.totalRows()).isEqualTo(2);
        assertThat(actual.truncated()).isFalse();
    }

    @Test
    void keeps_nulls_as_nulls_in_every_type() {
        SqlResult expected = SqlResult.of(everyType(), List.of(
                row(null, null, null, null, null, null, null),
                row("DHL", 1L, new BigDecimal("2.00"), 3.0, false, LocalDate.of(2025, 1, 1), null)));

        SqlResult actual = warehouseReturning(SQL, expected).execute(query(100));

        assertSameRows(actual.rows(), expected.rows());
    }

    @Test
    void holds_at_most_max_rows_and_reports_the_true_total() {
        SqlResult expected = numbered(25);

        SqlResult actual = warehouseReturning(SQL, expected).execute(query(10));

        assertThat(actual.rows()).isEqualTo(expected.rows().subList(0, 10));
        assertThat(actual.totalRows()).isEqualTo(25);
        assertThat(actual.truncated()).isTrue();
    }

    @Test
    void holds_rows_only_while_their_values_fit_the_byte_limit_and_says_so() {
        List<List<Object>> wide = new ArrayList<>();
        for (long n = 1; n <= 20; n++) {
            wide.add(row(n, "x".repeat(1_000)));
        }
        SqlResult expected = SqlResult.of(List.of(new Column("n", ColumnType.INTEGER),
                new Column("note", ColumnType.STRING)), wide);

        SqlWarehouse warehouse = warehouseReturning(SQL, expected);
        SqlResult actual = warehouse.execute(new SqlQuery(SQL, 100, 5_000, TIMEOUT));

        assertThat(actual.rows()).isEqualTo(expected.rows().subList(0, 2));
        assertThat(actual.totalRows()).isEqualTo(20);
        assertThat(actual.truncated()).isTrue();
        assertThat(actual.cutAtBytes()).isTrue();
        assertThat(warehouse.execute(query(100)).cutAtBytes()).isFalse();
    }

    @Test
    void is_not_truncated_when_every_row_fits() {
        SqlResult expected = numbered(10);

        SqlResult actual = warehouseReturning(SQL, expected).execute(query(10));

        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.totalRows()).isEqualTo(10);
        assertThat(actual.truncated()).isFalse();
    }

    @Test
    void returns_the_columns_of_an_empty_result() {
        SqlResult expected = SqlResult.of(everyType(), List.of());

        SqlResult actual = warehouseReturning(SQL, expected).execute(query(100));

        assertThat(actual.columns()).isEqualTo(expected.columns());
        assertThat(actual.isEmpty()).isTrue();
        assertThat(actual.totalRows()).isZero();
        assertThat(actual.truncated()).isFalse();
    }

    @Test
    void reports_a_failed_query_as_rejected_with_the_warehouse_message() {
        SqlWarehouse warehouse = warehouseFailing(SQL, "Referenced column carier not found");

        BackendException failure = catchThrowableOfType(BackendException.class, () -> warehouse.execute(query(100)));

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(BackendException.Kind.REJECTED);
        assertThat(failure.getMessage())
                .contains("Referenced column carier not found")
                .doesNotContain("\tat ");
    }

    private static SqlQuery query(int maxRows) {
        return new SqlQuery(SQL, maxRows, TIMEOUT);
    }

    private static List<Column> everyType() {
        return List.of(new Column("carrier", ColumnType.STRING), new Column("orders", ColumnType.INTEGER),
                new Column("revenue", ColumnType.DECIMAL), new Column("late_rate", ColumnType.DOUBLE),
                new Column("is_late", ColumnType.BOOLEAN), new Column("promised_date", ColumnType.DATE),
                new Column("delivered_at", ColumnType.TIMESTAMP));
    }

    private static SqlResult numbered(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (long n = 1; n <= count; n++) {
            rows.add(row(n, String.format("ORD-%06d", n)));
        }
        return SqlResult.of(List.of(new Column("n", ColumnType.INTEGER), new Column("order_id", ColumnType.STRING)),
                rows);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** Same rows with values of the same Java types; decimals compare by value, whatever their scale. */
    private static void assertSameRows(List<List<Object>> actual, List<List<Object>> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < expected.get(r).size(); c++) {
                Object want = expected.get(r).get(c);
                Object got = actual.get(r).get(c);
                String where = "row " + r + ", column " + c;
                if (want instanceof BigDecimal decimal) {
                    assertThat(got).as(where).isInstanceOf(BigDecimal.class);
                    assertThat((BigDecimal) got).as(where).isEqualByComparingTo(decimal);
                } else {
                    assertThat(got).as(where).isEqualTo(want);
                }
            }
        }
    }
}
