package dev.orderlens.bootstrap.eval;

/**
 * What an evaluation must reach: the least route accuracy, SQL execution accuracy and RAG hit rate, each 0..1,
 * and the most silent wrong answers and unsupported numbers it may hold.
 *
 * @param maxSilentWrong how many questions that expect a refusal or a question back may be answered anyway
 * @param maxUnsupportedNumbers how many numbers all SQL answers together may state without their rows holding them
 */
public record Thresholds(double minRoute, double minSql, double minRag, int maxSilentWrong,
        int maxUnsupportedNumbers) {

    public static final int UNLIMITED = Integer.MAX_VALUE;
    public static final Thresholds NONE = new Thresholds(0, 0, 0, UNLIMITED, UNLIMITED);

    public Thresholds {
        check("minRoute", minRoute);
        check("minSql", minSql);
        check("minRag", minRag);
        if (maxSilentWrong < 0 || maxUnsupportedNumbers < 0) {
            throw new IllegalArgumentException("the most silent wrong answers and unsupported numbers cannot be "
                    + "negative");
        }
    }

    /** The three rates, no silent wrong answer (only files with {@code expect} questions can hold one). */
    public Thresholds(double minRoute, double minSql, double minRag) {
        this(minRoute, minSql, minRag, 0, UNLIMITED);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1 (was " + value + ")");
        }
    }
}
