package dev.orderlens.bootstrap.eval;

/** The least route accuracy, SQL execution accuracy and RAG hit rate an evaluation must reach, each 0..1. */
public record Thresholds(double minRoute, double minSql, double minRag) {

    public static final Thresholds NONE = new Thresholds(0, 0, 0);

    public Thresholds {
        check("minRoute", minRoute);
        check("minSql", minSql);
        check("minRag", minRag);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1 (was " + value + ")");
        }
    }
}
