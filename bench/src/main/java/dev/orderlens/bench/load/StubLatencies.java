package dev.orderlens.bench.load;

import java.time.Duration;

/**
 * The fixed latencies the stubbed backends answer with, and the critical path of each kind of question they
 * imply. The pipeline is sequential except for the two vector queries, which run in parallel.
 *
 * @param firstToken until the answer stream's first token; the other tokens follow at once, in the same response
 * @param followUps the follow-up suggestions, one more model call after every answer
 * @param sqlGenerator the model filling in the semantic query once the route is SQL
 */
record StubLatencies(Duration classifier, Duration sqlGenerator, Duration sqlStatement, Duration vectorQuery,
        Duration summary, Duration firstToken, Duration followUps) {

    static StubLatencies standard() {
        return new StubLatencies(ms(300), ms(300), ms(500), ms(150), ms(400), ms(200), ms(250));
    }

    /** Classify, fill in the semantic query, run the statement, summarise, suggest follow-ups. */
    Duration sqlPath() {
        return classifier.plus(sqlGenerator).plus(sqlStatement).plus(summary).plus(followUps);
    }

    /** Classify, query both indexes in parallel (max, not sum), stream the answer, suggest follow-ups. */
    Duration ragPath() {
        return classifier.plus(vectorQuery).plus(firstToken).plus(followUps);
    }

    /** A forced SQL route skips the classifier but still asks the model for the semantic query. */
    Duration forcedSqlPath() {
        return sqlGenerator.plus(sqlStatement).plus(summary).plus(followUps);
    }

    /** A forced RAG route skips the classifier. */
    Duration forcedRagPath() {
        return vectorQuery.plus(firstToken).plus(followUps);
    }

    /** Until the first answer token leaves the model: classify, retrieve, the model's own first token. */
    Duration ragFirstTokenPath(boolean classified) {
        return (classified ? classifier : Duration.ZERO).plus(vectorQuery).plus(firstToken);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
