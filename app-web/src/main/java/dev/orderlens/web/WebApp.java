package dev.orderlens.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.web.internal.ApiException;
import dev.orderlens.web.internal.BodyBeforeDispatch;
import dev.orderlens.web.internal.ChatArchiveEndpoints;
import dev.orderlens.web.internal.ChatEndpoint;
import dev.orderlens.web.internal.ConnectionsPerAddress;
import dev.orderlens.web.internal.EdgeGuard;
import dev.orderlens.web.internal.ErrorBody;
import dev.orderlens.web.internal.FeedbackEndpoint;
import dev.orderlens.web.internal.FeedbackListEndpoints;
import dev.orderlens.web.internal.IngestEndpoints;
import dev.orderlens.web.internal.JsonErrorHandler;
import dev.orderlens.web.internal.RateLimiter;
import dev.orderlens.web.internal.ResultEndpoints;
import dev.orderlens.web.internal.SecurityHeaders;
import dev.orderlens.web.internal.StatusEndpoints;
import dev.orderlens.web.internal.TitleEndpoint;
import dev.orderlens.web.internal.UnreadBodyDrain;
import dev.orderlens.web.internal.VerifiedEndpoints;
import io.javalin.Javalin;
import io.javalin.config.JettyConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The web app: the chat page, its JSON/SSE API, and the health and readiness checks, configured in one place.
 * {@link WebServer} starts it; tests drive it with Javalin's test tools.
 */
public final class WebApp {

    private static final Logger LOG = Logger.getLogger(WebApp.class.getName());
    private static final String INGEST_PATH = "/api/ingest/";
    /** Connections the system may hold for the server before it accepts them (capped by the OS's somaxconn). */
    private static final int ACCEPT_QUEUE_SIZE = 1024;
    /** A body that arrives slower than this is cut off (408); a kilobyte a second is far below a real upload. */
    private static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    /** A connection that sends and receives nothing for this long is closed (Jetty's default, stated here). */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** When a caller refused while OrderLens starts should ask again. */
    private static final Duration STARTING_RETRY = Duration.ofSeconds(5);

    private WebApp() {
    }

    public static Javalin create(OrderLens orderLens, WebSettings settings) {
        return create(Startup.of(orderLens), settings);
    }

    /**
     * The app for an OrderLens that may still be starting: the page, {@code /health}, {@code /ready} and
     * {@code /startup} answer from the first second; the API answers 503 {@code starting} until it is ready.
     */
    public static Javalin create(Startup startup, WebSettings settings) {
        Clock clock = Clock.systemUTC();
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SecurityHeaders security = new SecurityHeaders(settings.allowedOrigins());
        RateLimiter limiter = new RateLimiter(settings.requestsPerMinute(), System::nanoTime);
        JsonErrorHandler errors = new JsonErrorHandler(limiter);
        StatusEndpoints status = new StatusEndpoints(startup);
        Supplier<Endpoints> api = memoized(() -> new Endpoints(startup.orderLens().orElseThrow(), settings, mapper,
                clock));

        return Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            long maxRequestSize = Math.max(settings.maxBodyBytes(), settings.maxChatBytes());
            config.http.maxRequestSize = maxRequestSize;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            JettyConfig jetty = config.jetty;
            jetty.host = settings.host();
            jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(jetty.host);
                connector.setPort(jetty.port);
                // Java's default backlog of 50 drops connections when many users open the page at once.
                connector.setAcceptQueueSize(ACCEPT_QUEUE_SIZE);
                connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                connector.addEventListener(new ConnectionsPerAddress(settings.maxConnectionsPerAddress()));
                return connector;
            });
            jetty.modifyServer(server -> {
                // Requests and open answer streams finish before a stop completes, within the grace period.
                // Javalin puts the app inside the innermost wrapper: the edge guard sees every request first, then
                // the body is received before the app is called.
                EdgeGuard guard = new EdgeGuard(settings.host(), settings.allowedHosts(), errors);
                guard.setHandler(new BodyBeforeDispatch(maxRequestSize, MIN_BODY_BYTES_PER_SECOND));
                server.setHandler(new GracefulHandler(guard));
                server.setStopTimeout(settings.shutdownGrace().toMillis());
                server.setErrorHandler(errors);
            });

            config.routes.before(security::apply);
            config.routes.before("/api/*", security::checkApiOrigin);
            config.routes.before("/api/*", ctx -> {
                // Ingest callers hold the shared secret and send in bursts; EventBridge retries 429s anyway.
                if (!ctx.path().startsWith(INGEST_PATH)) {
                    limit(limiter, ctx);
                }
            });
            config.routes.before("/api/*", ctx -> refuseWhileStarting(startup, ctx));

            config.routes.get("/health", status::health);
            config.routes.get("/ready", status::ready);
            config.routes.get("/startup", status::startup);
            config.routes.get("/api/examples", status::examples);
            config.routes.post("/api/chat", ctx -> api.get().chat.handle(ctx));
            config.routes.get("/api/results/{resultId}", ctx -> api.get().results.page(ctx));
            config.routes.get("/api/results/{resultId}/csv", ctx -> api.get().results.csv(ctx));
            config.routes.post("/api/feedback", ctx -> api.get().rate.handle(ctx));
            config.routes.get("/api/feedback", ctx -> api.get().feedback.list(ctx));
            config.routes.get("/api/feedback.csv", ctx -> api.get().feedback.csv(ctx));
            config.routes.post("/api/verified", ctx -> api.get().verified.save(ctx));
            config.routes.get("/api/verified", ctx -> api.get().verified.list(ctx));
            config.routes.delete("/api/verified/{id}", ctx -> api.get().verified.delete(ctx));
            config.routes.post("/api/generate-title", ctx -> api.get().title.handle(ctx));
            config.routes.get("/api/chats", ctx -> api.get().chats.list(ctx));
            config.routes.get("/api/chats/{id}", ctx -> api.get().chats.get(ctx));
            config.routes.put("/api/chats/{id}", ctx -> api.get().chats.put(ctx));
            config.routes.delete("/api/chats/{id}", ctx -> api.get().chats.delete(ctx));
            config.routes.post(INGEST_PATH + "eventbridge", ctx -> api.get().ingest.eventBridge(ctx));
            config.routes.post(INGEST_PATH + "databricks-sync", ctx -> api.get().ingest.databricksSync(ctx));
            config.routes.get(INGEST_PATH + "status", ctx -> api.get().ingest.status(ctx));
            config.routes.options("/api/*", ctx -> ctx.status(204));
            config.routes.after(UnreadBodyDrain::drain);

            config.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(ErrorBody.of(e)));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                    .json(ErrorBody.of(ErrorBody.codeOf(e.getStatus()), e.getMessage(), null)));
            // A body cut off by BodyBeforeDispatch for arriving too slowly: an answer, not a failure to log.
            config.routes.exception(BadMessageException.class, (e, ctx) -> ctx.status(e.getCode())
                    .json(ErrorBody.of(ErrorBody.codeOf(e.getCode()), "the request could not be read", null)));
            config.routes.exception(BackendException.class, (e, ctx) -> {
                LOG.log(Level.WARNING, ctx.method() + " " + ctx.path() + ": " + e.getMessage());
                ctx.status(503).json(ErrorBody.of("backend_unavailable", e.backend() + " is not available right now",
                        null));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(Level.SEVERE, ctx.method() + " " + ctx.path() + " failed", e);
                ctx.status(500).json(ErrorBody.of("internal_error", "something went wrong on the server", null));
            });
            config.routes.error(404, "application/json", ctx -> notFound(ctx));
            config.routes.error(404, "*/*", ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    notFound(ctx);
                }
            });
        });
    }

    /** 503 {@code starting} for the API until OrderLens has started; a CORS preflight is answered all the same. */
    private static void refuseWhileStarting(Startup startup, Context ctx) {
        if (startup.state() == Startup.State.READY || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        ctx.header("Retry-After", Long.toString(STARTING_RETRY.toSeconds()));
        String message = startup.state() == Startup.State.FAILED
                ? "OrderLens could not start: " + startup.json().get("error")
                : "OrderLens is starting (" + startup.current() + "); try again in a few seconds";
        throw new ApiException(503, "starting", null, message);
    }

    private static <T> Supplier<T> memoized(Supplier<T> build) {
        AtomicReference<T> built = new AtomicReference<>();
        return () -> {
            T value = built.get();
            if (value == null) {
                synchronized (built) {
                    value = built.get();
                    if (value == null) {
                        value = build.get();
                        built.set(value);
                    }
                }
            }
            return value;
        };
    }

    /** The API's endpoints, built once from the started OrderLens. */
    private static final class Endpoints {
        private final ChatEndpoint chat;
        private final ResultEndpoints results;
        private final FeedbackEndpoint rate;
        private final FeedbackListEndpoints feedback;
        private final VerifiedEndpoints verified;
        private final TitleEndpoint title;
        private final ChatArchiveEndpoints chats;
        private final IngestEndpoints ingest;

        private Endpoints(OrderLens orderLens, WebSettings settings, ObjectMapper mapper, Clock clock) {
            Assistant assistant = orderLens.assistant();
            chat = new ChatEndpoint(assistant, settings, mapper, clock);
            results = new ResultEndpoints(assistant, settings.pageSize());
            rate = new FeedbackEndpoint(assistant, mapper, settings.maxBodyBytes(), settings.maxQuestionChars(), clock);
            feedback = new FeedbackListEndpoints(assistant, clock);
            verified = new VerifiedEndpoints(assistant, mapper, settings.maxBodyBytes());
            title = new TitleEndpoint(assistant, mapper, settings.maxBodyBytes(), settings.maxQuestionChars());
            chats = new ChatArchiveEndpoints(assistant.chats(), mapper, settings.maxChatBytes(), clock);
            ingest = new IngestEndpoints(orderLens.ingest(), orderLens.settings().ingest());
        }
    }

    private static void limit(RateLimiter limiter, Context ctx) {
        long waitSeconds = limiter.acquire(ctx.ip());
        if (waitSeconds > 0) {
            ctx.header("Retry-After", Long.toString(waitSeconds));
            throw new ApiException(429, "rate_limited", null,
                    "too many requests; try again in " + waitSeconds + " seconds");
        }
    }

    private static void notFound(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{\"error\"")) {
            ctx.json(ErrorBody.of("not_found", "no endpoint " + ctx.method() + " " + ctx.path(), null));
        }
    }
}
