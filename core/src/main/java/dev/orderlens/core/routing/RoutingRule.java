package dev.orderlens.core.routing;

/** Which rule of the routing policy decided a question's route. */
public enum RoutingRule {
    /** The user forced the route. */
    FORCED,
    /** The classifier was confident enough (at or above the high threshold) to take its route. */
    CONFIDENT,
    /** The classifier leaned to SQL without being sure: try SQL, fall back to RAG when it fails. */
    TENTATIVE_SQL,
    /** The classifier was below the low threshold: answer from documents. */
    UNSURE,
    /** No classifier produced a verdict: answer from documents. */
    NO_CLASSIFICATION,
    /** The question matches one whose query a person saved as right: run that query. */
    VERIFIED
}
