package dev.orderlens.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.pipeline.AnswerListener;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.web.WebSettings;
import dev.orderlens.web.json.AnswerJson;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /api/chat}: a SQL answer as one JSON body; a RAG answer as a stream of {@code meta},
 * {@code token}…, {@code sources}, {@code followups}, {@code done} (or {@code error}) events. A client that
 * accepts only JSON gets one JSON body in both modes.
 */
public final class ChatEndpoint implements Handler {

    static final int MAX_HISTORY_TURNS = 20;
    static final int MAX_HISTORY_ANSWER_CHARS = 20_000;
    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

    private final Assistant assistant;
    private final WebSettings settings;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Semaphore inFlight;
    private final DisplayFormats display;

    public ChatEndpoint(Assistant assistant, WebSettings settings, ObjectMapper mapper, Clock clock) {
        this.assistant = assistant;
        this.settings = settings;
        this.mapper = mapper;
        this.clock = clock;
        this.inFlight = new Semaphore(settings.maxAnswersInFlight(), true);
        this.display = DisplayFormats.of(assistant.semanticModel());
    }

    @Override
    public void handle(Context ctx) throws InterruptedException {
        AskCommand command = command(JsonBody.read(ctx, mapper, settings.maxBodyBytes()));
        if (!inFlight.tryAcquire(WebSettings.ANSWER_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            ctx.header("Retry-After", "5");
            throw new ApiException(503, "busy", null, "too many questions are being answered right now; "
                    + "please try again in a few seconds");
        }
        try {
            answer(ctx, command);
        } finally {
            inFlight.release();
        }
    }

    private void answer(Context ctx, AskCommand command) {
        if (acceptsOnlyJson(ctx.header("Accept"))) {
            ctx.json(AnswerJson.of(assistant.ask(command, AnswerListener.IGNORE), settings.pageSize(), display));
            return;
        }
        StreamingListener listener = new StreamingListener(ctx);
        Answer answer;
        try {
            answer = assistant.ask(command, listener);
        } catch (RuntimeException e) {
            if (listener.stream == null) {
                throw e;
            }
            LOG.log(Level.WARNING, "answer failed while streaming: " + e.getMessage());
            listener.stream.send("error", Map.of("code", "answer_failed",
                    "message", "The answer could not be completed; please try again."));
            return;
        }
        if (listener.stream == null) {
            ctx.json(AnswerJson.of(answer, settings.pageSize(), display));
        } else {
            listener.stream.send("done", done((RagAnswer) answer));
        }
    }

    private AskCommand command(BodyFields body) {
        body.allowOnly("question", "sessionId", "history", "route");
        String question = body.requiredString("question", settings.maxQuestionChars());
        String sessionId = body.requiredString("sessionId", 128);
        if (!SessionId.isValid(sessionId)) {
            throw body.invalid("sessionId", "must be 8 to 128 letters, digits, '-' or '_'");
        }
        RoutePreference route;
        try {
            route = RoutePreference.parse(body.optionalString("route", 10).orElse("auto"));
        } catch (IllegalArgumentException e) {
            throw body.invalid("route", "must be one of auto, sql, rag");
        }
        List<Turn> history = new ArrayList<>();
        for (BodyFields turn : body.optionalObjects("history", MAX_HISTORY_TURNS)) {
            history.add(turn(turn));
        }
        return new AskCommand(question, sessionId, route, history);
    }

    private Turn turn(BodyFields turn) {
        turn.allowOnly("messageId", "question", "answer", "route", "sql");
        String question = turn.requiredString("question", AskCommand.MAX_QUESTION_CHARS);
        String answer = turn.optionalString("answer", MAX_HISTORY_ANSWER_CHARS).orElse("");
        Route route = turn.optionalString("route", 10)
                .map(label -> Route.parse(label).orElseThrow(() -> turn.invalid("route", "must be sql or rag")))
                .orElse(Route.RAG);
        String messageId = turn.optionalString("messageId", 128).orElseGet(() -> UUID.randomUUID().toString());
        String sql = turn.optionalString("sql", MAX_HISTORY_ANSWER_CHARS).orElse(null);
        return new Turn(messageId, question, answer, route, sql, clock.instant());
    }

    /** JSON only when the client names JSON and not an event stream (a browser's default {@code *}/{@code *} streams). */
    static boolean acceptsOnlyJson(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("application/json") && !lower.contains("text/event-stream");
    }

    private static Map<String, Object> done(RagAnswer answer) {
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("messageId", answer.messageId());
        done.put("partial", answer.partial());
        done.put("error", answer.error());
        done.put("timings", answer.timings().millisByLabel());
        return done;
    }

    /** Opens the event stream once the route is RAG; a SQL answer is left for one JSON body. */
    private final class StreamingListener implements AnswerListener {
        private final Context ctx;
        private volatile EventStream stream;

        StreamingListener(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public void onStart(String messageId, RouteOutcome route) {
            if (route.decided() != Route.RAG) {
                return;
            }
            stream = EventStream.open(ctx, mapper);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("messageId", messageId);
            meta.put("mode", "rag");
            meta.put("route", AnswerJson.route(route));
            stream.send("meta", meta);
        }

        @Override
        public void onToken(String token) {
            if (stream != null) {
                stream.send("token", Map.of("text", token));
            }
        }

        @Override
        public void onSources(List<Passage> sources) {
            if (stream != null) {
                stream.send("sources", AnswerJson.sources(sources));
            }
        }

        @Override
        public void onFollowUps(List<String> followUps) {
            if (stream != null) {
                stream.send("followups", followUps);
            }
        }
    }
}
