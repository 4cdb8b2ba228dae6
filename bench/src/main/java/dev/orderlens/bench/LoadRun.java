package dev.orderlens.bench;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.pipeline.AskCommand;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks a fixed mix of questions from several threads until a deadline, each question in a new session (so no
 * follow-up context carries over), and keeps the latency of every answer by the mode that answered it.
 */
final class LoadRun {

    enum Mode { SQL, RAG }

    /** What one measured run gave: latencies per answering mode, failures, and the measured wall time. */
    record Result(Map<Mode, Latencies> latencies, int failures, double seconds) {

        double perSecond(Mode mode) {
            return latencies.get(mode).count() / seconds;
        }
    }

    private final Assistant assistant;
    private final List<String> questions;
    private final int threads;

    LoadRun(Assistant assistant, List<String> questions, int threads) {
        this.assistant = assistant;
        this.questions = List.copyOf(questions);
        this.threads = threads;
    }

    /** Asks every question once, so that every path has been taken before timing starts. */
    void askEachOnce() {
        for (String question : questions) {
            assistant.ask(new AskCommand(question, SessionId.random().value()));
        }
    }

    Result run(double seconds) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "throughput-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<Worker>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * questions.size() / threads;
                workers.add(pool.submit(() -> new Worker(offset).askUntil(deadline)));
            }
            Map<Mode, Latencies> merged = new EnumMap<>(Mode.class);
            for (Mode mode : Mode.values()) {
                merged.put(mode, new Latencies());
            }
            int failures = 0;
            for (Future<Worker> future : workers) {
                Worker worker = join(future);
                worker.latencies.forEach((mode, latencies) -> merged.get(mode).addAll(latencies));
                failures += worker.failures;
            }
            return new Result(merged, failures, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Worker join(Future<Worker> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the asking threads", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an asking thread failed", e.getCause());
        }
    }

    private final class Worker {
        private final Map<Mode, Latencies> latencies = new EnumMap<>(Mode.class);
        private int next;
        private int failures;

        Worker(int offset) {
            this.next = offset;
            for (Mode mode : Mode.values()) {
                latencies.put(mode, new Latencies());
            }
        }

        Worker askUntil(long deadline) {
            while (System.nanoTime() < deadline) {
                String question = questions.get(next++ % questions.size());
                long started = System.nanoTime();
                try {
                    Answer answer = assistant.ask(new AskCommand(question, SessionId.random().value()));
                    latencies.get(answer instanceof RagAnswer ? Mode.RAG : Mode.SQL).add(System.nanoTime() - started);
                } catch (RuntimeException e) {
                    failures++;
                }
            }
            return this;
        }
    }
}
