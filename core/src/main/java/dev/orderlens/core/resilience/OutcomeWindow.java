package dev.orderlens.core.resilience;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outcomes of the last calls, in a ring, with running counts. Lock-free: every slot change adjusts the counts
 * by exactly what it replaced, so the counts stay true under concurrent calls and resets.
 */
final class OutcomeWindow {

    private static final int EMPTY = 0;
    private static final int SUCCESS = 1;
    private static final int FAILURE = 2;

    private final AtomicIntegerArray slots;
    private final AtomicLong next = new AtomicLong();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    OutcomeWindow(int size) {
        this.slots = new AtomicIntegerArray(size);
    }

    void record(boolean failure) {
        int slot = (int) Math.floorMod(next.getAndIncrement(), (long) slots.length());
        replace(slot, failure ? FAILURE : SUCCESS);
    }

    void clear() {
        for (int slot = 0; slot < slots.length(); slot++) {
            replace(slot, EMPTY);
        }
    }

    int recorded() {
        return recorded.get();
    }

    int failures() {
        return failures.get();
    }

    private void replace(int slot, int outcome) {
        int old = slots.getAndSet(slot, outcome);
        if (old == EMPTY && outcome != EMPTY) {
            recorded.incrementAndGet();
        } else if (old != EMPTY && outcome == EMPTY) {
            recorded.decrementAndGet();
        }
        int delta = (outcome == FAILURE ? 1 : 0) - (old == FAILURE ? 1 : 0);
        if (delta != 0) {
            failures.addAndGet(delta);
        }
    }
}
