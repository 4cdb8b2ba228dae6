package dev.orderlens.core.domain.search;

import java.util.Objects;

/**
 * How one search index stands after a sync was asked for.
 *
 * @param index the index's name as its backend knows it
 * @param synced whether a sync or rebuild was started or done by this request
 * @param state the backend's word for the index's state ({@code ONLINE}, {@code PROVISIONING}, ...)
 * @param detail a sentence for people: counts, or why it was not synced
 */
public record IndexSyncReport(String index, boolean synced, String state, String detail) {

    public IndexSyncReport {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }
}
