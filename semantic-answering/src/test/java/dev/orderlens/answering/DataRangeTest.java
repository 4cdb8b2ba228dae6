package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions about periods the data does not reach are told where the data begins and ends. */
class DataRangeTest {

    private static JdbcTestWarehouse warehouse;
    private static SemanticModelFile model;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        model = SemanticModelFile.loadDefault();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @Test
    void reads_the_first_and_last_day_of_the_time_column() {
        DataRange range = DataRange.read(warehouse, model.model()).orElseThrow();

        assertThat(range.first()).isBeforeOrEqualTo(range.last());
        assertThat(range.last()).isBefore(LocalDate.of(2026, 1, 1));
    }

    @Test
    void a_time_column_that_does_not_read_as_dates_gives_no_range() {
        SqlWarehouse numbers = new SqlWarehouse() {
            @Override
            public SqlResult execute(SqlQuery query) {
                return SqlResult.of(List.of(new Column("first_day", ColumnType.STRING),
                        new Column("last_day", ColumnType.STRING)), List.of(List.of("12000", "n/a")));
            }

            @Override
            public SqlDialect dialect() {
                return SqlDialect.DATABRICKS;
            }
        };

        assertThat(DataRange.read(numbers, model.model())).isEmpty();
    }

    @Test
    void a_period_after_the_data_is_named_with_the_data_s_bounds() {
        DataRange range = new DataRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(notes(range, "How many orders this year?"))
                .containsExactly("The data has nothing for 2026: it runs from 2024-01-01 to 2025-12-31.");
    }

    @Test
    void a_period_the_data_covers_in_part_says_up_to_which_day() {
        DataRange range = new DataRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 20));

        assertThat(notes(range, "orders in December 2025"))
                .containsExactly("The data ends on 2025-12-20, so December 2025 is counted up to that day.");
        assertThat(notes(range, "orders in 2023 vs 2024")).containsExactly(
                "The data has nothing for 2023: it runs from 2024-01-01 to 2025-12-20.");
    }

    @Test
    void a_period_within_the_data_and_a_question_without_one_need_no_note() {
        DataRange range = new DataRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(notes(range, "orders in September 2025")).isEmpty();
        assertThat(notes(range, "orders by carrier")).isEmpty();
    }

    private static List<String> notes(DataRange range, String question) {
        LocalSqlGenerator generator = LocalSqlGenerator.builder().model(model)
                .catalog(SmallOrders.catalog(model, warehouse)).clock(SmallOrders.NEW_YEAR_2026).dataRange(range).build();
        return generator.generate(question, Conversation.empty("session-1"), SqlDialect.DUCKDB).notes();
    }
}
