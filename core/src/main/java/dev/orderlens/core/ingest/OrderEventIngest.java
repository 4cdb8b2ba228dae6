package dev.orderlens.core.ingest;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderEvent;
import dev.orderlens.core.ingest.IngestReceipt.EventResult;
import dev.orderlens.core.ingest.IngestReceipt.Outcome;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EventJournal;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.OrderTableWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Ingest of order events: validated, de-duplicated by event id, written to the {@link EventJournal} before they
 * are acknowledged, then applied in the background to the orders table and the orders index.
 *
 * <p>Applying is idempotent: each order's change holds absolute values computed from the table's row before its
 * first event (journaled before anything is written) and all its events, so a batch applied again after a crash
 * or a failure between writing and journaling "applied" has the effect of applying it once. While the warehouse
 * or the index fails, events wait in the journal and are retried with growing pauses; after a restart,
 * {@link #start} replays the journal and carries on where applying stopped.
 *
 * <pre>{@code
 * OrderEventIngest ingest = OrderEventIngest.builder().journal(journal).orderTable(writer).orderIndex(updater).build();
 * ingest.start();
 * IngestReceipt receipt = ingest.submit(jsonTree);
 * }</pre>
 */
public final class OrderEventIngest implements IngestOrderEventsUseCase, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OrderEventIngest.class.getName());
    private static final Duration LINGER = Duration.ofMillis(50);

    private final EventJournal journal;
    private final OrderTableWriter table;
    private final OrderIndexUpdater index;
    private final ThreadFactory threads;
    private final Duration firstRetry;
    private final Duration lastRetry;
    private final int batchSize;
    private final OrderEventReader reader = new OrderEventReader();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition progress = lock.newCondition();
    private final Set<String> seenIds = new HashSet<>();
    private final Map<String, OrderState> orders = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, String> refused = new LinkedHashMap<>();
    private long journaled;
    private long applied;
    private String lastFailure;
    private boolean started;
    private boolean closed;
    private Thread applier;

    private record Pending(long sequence, OrderEvent event) {
    }

    private OrderEventIngest(Builder builder) {
        this.journal = Objects.requireNonNull(builder.journal, "journal");
        this.table = Objects.requireNonNull(builder.table, "orderTable");
        this.index = Objects.requireNonNull(builder.index, "orderIndex");
        this.threads = builder.threads;
        this.firstRetry = builder.firstRetry;
        this.lastRetry = builder.lastRetry;
        this.batchSize = builder.batchSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Replays the journal and starts applying what it holds that was not applied yet. */
    public void start() {
        lock.lock();
        try {
            if (started) {
                throw new IllegalStateException("ingest already started");
            }
            started = true;
            List<Pending> replayed = new ArrayList<>();
            journal.replay(new Replay(replayed));
            replayed.stream().filter(p -> p.sequence() > applied).forEach(pending::add);
            applier = threads.newThread(this::applyUntilClosed);
            applier.start();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IngestReceipt submit(Object body) {
        OrderEventReader.Batch batch = reader.read(body);
        lock.lock();
        try {
            if (!started || closed) {
                throw new IllegalStateException("ingest is not running");
            }
            List<EventResult> results = new ArrayList<>();
            batch.rejections().forEach(r -> results.add(new EventResult(r.index(), r.eventId(), Outcome.REJECTED, r)));
            List<OrderEvent> fresh = new ArrayList<>();
            Set<String> freshIds = new HashSet<>();
            for (int i = 0; i < batch.events().size(); i++) {
                OrderEvent event = batch.events().get(i);
                boolean duplicate = seenIds.contains(event.id()) || !freshIds.add(event.id());
                results.add(new EventResult(batch.positions().get(i), event.id(),
                        duplicate ? Outcome.DUPLICATE : Outcome.ACCEPTED, null));
                if (!duplicate) {
                    fresh.add(event);
                }
            }
            if (!fresh.isEmpty()) {
                long last = journal.appendEvents(fresh.stream().map(OrderEvent::envelope).toList());
                long sequence = last - fresh.size() + 1;
                for (OrderEvent event : fresh) {
                    Pending accepted = new Pending(sequence++, event);
                    accept(accepted);
                    pending.add(accepted);
                }
                journaled = last;
                work.signalAll();
            }
            results.sort((a, b) -> Integer.compare(a.index(), b.index()));
            return new IngestReceipt(results, journaled);
        } finally {
            lock.unlock();
        }
    }

    private void accept(Pending accepted) {
        seenIds.add(accepted.event().id());
        orders.computeIfAbsent(accepted.event().orderId(), OrderState::new).apply(accepted.event());
    }

    @Override
    public boolean awaitApplied(long sequence, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (applied < sequence) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    return false;
                }
                progress.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IngestStatus status() {
        lock.lock();
        try {
            int waiting = (int) orders.values().stream().filter(OrderState::waitingForCreation).count();
            return new IngestStatus(journaled, applied, waiting, Optional.ofNullable(lastFailure), Map.copyOf(refused));
        } finally {
            lock.unlock();
        }
    }

    private void applyUntilClosed() {
        Duration pause = firstRetry;
        while (true) {
            List<Pending> batch;
            lock.lock();
            try {
                while (pending.isEmpty() && !closed) {
                    work.awaitUninterruptibly();
                }
                lingerForMore();
                if (closed) {
                    return;
                }
                batch = List.copyOf(pending.subList(0, Math.min(batchSize, pending.size())));
            } finally {
                lock.unlock();
            }
            try {
                apply(batch);
                pause = firstRetry;
            } catch (RuntimeException e) {
                failed(e, pause);
                pause = pause.multipliedBy(2).compareTo(lastRetry) > 0 ? lastRetry : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Events of a burst arrive in many small requests; a moment's wait lets one write take them all, where each
     * write costs the same fixed amount however few events it carries.
     */
    private void lingerForMore() {
        long deadline = System.nanoTime() + LINGER.toNanos();
        for (long left = LINGER.toNanos(); left > 0 && !closed && pending.size() < batchSize;
                left = deadline - System.nanoTime()) {
            try {
                work.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void apply(List<Pending> batch) {
        Set<String> touched = new LinkedHashSet<>();
        batch.forEach(p -> touched.add(p.event().orderId()));
        List<String> unread = unreadOrders(touched);
        if (!unread.isEmpty()) {
            Map<String, Map<OrderColumn, Object>> rows = table.read(unread);
            Map<String, Map<OrderColumn, Object>> bases = new LinkedHashMap<>();
            unread.forEach(id -> bases.put(id, rows.get(id)));
            journal.appendBaseRows(bases);
            lock.lock();
            try {
                bases.forEach((id, row) -> orders.get(id).base(row));
            } finally {
                lock.unlock();
            }
        }
        List<OrderChange> written = writeSkippingRefused(changes(touched));
        if (!written.isEmpty()) {
            index.update(written);
        }
        long last = batch.get(batch.size() - 1).sequence();
        journal.appendApplied(last);
        lock.lock();
        try {
            pending.subList(0, batch.size()).clear();
            applied = last;
            lastFailure = null;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes the changes; when the warehouse refuses the batch itself (not an outage: a constraint, a type), writes
     * them one by one and skips those it refuses, so one order cannot hold up every event behind it.
     */
    private List<OrderChange> writeSkippingRefused(List<OrderChange> changes) {
        if (changes.isEmpty()) {
            return changes;
        }
        try {
            table.write(changes);
            return changes;
        } catch (BackendException e) {
            if (e.kind() != BackendException.Kind.REJECTED) {
                throw e;
            }
        }
        List<OrderChange> written = new ArrayList<>();
        for (OrderChange change : changes) {
            try {
                table.write(List.of(change));
                written.add(change);
            } catch (BackendException e) {
                if (e.kind() != BackendException.Kind.REJECTED) {
                    throw e;
                }
                LOG.log(System.Logger.Level.ERROR, "the warehouse refused the change of order " + change.orderId()
                        + "; its events are skipped: " + e.getMessage());
                lock.lock();
                try {
                    refused.put(change.orderId(), e.getMessage());
                } finally {
                    lock.unlock();
                }
            }
        }
        return written;
    }

    private List<String> unreadOrders(Set<String> touched) {
        lock.lock();
        try {
            return touched.stream().filter(id -> !orders.get(id).baseKnown()).toList();
        } finally {
            lock.unlock();
        }
    }

    private List<OrderChange> changes(Set<String> touched) {
        lock.lock();
        try {
            List<OrderChange> changes = new ArrayList<>();
            touched.forEach(id -> orders.get(id).change().ifPresent(changes::add));
            return changes;
        } finally {
            lock.unlock();
        }
    }

    private void failed(RuntimeException e, Duration pause) {
        String reason = e instanceof BackendException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.log(System.Logger.Level.WARNING, "applying order events failed; retrying in " + pause.toMillis()
                + " ms: " + reason);
        lock.lock();
        try {
            lastFailure = reason;
            // New events must not cut the pause short: a failing warehouse gets no more calls than the pauses allow.
            long deadline = System.nanoTime() + pause.toNanos();
            for (long left = pause.toNanos(); left > 0 && !closed; left = deadline - System.nanoTime()) {
                work.awaitNanos(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Stops applying; what is not applied yet stays in the journal for the next start. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            work.signalAll();
            progress.signalAll();
        } finally {
            lock.unlock();
        }
        if (applier != null) {
            try {
                applier.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        journal.close();
    }

    /** Rebuilds the ingest state from the journal. */
    private final class Replay implements EventJournal.Visitor {
        private final List<Pending> events;

        Replay(List<Pending> events) {
            this.events = events;
        }

        @Override
        public void event(long sequence, Map<String, Object> envelope) {
            journaled = Math.max(journaled, sequence);
            try {
                Pending replayed = new Pending(sequence, reader.readEvent(envelope));
                accept(replayed);
                events.add(replayed);
            } catch (InvalidEventException e) {
                LOG.log(System.Logger.Level.WARNING, "journal entry " + sequence + " is no longer a valid event and "
                        + "is skipped: " + e.field() + " " + e.getMessage());
            }
        }

        @Override
        public void baseRow(String orderId, Map<OrderColumn, Object> row) {
            orders.computeIfAbsent(orderId, OrderState::new).base(row);
        }

        @Override
        public void applied(long sequence) {
            applied = Math.max(applied, sequence);
        }
    }

    /** Builds an {@link OrderEventIngest}. */
    public static final class Builder {
        private EventJournal journal;
        private OrderTableWriter table;
        private OrderIndexUpdater index;
        private ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "orderlens-ingest");
            thread.setDaemon(true);
            return thread;
        };
        private Duration firstRetry = Duration.ofSeconds(1);
        private Duration lastRetry = Duration.ofSeconds(30);
        private int batchSize = 500;

        private Builder() {
        }

        public Builder journal(EventJournal journal) {
            this.journal = journal;
            return this;
        }

        public Builder orderTable(OrderTableWriter table) {
            this.table = table;
            return this;
        }

        public Builder orderIndex(OrderIndexUpdater index) {
            this.index = index;
            return this;
        }

        public Builder threadFactory(ThreadFactory threads) {
            this.threads = Objects.requireNonNull(threads, "threads");
            return this;
        }

        /** The pause after the first failure to apply, doubling up to {@code last} (defaults 1 s and 30 s). */
        public Builder retryPauses(Duration first, Duration last) {
            if (first.isNegative() || first.isZero() || last.compareTo(first) < 0) {
                throw new IllegalArgumentException("retry pauses must be positive, the first no longer than the last");
            }
            this.firstRetry = first;
            this.lastRetry = last;
            return this;
        }

        /** How many events are applied in one go (default 500). */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1");
            }
            this.batchSize = batchSize;
            return this;
        }

        public OrderEventIngest build() {
            return new OrderEventIngest(this);
        }
    }
}
