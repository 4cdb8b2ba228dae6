package dev.orderlens.web.internal;

import dev.orderlens.bootstrap.BackendStatus;
import dev.orderlens.bootstrap.OrderLens;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /health} (the process answers), {@code GET /ready} (the backends answer) and the example questions. */
public final class StatusEndpoints {

    private final OrderLens orderLens;

    public StatusEndpoints(OrderLens orderLens) {
        this.orderLens = orderLens;
    }

    public void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    /** 200 when no backend is unreachable, else 503; the body lists each backend either way. */
    public void ready(Context ctx) {
        List<BackendStatus> statuses = orderLens.checkBackends();
        boolean ready = statuses.stream().noneMatch(s -> s.reachability() == BackendStatus.Reachability.UNREACHABLE);
        List<Map<String, Object>> backends = statuses.stream().map(StatusEndpoints::backend).toList();
        ctx.status(ready ? 200 : 503).json(Map.of("ready", ready, "backends", backends));
    }

    public void examples(Context ctx) {
        ctx.json(Map.of("questions", orderLens.exampleQuestions()));
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
