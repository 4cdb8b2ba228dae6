package dev.orderlens.core.port;

import dev.orderlens.core.domain.search.IndexSyncReport;
import java.util.List;

/** Brings the search indexes up to date with their source data, on request, and reports each one's state. */
public interface SearchIndexSync {

    /** @throws BackendException when the backend cannot be asked at all; per-index failures are reported */
    List<IndexSyncReport> sync();
}
