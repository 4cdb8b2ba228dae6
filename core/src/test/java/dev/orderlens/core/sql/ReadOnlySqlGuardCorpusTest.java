package dev.orderlens.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReadOnlySqlGuardCorpusTest {

    private static final List<SqlCorpus.Entry> HOSTILE = SqlCorpus.load("/sql/hostile.sql");
    private static final List<SqlCorpus.Entry> LEGIT = SqlCorpus.load("/sql/legit.sql");

    private final ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder()
            .allowedTables(List.of("customer_suppport_agent.raw.orders"))
            .rowLimit(1000)
            .build();

    static List<SqlCorpus.Entry> hostile() {
        return HOSTILE;
    }

    static List<SqlCorpus.Entry> legit() {
        return LEGIT;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refuses_hostile_statement_for_the_expected_reason(SqlCorpus.Entry entry) {
        assertThatThrownBy(() -> guard.check(entry.sql()))
                .isInstanceOf(UnsafeSqlException.class)
                .hasMessageContaining(entry.expectedReason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legit")
    void accepts_legitimate_query_and_limits_its_rows(SqlCorpus.Entry entry) {
        String checked = guard.check(entry.sql());

        assertThat(checked).containsIgnoringCase("LIMIT").doesNotContain("```").doesNotEndWith(";");
    }

    @Test
    void corpora_are_large_enough_and_every_hostile_entry_names_its_reason() {
        assertThat(HOSTILE).hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(e -> assertThat(e.expectedReason()).isNotBlank());
        assertThat(LEGIT).hasSizeGreaterThanOrEqualTo(40 + 22);
        assertThat(LEGIT).filteredOn(e -> e.name().startsWith("spark:")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(LEGIT).filteredOn(e -> e.name().startsWith("duckdb:")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(LEGIT).filteredOn(e -> e.name().startsWith("gold ")).hasSize(22);
    }
}
