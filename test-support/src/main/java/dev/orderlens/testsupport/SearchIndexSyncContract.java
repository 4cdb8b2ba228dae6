package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orderlens.core.domain.search.IndexSyncReport;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SearchIndexSync;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndexSync} must do: report every index it keeps, once, with the backend's word for its
 * state; bring an index whose source changed up to date (or start that, for a backend that syncs in the background);
 * answer a repeated request the same way; and report an index that fails in its own report, still syncing the
 * others, failing as a whole only when the backend cannot be asked at all.
 *
 * <p>Whether an index is up to date is the test's to tell: the embedded sync can be checked for what its indexes
 * hold; for a backend that syncs in the background, the contract can only see that the sync was started (or that
 * the index follows its source by itself).
 */
public abstract class SearchIndexSyncContract {

    /**
     * A sync over indexes that all work, seen by no other test, each out of date: its source changed since it was
     * last built.
     */
    protected abstract SearchIndexSync sync();

    /** The names {@link #sync()} reports its indexes by, as their backend knows them. */
    protected abstract List<String> indexNames();

    /**
     * Whether the index of the last {@link #sync()} is now up to date with its source: it holds what the source
     * holds, or a sync that will bring it there was started, or the backend keeps it current by itself.
     */
    protected abstract boolean upToDate(String indexName);

    /**
     * A sync over the same indexes, out of date as those of {@link #sync()}, where {@link #failingIndex()} fails
     * (its source unavailable, the index gone, no permission).
     */
    protected abstract SearchIndexSync syncWithOneIndexFailing();

    protected abstract String failingIndex();

    /** A sync whose backend cannot be asked at all (unreachable, overloaded), when there is such a backend. */
    protected Optional<SearchIndexSync> syncOfUnreachableBackend() {
        return Optional.empty();
    }

    @Test
    void reports_every_index_once_with_its_state() {
        List<IndexSyncReport> reports = sync().sync();

        assertThat(reports).extracting(IndexSyncReport::index).containsExactlyInAnyOrderElementsOf(indexNames());
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.state()).as(report.index()).isNotBlank();
            assertThat(report.detail()).as(report.index()).isNotBlank();
        });
    }

    @Test
    void brings_every_index_up_to_date_with_its_changed_source() {
        SearchIndexSync sync = sync();

        sync.sync();

        assertThat(indexNames()).allSatisfy(index -> assertThat(upToDate(index)).as(index).isTrue());
    }

    @Test
    void a_repeated_request_reports_the_same_indexes_in_the_same_states() {
        SearchIndexSync sync = sync();
        List<IndexSyncReport> first = sync.sync();

        List<IndexSyncReport> second = sync.sync();

        assertThat(second).extracting(IndexSyncReport::index, IndexSyncReport::state)
                .containsExactlyElementsOf(first.stream().map(r -> tuple(r.index(), r.state())).toList());
    }

    @Test
    void reports_a_failing_index_and_still_syncs_the_others() {
        List<IndexSyncReport> healthy = sync().sync();

        List<IndexSyncReport> reports = syncWithOneIndexFailing().sync();

        assertThat(reports).extracting(IndexSyncReport::index).containsExactlyInAnyOrderElementsOf(indexNames());
        IndexSyncReport failed = report(reports, failingIndex());
        assertThat(failed.synced()).isFalse();
        assertThat(failed.state()).isNotBlank().isNotEqualTo(report(healthy, failingIndex()).state());
        assertThat(failed.detail()).isNotBlank();
        for (IndexSyncReport other : healthy) {
            if (!other.index().equals(failingIndex())) {
                IndexSyncReport report = report(reports, other.index());
                assertThat(report.synced()).as(other.index()).isEqualTo(other.synced());
                assertThat(report.state()).as(other.index()).isEqualTo(other.state());
            }
        }
    }

    @Test
    void fails_only_when_the_backend_cannot_be_asked_at_all() {
        Optional<SearchIndexSync> unreachable = syncOfUnreachableBackend();
        assumeTrue(unreachable.isPresent(), "an in-process backend is always there");

        BackendException failure = catchThrowableOfType(BackendException.class, () -> unreachable.get().sync());

        assertThat(failure).isNotNull();
        assertThat(failure.isTransient()).isTrue();
    }

    private static IndexSyncReport report(List<IndexSyncReport> reports, String index) {
        return reports.stream().filter(r -> r.index().equals(index)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for index " + index + " in " + reports));
    }
}
