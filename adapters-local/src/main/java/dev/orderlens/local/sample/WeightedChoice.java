package dev.orderlens.local.sample;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Picks items at random in proportion to their weights. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedChoice(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per item, and at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = cumulate(weights);
    }

    T pick(SplittableRandom random) {
        return items.get(indexOf(random.nextDouble() * cumulative[cumulative.length - 1]));
    }

    /** Picks an index of {@code weights} without building a choice, for weights that change per order. */
    static int pickIndex(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int indexOf(double x) {
        int found = Arrays.binarySearch(cumulative, x);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }

    private static double[] cumulate(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }
}
