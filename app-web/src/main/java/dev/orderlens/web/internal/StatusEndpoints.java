package dev.orderlens.web.internal;

import dev.orderlens.bootstrap.BackendStatus;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.web.Startup;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /health} (the process answers), {@code GET /ready} (OrderLens has started and the backends answer),
 * {@code GET /startup} (how far start-up has come) and the example questions.
 */
public final class StatusEndpoints {

    private final Startup startup;

    public StatusEndpoints(Startup startup) {
        this.startup = startup;
    }

    public void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    /**
     * 503 with the start-up progress while OrderLens starts (or after it failed to); then 200 when no backend is
     * unreachable, else 503, the body listing each backend either way.
     */
    public void ready(Context ctx) {
        Optional<OrderLens> orderLens = startup.orderLens();
        if (orderLens.isEmpty()) {
            ctx.status(503).json(Map.of("ready", false, "backends", List.of(), "startup", startup.json()));
            return;
        }
        List<BackendStatus> statuses = orderLens.get().checkBackends();
        boolean ready = statuses.stream().noneMatch(s -> s.reachability() == BackendStatus.Reachability.UNREACHABLE);
        List<Map<String, Object>> backends = statuses.stream().map(StatusEndpoints::backend).toList();
        ctx.status(ready ? 200 : 503).json(Map.of("ready", ready, "backends", backends));
    }

    public void startup(Context ctx) {
        ctx.json(startup.json());
    }

    public void examples(Context ctx) {
        ctx.json(Map.of("questions", startup.orderLens().orElseThrow().exampleQuestions()));
    }

    private static Map<String, Object> backend(BackendStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("port", status.port());
        json.put("implementation", status.implementation());
        json.put("target", status.target());
        json.put("embedded", status.embedded());
        json.put("reachability", status.reachability().name().toLowerCase(Locale.ROOT));
        json.put("detail", status.detail());
        return json;
    }
}
