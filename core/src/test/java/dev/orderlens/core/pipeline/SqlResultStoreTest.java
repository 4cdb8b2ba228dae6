package dev.orderlens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlResultStoreTest {

    /** One row of one string: 40 + 2 × length bytes. */
    private static SqlResult note(int length) {
        return SqlResult.of(List.of(new Column("note", ColumnType.STRING)), List.of(List.of("x".repeat(length))));
    }

    @Test
    void lets_the_least_recently_used_result_go_past_the_count() {
        SqlResultStore store = new SqlResultStore(2, 1_000_000);
        String first = store.put(note(1));
        String second = store.put(note(1));
        store.get(first);

        String third = store.put(note(1));

        assertThat(store.get(second)).isEmpty();
        assertThat(store.get(first)).isPresent();
        assertThat(store.get(third)).isPresent();
    }

    @Test
    void lets_results_go_until_their_values_fit_the_bytes() {
        SqlResultStore store = new SqlResultStore(64, 3_000);
        String first = store.put(note(480));
        String second = store.put(note(480));
        String third = store.put(note(480));

        String fourth = store.put(note(480));

        assertThat(store.get(first)).isEmpty();
        assertThat(List.of(second, third, fourth)).allSatisfy(id -> assertThat(store.get(id)).isPresent());
    }

    @Test
    void keeps_the_newest_result_even_when_it_alone_passes_the_bytes() {
        SqlResultStore store = new SqlResultStore(64, 100);
        String small = store.put(note(1));

        String large = store.put(note(1_000));

        assertThat(store.get(small)).isEmpty();
        assertThat(store.get(large)).isPresent();
    }
}
