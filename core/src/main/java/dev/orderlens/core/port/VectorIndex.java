package dev.orderlens.core.port;

import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import java.util.List;

/** A searchable index of passages (the orders index, the analytics documents index). */
public interface VectorIndex {

    /** The index's name, as passages report it. */
    String name();

    /** The best passages for the query, best first, at most {@code query.topK()}. */
    List<Passage> search(VectorQuery query);
}
