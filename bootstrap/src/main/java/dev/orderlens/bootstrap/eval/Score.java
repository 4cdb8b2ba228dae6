package dev.orderlens.bootstrap.eval;

/** How many of a kind of question were right. */
public record Score(int correct, int total) {

    public Score {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct must be within 0.." + total + " (was " + correct + ")");
        }
    }

    /** The share right, 0..1; 1 when there were no questions of the kind. */
    public double rate() {
        return total == 0 ? 1.0 : (double) correct / total;
    }

    /** Whether the share right reaches {@code minimum}; a kind with no questions always does. */
    public boolean meets(double minimum) {
        return total == 0 || rate() >= minimum;
    }
}
