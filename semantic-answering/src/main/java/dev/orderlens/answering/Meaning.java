package dev.orderlens.answering;

import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.answering.semantic.ValueCatalog.CatalogValue;

/** What a phrase of a question stands for in the semantic model. */
sealed interface Meaning {

    /** A metric ("revenue", "late deliveries"). */
    record MetricWord(String metric) implements Meaning {
    }

    /** A column by its name or a synonym ("carrier", "csat score"). */
    record ColumnWord(SemanticColumn column) implements Meaning {
    }

    /** A value of a dimension column ("FedEx", "California"). */
    record ValueWord(CatalogValue value) implements Meaning {
    }

    /**
     * A word meaning a column is set ("delivered" → delivered_at is not null, "discount" after "had a" → a discount
     * above zero), or with {@code present} false that it is not ("free shipping" → no shipping fee).
     */
    record PresenceWord(String column, boolean present) implements Meaning {
    }

    /** A word of a column's unit ("dollars", "items"): a number next to it is a value of that column. */
    record UnitWord(String column) implements Meaning {
    }

    /** A time grain ("monthly", "by week"). */
    record GrainWord(TimeGrain grain, boolean adjective) implements Meaning {
    }
}
