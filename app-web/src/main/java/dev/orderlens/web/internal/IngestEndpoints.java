package dev.orderlens.web.internal;

import dev.orderlens.bootstrap.IngestSettings;
import dev.orderlens.bootstrap.OrderIngest;
import dev.orderlens.core.domain.search.IndexSyncReport;
import dev.orderlens.core.ingest.EventRejection;
import dev.orderlens.core.ingest.IngestReceipt.EventResult;
import dev.orderlens.core.ingest.IngestReceipt.Outcome;
import dev.orderlens.core.ingest.IngestReceipt;
import dev.orderlens.core.ingest.IngestStatus;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/ingest/eventbridge}, {@code POST /api/ingest/databricks-sync} and {@code GET /api/ingest/status}.
 * Callers prove themselves with the shared secret in a header ({@code X-Api-Key} by default); without a secret
 * configured the endpoints answer 404, so an unconfigured server never takes events in.
 */
public final class IngestEndpoints {

    /** Room for a batch of a thousand events; the server's own request limit is no larger (see WebSettings). */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** How long a request waits for its events to be applied, so the next question sees them; they are safe anyway. */
    private static final Duration APPLY_WAIT = Duration.ofSeconds(2);

    private final Optional<OrderIngest> ingest;
    private final IngestSettings settings;

    public IngestEndpoints(Optional<OrderIngest> ingest, IngestSettings settings) {
        this.ingest = ingest;
        this.settings = settings;
    }

    public void eventBridge(Context ctx) throws InterruptedException {
        OrderIngest open = authorised(ctx);
        IngestReceipt receipt;
        try {
            receipt = open.submitJson(JsonBody.text(ctx, MAX_BODY_BYTES));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_body", null, e.getMessage());
        }
        if (receipt.results().size() == 1 && receipt.results().get(0).outcome() == Outcome.REJECTED) {
            EventRejection rejection = receipt.results().get(0).rejection();
            throw new ApiException(400, "invalid_event", rejection.field().isEmpty() ? null : rejection.field(),
                    rejection.describe());
        }
        boolean applied = receipt.count(Outcome.ACCEPTED) == 0 || open.awaitApplied(receipt.sequence(), APPLY_WAIT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", receipt.count(Outcome.ACCEPTED));
        body.put("duplicates", receipt.count(Outcome.DUPLICATE));
        body.put("rejected", receipt.count(Outcome.REJECTED));
        body.put("applied", applied);
        body.put("results", receipt.results().stream().map(IngestEndpoints::result).toList());
        ctx.status(202).json(body);
    }

    public void databricksSync(Context ctx) {
        OrderIngest open = authorised(ctx);
        List<Map<String, Object>> indexes = new ArrayList<>();
        for (IndexSyncReport report : open.syncIndexes()) {
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("index", report.index());
            index.put("synced", report.synced());
            index.put("state", report.state());
            index.put("detail", report.detail());
            indexes.add(index);
        }
        ctx.json(Map.of("indexes", indexes));
    }

    public void status(Context ctx) {
        IngestStatus status = authorised(ctx).status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("journaled", status.journaled());
        body.put("applied", status.applied());
        body.put("pending", status.pending());
        body.put("waitingForCreation", status.waitingForCreation());
        body.put("lastFailure", status.lastFailure().orElse(null));
        body.put("refusedOrders", status.refusedOrders());
        ctx.json(body);
    }

    private OrderIngest authorised(Context ctx) {
        if (ingest.isEmpty() || !settings.endpointsOpen()) {
            throw new ApiException(404, "ingest_disabled", null, "order ingest is off on this server: set "
                    + "ORDERLENS_INGEST_SECRET to turn the ingest endpoints on");
        }
        if (!settings.accepts(ctx.header(settings.header()))) {
            throw new ApiException(401, "unauthorized", settings.header().toLowerCase(Locale.ROOT),
                    "missing or wrong " + settings.header() + " header");
        }
        return ingest.get();
    }

    private static Map<String, Object> result(EventResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", result.index());
        json.put("id", result.eventId());
        json.put("status", result.outcome().name().toLowerCase(Locale.ROOT));
        if (result.rejection() != null) {
            json.put("field", result.rejection().field());
            json.put("reason", result.rejection().message());
        }
        return json;
    }
}
