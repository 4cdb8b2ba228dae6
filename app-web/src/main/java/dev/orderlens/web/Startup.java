package dev.orderlens.web;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.StartupListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Where OrderLens stands while the web server already listens: the start-up work the terminal shows (each task with
 * done/total, the info lines), then either the running {@link OrderLens} or the reason it could not start.
 * Hand it to {@code OrderLensWiring.start} as the listener; the chat page polls it through {@code GET /startup}.
 */
public final class Startup implements StartupListener {

    /** Info lines kept for the page; the first ones tell which backends were picked, the rest add little. */
    private static final int MAX_MESSAGES = 20;

    /** Starting, then ready or failed for good. */
    public enum State {
        STARTING, READY, FAILED
    }

    private final LongSupplier millis;
    private final long startedAt;
    private final Map<String, long[]> tasks = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();
    private volatile State state = State.STARTING;
    private volatile OrderLens orderLens;
    private String error;

    /** @param millis the clock the elapsed time is read from (tests pass their own) */
    public Startup(LongSupplier millis) {
        this.millis = millis;
        this.startedAt = millis.getAsLong();
    }

    public Startup() {
        this(System::currentTimeMillis);
    }

    /** An OrderLens that was started before the server. */
    public static Startup of(OrderLens orderLens) {
        Startup startup = new Startup();
        startup.ready(orderLens);
        return startup;
    }

    @Override
    public synchronized void progress(String task, long done, long total) {
        tasks.put(task, new long[] {done, total});
    }

    @Override
    public synchronized void info(String message) {
        if (messages.size() < MAX_MESSAGES) {
            messages.add(message);
        }
    }

    public synchronized void ready(OrderLens started) {
        orderLens = Objects.requireNonNull(started, "orderLens");
        state = State.READY;
    }

    /** The start-up step that failed; its message is what the page shows. */
    public synchronized void failed(Throwable cause) {
        error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        state = State.FAILED;
    }

    public State state() {
        return state;
    }

    /** The running OrderLens once {@link State#READY}. */
    public Optional<OrderLens> orderLens() {
        return Optional.ofNullable(orderLens);
    }

    /** The task being worked on, as a short phrase for an error message ("Indexing orders: 40%"). */
    public synchronized String current() {
        if (tasks.isEmpty()) {
            return "loading";
        }
        Map.Entry<String, long[]> last = null;
        for (Map.Entry<String, long[]> entry : tasks.entrySet()) {
            last = entry;
        }
        Integer percent = percent(last.getValue());
        return last.getKey() + (percent == null ? "" : ": " + percent + "%");
    }

    /** The JSON of {@code GET /startup} (see docs/api.md). */
    public synchronized Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state.name().toLowerCase(Locale.ROOT));
        json.put("elapsedMs", millis.getAsLong() - startedAt);
        List<Map<String, Object>> steps = new ArrayList<>();
        tasks.forEach((task, progress) -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("task", task);
            step.put("done", progress[0]);
            step.put("total", progress[1]);
            step.put("percent", percent(progress));
            steps.add(step);
        });
        json.put("tasks", steps);
        json.put("messages", List.copyOf(messages));
        json.put("error", error);
        return json;
    }

    private static Integer percent(long[] progress) {
        long done = progress[0];
        long total = progress[1];
        return total <= 0 ? null : (int) Math.min(100, done * 100 / total);
    }
}
