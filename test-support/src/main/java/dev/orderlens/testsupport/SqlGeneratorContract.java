package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link SqlGenerator} must do over the sample's orders table, with a working backend behind it: for any
 * question, either SQL that the read-only guard lets run over the model's table, or
 * {@link QuestionNotUnderstoodException}; never blank text, never another table. Clear analytics questions and a
 * follow-up that narrows the previous query must get SQL, in each dialect.
 *
 * <p>The guard here is the lexical one over {@link #table()}. Whether the SQL is written in the dialect asked for
 * is checked by running it on the {@link #warehouses()} a test offers, each for the dialect it speaks.
 */
public abstract class SqlGeneratorContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A generator over the sample's orders table, with a working backend. */
    protected abstract SqlGenerator generator();

    /** The table of the generator's semantic model, as queries name it. */
    protected abstract String table();

    /** Warehouses holding the sample's orders table, on which SQL written for their dialect must run; none by default. */
    protected List<SqlWarehouse> warehouses() {
        return List.of();
    }

    static Stream<Arguments> analyticsQuestionInEachDialect() {
        return AnsweringQuestions.analytics()
                .flatMap(question -> Arrays.stream(SqlDialect.values()).map(dialect -> Arguments.of(question, dialect)));
    }

    static Stream<Arguments> anyQuestionInEachDialect() {
        return AnsweringQuestions.all()
                .flatMap(question -> Arrays.stream(SqlDialect.values()).map(dialect -> Arguments.of(question, dialect)));
    }

    @ParameterizedTest
    @MethodSource("analyticsQuestionInEachDialect")
    void writes_sql_the_guard_lets_run_for_an_analytics_question(String question, SqlDialect dialect) {
        GeneratedSql generated = generator().generate(question, Conversation.empty("contract-session"), dialect);

        assertRunnable(generated.sql(), dialect);
    }

    @ParameterizedTest
    @MethodSource("anyQuestionInEachDialect")
    void writes_sql_the_guard_lets_run_or_says_it_did_not_understand(String question, SqlDialect dialect) {
        Optional<GeneratedSql> generated = generate(question, Conversation.empty("contract-session"), dialect);

        generated.ifPresent(sql -> assertRunnable(sql.sql(), dialect));
    }

    @Test
    void narrows_the_previous_query_for_a_follow_up() {
        SqlGenerator generator = generator();
        String first = "Revenue by carrier in 2025";
        GeneratedSql earlier = generator.generate(first, Conversation.empty("contract-session"), SqlDialect.DUCKDB);
        Conversation before = Conversation.empty("contract-session");
        Conversation conversation = before.plus(
                new Turn("m-1", first, "UPS leads with $1,204,331.20.", Route.SQL, earlier.sql(), Instant.EPOCH),
                before.context().merge(earlier.context()), 10);

        GeneratedSql followUp = generator.generate("and just for FedEx?", conversation, SqlDialect.DUCKDB);

        assertRunnable(followUp.sql(), SqlDialect.DUCKDB);
        assertThat(followUp.sql()).as("the follow-up's value and the period it keeps").contains("FedEx", "2025");
    }

    private Optional<GeneratedSql> generate(String question, Conversation conversation, SqlDialect dialect) {
        try {
            return Optional.of(generator().generate(question, conversation, dialect));
        } catch (QuestionNotUnderstoodException notUnderstood) {
            assertThat(notUnderstood.getMessage()).as("why the question was not understood").isNotBlank();
            return Optional.empty();
        }
    }

    private void assertRunnable(String sql, SqlDialect dialect) {
        assertThat(sql).isNotBlank();
        ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder().allowedTables(List.of(table())).build();
        String guarded = guard.check(sql);
        for (SqlWarehouse warehouse : warehouses()) {
            if (warehouse.dialect() == dialect) {
                assertThatCode(() -> warehouse.execute(new SqlQuery(guarded, 10, TIMEOUT)))
                        .as("%s runs on %s", guarded, dialect.displayName()).doesNotThrowAnyException();
            }
        }
    }
}
