package dev.orderlens.local.search;

import java.util.Map;
import java.util.Objects;

/**
 * A source document to put into a {@link LuceneVectorIndex}: an order with its support history, or an analytics
 * document. Searches return it as a passage with the same id, title and metadata.
 *
 * @param id stable id (what an answer cites); replacing a document means indexing another one with this id
 * @param title short human-readable title, repeated in every chunk of a long document; defaults to the id
 * @param text the body
 * @param metadata exact-match fields that searches can filter on (carrier, status, month…)
 */
public record IndexDocument(String id, String title, String text, Map<String, String> metadata) {
    public IndexDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a document id must not be blank");
        }
        title = title == null || title.isBlank() ? id : title;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
