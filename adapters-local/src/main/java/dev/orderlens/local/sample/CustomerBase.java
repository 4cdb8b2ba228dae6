package dev.orderlens.local.sample;

import java.util.SplittableRandom;

/**
 * The shoppers of the sample store. A few buy often and many buy once or twice: picking an index
 * with a power of a uniform number gives that skew, and the heavy buyers lean to vip and business.
 */
final class CustomerBase {

    /** Above 1 the first indexes are picked more often: 1.35 gives ~4 orders on average and a few dozen at most. */
    private static final double SKEW = 1.35;
    private static final double HEAVY_BUYER_SHARE = 0.03;

    /** Customers by how often they buy, the busiest first. */
    private final Customer[] byActivity;

    CustomerBase(int count, UsGeography geography, SplittableRandom random) {
        int[] idNumbers = shuffledNumbers(count, random);
        byActivity = new Customer[count];
        for (int i = 0; i < count; i++) {
            boolean heavyBuyer = i < count * HEAVY_BUYER_SHARE;
            byActivity[i] = new Customer(OrderSimulator.paddedId("CUST-", idNumbers[i], 5),
                    segment(heavyBuyer, random), geography.pick(random));
        }
    }

    Customer pick(SplittableRandom random) {
        int index = (int) (byActivity.length * StrictMath.pow(random.nextDouble(), SKEW));
        return byActivity[Math.min(index, byActivity.length - 1)];
    }

    private static String segment(boolean heavyBuyer, SplittableRandom random) {
        double u = random.nextDouble();
        if (heavyBuyer) {
            return u < 0.45 ? "vip" : u < 0.80 ? "business" : "consumer";
        }
        return u < 0.04 ? "vip" : u < 0.16 ? "business" : "consumer";
    }

    /** 1..count in random order, so that CUST-00001 is not by construction the busiest customer. */
    private static int[] shuffledNumbers(int count, SplittableRandom random) {
        int[] numbers = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = i + 1;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = numbers[i];
            numbers[i] = numbers[j];
            numbers[j] = t;
        }
        return numbers;
    }
}
