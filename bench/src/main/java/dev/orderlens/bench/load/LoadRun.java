package dev.orderlens.bench.load;

import dev.orderlens.bench.load.ChatClient.Exchange;
import dev.orderlens.bench.load.ChatClient.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Simulated users: each session asks its questions one after another (a closed loop), all sessions at once.
 * Sessions may start spread over a time window, so that the load is steady rather than one burst.
 */
final class LoadRun {

    /** Asks one question of a session and completes with what the asker saw. */
    @FunctionalInterface
    interface Asker {
        CompletableFuture<Exchange> ask(Kind kind, String sessionId);
    }

    private final Asker asker;

    LoadRun(Asker asker) {
        this.asker = asker;
    }

    /** Runs {@code sessions} sessions of {@code rounds} questions each and returns every exchange. */
    List<Exchange> run(Kind kind, int sessions, int rounds, Duration startSpread) {
        Queue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        long spreadNanos = startSpread.toNanos();
        for (int i = 0; i < sessions; i++) {
            long delay = sessions == 1 ? 0 : spreadNanos * i / sessions;
            String sessionId = "bench-" + UUID.randomUUID();
            running.add(CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(delay,
                    TimeUnit.NANOSECONDS)).thenCompose(ignored -> session(kind, sessionId, rounds, exchanges)));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        return new ArrayList<>(exchanges);
    }

    private CompletableFuture<Void> session(Kind kind, String sessionId, int roundsLeft, Queue<Exchange> exchanges) {
        if (roundsLeft == 0) {
            return CompletableFuture.completedFuture(null);
        }
        return asker.ask(kind, sessionId).thenCompose(exchange -> {
            exchanges.add(exchange);
            return session(kind, sessionId, roundsLeft - 1, exchanges);
        });
    }
}
