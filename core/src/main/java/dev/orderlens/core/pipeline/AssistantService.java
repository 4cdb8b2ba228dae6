package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.ClarifyingAnswer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.answer.Verification;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.domain.telemetry.StageTimings;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.AnswerWriter.GroundedAnswer;
import dev.orderlens.core.port.SqlGenerator.ClarificationNeededException;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.port.StreamInterruptedException;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.routing.RoutingDecision;
import dev.orderlens.core.routing.RoutingRule;
import dev.orderlens.core.sql.SqlText;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request pipeline: context → classify → decide → SQL or RAG → follow-ups → save → telemetry.
 * Outside systems failing degrade the answer and are recorded as failure flags; only a bad command fails.
 */
public final class AssistantService implements AskQuestionUseCase {

    private static final Logger LOG = Logger.getLogger(AssistantService.class.getName());
    private static final int SHORT_FOLLOW_UP_WORDS = 5;

    private final PipelineParts parts;
    private final PipelineSettings settings;

    public AssistantService(PipelineParts parts, PipelineSettings settings) {
        this.parts = parts;
        this.settings = settings;
    }

    @Override
    public Answer ask(AskCommand command, AnswerListener listener) {
        TokenMeter.start();
        Request request = new Request(command, listener);
        try {
            return request.answer();
        } finally {
            request.recordTelemetry(TokenMeter.stop());
        }
    }

    /** The state of answering one question. */
    private final class Request {
        private final AskCommand command;
        private final AnswerListener listener;
        private final String messageId = UUID.randomUUID().toString();
        private final long startNanos = System.nanoTime();
        private final Map<Stage, Duration> timings = new EnumMap<>(Stage.class);
        private final Set<String> failures = new LinkedHashSet<>();
        private Conversation conversation;
        private List<String> caveats = List.of();
        private List<String> unread = List.of();
        private Answer answer;
        private String sqlWrittenBy;

        Request(AskCommand command, AnswerListener listener) {
            this.command = command;
            this.listener = listener;
        }

        Answer answer() {
            conversation = timed(Stage.CONTEXT, this::loadConversation);
            Optional<VerifiedAnswers.Match> verified = timed(Stage.CLASSIFY, this::findVerified);
            Optional<Classification> classification = command.route().forcedRoute().isPresent()
                    || verified.isPresent()
                    ? Optional.empty()
                    : timed(Stage.CLASSIFY, this::classify);
            RoutingDecision decision = settings.routing().decide(command.route(), classification);
            caveats = classification.map(Classification::caveats).orElse(List.of());
            unread = classification.map(Classification::unread).orElse(List.of());
            Optional<Clarification> askBack = classification.flatMap(Classification::askBack);
            Optional<ChangeQuestion> change = decision.forced() ? Optional.empty()
                    : ChangeQuestion.of(command.question());
            Draft draft;
            if (verified.isPresent()) {
                draft = answerVerified(verified.get());
            } else if (askBack.isPresent() && !decision.forced()) {
                draft = askBack(decision, askBack.get());
            } else if (change.isPresent()) {
                draft = explainChange(decision, change.get());
            } else if (decision.route() == Route.SQL) {
                draft = answerWithSql(decision, command.question(),
                        () -> generateSql(classification, command.question()), null);
            } else {
                draft = answerFromDocuments(decision, null);
            }
            List<String> followUps = draft.answer() instanceof ClarifyingAnswer clarifying
                    ? clarifying.clarification().choices()
                    : timed(Stage.FOLLOW_UPS, () -> suggestFollowUps(draft.answer()));
            listener.onFollowUps(followUps);
            timed(Stage.SAVE, () -> save(draft));
            timings.put(Stage.TOTAL, Duration.ofNanos(System.nanoTime() - startNanos));
            answer = withFollowUpsAndTimings(draft.answer(), followUps, StageTimings.of(timings));
            return answer;
        }

        private Conversation loadConversation() {
            Conversation stored;
            try {
                stored = parts.conversations().load(command.sessionId());
            } catch (RuntimeException e) {
                fail("store_load_failed", e);
                stored = Conversation.empty(command.sessionId());
            }
            if (stored.turns().isEmpty() && !command.history().isEmpty()) {
                return new Conversation(command.sessionId(), command.history(), stored.context());
            }
            return stored;
        }

        private Optional<Classification> classify() {
            try {
                return Optional.of(parts.classifiers().call(c -> c.classify(command.question(), conversation), e -> {
                    fail("classifier_failed", e);
                    failures.add("classifier_fallback");
                }));
            } catch (RuntimeException e) {
                fail(parts.classifiers().fallback().isPresent() ? "fallback_classifier_failed" : "classifier_failed",
                        e);
                return Optional.empty();
            }
        }

        /**
         * The numbers of the change from a query, then the reasons from the documents, in one answer; the
         * documents alone when no query shows the numbers.
         */
        private Draft explainChange(RoutingDecision decision, ChangeQuestion change) {
            RoutingDecision numbersFirst = new RoutingDecision(Route.SQL, decision.confidence(),
                    RoutingRule.TENTATIVE_SQL, decision.reason() + "; " + ChangeExplanation.ROUTE_REASON);
            String question = change.numbersQuestion();
            Draft numbers = answerWithSql(numbersFirst, question, () -> generateSql(Optional.empty(), question), null);
            if (!(numbers.answer() instanceof SqlAnswer sql) || sql.result() == null) {
                return numbers;
            }
            List<Passage> passages = timed(Stage.RETRIEVAL, () -> retrieve(reasonIndexes()));
            GroundedAnswer reasons;
            try {
                // The reader gets the numbers and the reasons as one body, so nothing is streamed.
                reasons = timed(Stage.SUMMARISE, () -> parts.answerWriters().call(
                        writer -> writer.writeGrounded(command.question(), passages, conversation, token -> { }),
                        e -> fail("answer_fallback", e)));
            } catch (RuntimeException e) {
                fail("answer_failed", e);
                reasons = new GroundedAnswer("", List.of());
            }
            return new Draft(ChangeExplanation.withReasons(sql, reasons), numbers.context());
        }

        /** A question asked for documents is not answered by a saved query, whatever it matches. */
        private Optional<VerifiedAnswers.Match> findVerified() {
            if (command.route().forcedRoute().filter(route -> route != Route.SQL).isPresent()) {
                return Optional.empty();
            }
            try {
                return parts.verified().match(command.question(), this::embed);
            } catch (RuntimeException e) {
                fail("verified_lookup_failed", e);
                return Optional.empty();
            }
        }

        /** The saved query runs as written (through the guard as always), its meaning kept for follow-ups. */
        private Draft answerVerified(VerifiedAnswers.Match match) {
            VerifiedQuestion saved = match.verified();
            failures.add("verified");
            RoutingDecision decision = new RoutingDecision(Route.SQL, 1.0, RoutingRule.VERIFIED,
                    "a verified query answers it: " + match.reason());
            return answerWithSql(decision, command.question(), () -> new GeneratedSql(saved.sql(), saved.context(),
                    List.of(VerifiedAnswers.note(saved)), "verified answer"), saved.verification());
        }

        /**
         * @param question the question the summary describes (the numbers' part of a "why did … change" question)
         * @param verification the mark of a saved query, {@code null} for a query written for this question
         */
        private Draft answerWithSql(RoutingDecision decision, String question, Supplier<GeneratedSql> source,
                Verification verification) {
            GeneratedSql generated;
            String sql;
            try {
                generated = timed(Stage.SQL_GENERATE, source);
                sqlWrittenBy = generated.writtenBy();
                sql = parts.guard().check(SqlText.stripCodeFences(generated.sql()));
            } catch (ClarificationNeededException e) {
                return askBack(decision, e.clarification());
            } catch (QuestionNotUnderstoodException e) {
                return sqlFailed(decision, "sql_not_understood", "I could not turn this question into a query: "
                        + e.getMessage(), null);
            } catch (UnsafeSqlException e) {
                return sqlFailed(decision, "sql_rejected", "The query was not safe to run: " + e.getMessage(), null);
            } catch (RuntimeException e) {
                return sqlFailed(decision, "sql_generation_failed", "I could not write a query for this question.",
                        e);
            }
            SqlResult result;
            try {
                result = timed(Stage.SQL_EXECUTE, () -> parts.warehouse()
                        .execute(new SqlQuery(sql, settings.maxRows(), settings.sqlTimeout())));
            } catch (RuntimeException e) {
                return sqlFailed(decision, "sql_failed", "The query failed: " + e.getMessage(), e);
            }
            if (result.isEmpty() && decision.mayFallBackToRag()) {
                failures.add("sql_empty");
                return answerFromDocuments(decision, "the query returned no rows");
            }
            RouteOutcome outcome = new RouteOutcome(Route.SQL, decision.confidence(), decision.forced(), false,
                    reasoning(decision, null));
            listener.onStart(messageId, outcome);
            String summary = notes(generated) + timed(Stage.SUMMARISE, () -> summarize(question, sql, result))
                    + scope(generated) + sizeNote(result);
            String resultId = parts.results().put(result);
            SqlAnswer sqlAnswer = new SqlAnswer(messageId, command.sessionId(), command.question(), summary, sql,
                    result, resultId, null, List.of(), verification, outcome, List.of(), StageTimings.none());
            if (!isShortFollowUp() && question.equals(command.question())) {
                // "And for FedEx only?" means something else after another answer, and a "why did … change" query
                // computes only the numbers of what was asked: neither query is an answer to save.
                parts.verified().remember(sqlAnswer, generated.context());
            }
            return new Draft(sqlAnswer, contextAfterSql(generated, result));
        }

        private GeneratedSql generateSql(Optional<Classification> classification, String question) {
            Optional<String> suggested = classification.flatMap(Classification::suggestedSql);
            if (suggested.isPresent()) {
                return new GeneratedSql(suggested.get(), null).withWrittenBy("classifier");
            }
            // Not understood or refused is the generator's answer; the fallback would not be wiser.
            return parts.sqlGenerators().call(
                    generator -> generator.generate(question, conversation, parts.warehouse().dialect()),
                    e -> !(e instanceof QuestionNotUnderstoodException || e instanceof UnsafeSqlException
                            || e instanceof ClarificationNeededException),
                    e -> fail("sql_generator_fallback", e));
        }

        private String summarize(String question, String sql, SqlResult result) {
            try {
                return parts.answerWriters().call(writer -> writer.summarizeSql(question, sql, result),
                        e -> fail("summary_fallback", e));
            } catch (RuntimeException e) {
                fail(parts.answerWriters().fallback().isPresent() ? "fallback_summary_failed" : "summary_failed", e);
                return "The query returned " + result.totalRows() + (result.totalRows() == 1 ? " row" : " rows")
                        + "; the table shows them.";
            }
        }

        /** What the generator says the numbers alone would hide (the data ends before the period asked about). */
        private static String notes(GeneratedSql generated) {
            return generated.notes().isEmpty() ? "" : String.join(" ", generated.notes()) + " ";
        }

        /** The period and filters behind the numbers, which the summary of the rows alone cannot know. */
        private static String scope(GeneratedSql generated) {
            return generated.scope().isEmpty() ? "" : " " + generated.scope();
        }

        /** Rows cut for size rather than count are news to the reader, who asked for all of them. */
        private static String sizeNote(SqlResult result) {
            if (!result.cutAtBytes()) {
                return "";
            }
            return " Only the first " + result.rows().size() + " of " + result.totalRows()
                    + " rows are held: the rest would have made this answer too large.";
        }

        private Draft sqlFailed(RoutingDecision decision, String flag, String userMessage, RuntimeException cause) {
            fail(flag, cause);
            if (decision.mayFallBackToRag()) {
                return answerFromDocuments(decision, userMessage);
            }
            RouteOutcome outcome = new RouteOutcome(Route.SQL, decision.confidence(), decision.forced(), false,
                    reasoning(decision, null));
            listener.onStart(messageId, outcome);
            SqlAnswer failed = new SqlAnswer(messageId, command.sessionId(), command.question(), userMessage, null,
                    null, null, userMessage, List.of(), null, outcome, List.of(), StageTimings.none());
            return new Draft(failed, conversation.context());
        }

        /** Nothing is computed: the reader is asked what they meant, or told what OrderLens can answer instead. */
        private Draft askBack(RoutingDecision decision, Clarification clarification) {
            failures.add(clarification.reason() == Clarification.Reason.OUT_OF_SCOPE ? "out_of_scope" : "asked_back");
            RouteOutcome outcome = new RouteOutcome(decision.route(), decision.confidence(), decision.forced(), false,
                    reasoning(decision, null));
            ClarifyingAnswer answer = new ClarifyingAnswer(messageId, command.sessionId(), command.question(),
                    clarification, outcome, List.of(), StageTimings.none());
            return new Draft(answer, conversation.context());
        }

        private Draft answerFromDocuments(RoutingDecision decision, String fallbackCause) {
            RouteOutcome outcome = new RouteOutcome(Route.RAG, decision.confidence(), decision.forced(),
                    fallbackCause != null, reasoning(decision, fallbackCause));
            listener.onStart(messageId, outcome);
            List<Passage> passages = timed(Stage.RETRIEVAL, () -> retrieve(parts.indexes()));
            // What the documents cannot cover is said before what they do say, so it is read first.
            String opening = caveats.isEmpty() ? "" : String.join(" ", caveats) + "\n\n";
            if (!opening.isEmpty()) {
                listener.onToken(opening);
            }
            String error = null;
            boolean partial = false;
            GroundedAnswer written;
            StringBuilder streamed = new StringBuilder();
            try {
                written = timed(Stage.SUMMARISE, () -> writeGrounded(passages, streamed));
            } catch (StreamInterruptedException e) {
                fail("stream_partial", e);
                partial = true;
                error = "The answer was cut off before it was complete.";
                written = new GroundedAnswer(e.partialText(), passages);
            } catch (RuntimeException e) {
                fail("answer_failed", e);
                error = "The answer could not be written right now; the sources below may help.";
                listener.onToken(error);
                written = new GroundedAnswer(error, passages);
            }
            String closing = error != null ? "" : UnmentionedPhrases.note(unread, written.cited(), opening)
                    .map(note -> "\n\n" + note).orElse("");
            if (!closing.isEmpty()) {
                listener.onToken(closing);
            }
            listener.onSources(written.cited());
            RagAnswer rag = new RagAnswer(messageId, command.sessionId(), command.question(),
                    opening + written.text() + closing, written.cited(), partial, error, outcome, List.of(),
                    StageTimings.none());
            return new Draft(rag, conversation.context());
        }

        private GroundedAnswer writeGrounded(List<Passage> passages, StringBuilder streamed) {
            // Once words have reached the reader, a second writer would start the answer over in the middle.
            return parts.answerWriters().call(
                    writer -> writer.writeGrounded(command.question(), passages, conversation, token -> {
                        streamed.append(token);
                        listener.onToken(token);
                    }),
                    e -> !(e instanceof StreamInterruptedException) && streamed.length() == 0,
                    e -> fail("answer_fallback", e));
        }

        /** The indexes that may hold why a figure changed: not those of single records, unless nothing else is. */
        private List<VectorIndex> reasonIndexes() {
            List<VectorIndex> reports = parts.indexes().stream()
                    .filter(index -> !parts.recordIndexes().contains(index.name())).toList();
            return reports.isEmpty() ? parts.indexes() : reports;
        }

        private List<Passage> retrieve(List<VectorIndex> indexes) {
            String text = retrievalText();
            float[] vector = embed(text);
            VectorQuery query = new VectorQuery(text, vector, settings.passagesPerIndex());
            List<CompletableFuture<List<Passage>>> searches = new ArrayList<>();
            for (VectorIndex index : indexes) {
                searches.add(CompletableFuture.supplyAsync(() -> index.search(query), parts.executor()));
            }
            long deadline = System.nanoTime() + settings.retrievalTimeout().toNanos();
            List<List<Passage>> ranked = new ArrayList<>();
            for (int i = 0; i < searches.size(); i++) {
                CompletableFuture<List<Passage>> search = searches.get(i);
                try {
                    ranked.add(search.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    fail("retrieval_failed", e.getCause());
                } catch (TimeoutException e) {
                    search.cancel(true);
                    fail("retrieval_timeout", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("retrieval_interrupted", e);
                }
            }
            return PassageMerger.merge(ranked, settings.passagesPerAnswer());
        }

        /** A short follow-up ("and in October?") is searched together with the question it follows. */
        private String retrievalText() {
            return isShortFollowUp() ? conversation.lastTurn().orElseThrow().question() + " " + command.question()
                    : command.question();
        }

        private boolean isShortFollowUp() {
            return conversation.lastTurn().isPresent()
                    && command.question().split("\\s+").length < SHORT_FOLLOW_UP_WORDS;
        }

        private float[] embed(String text) {
            if (parts.embeddingModel() == null) {
                return null;
            }
            try {
                return new CachingEmbeddingModel(parts.embeddingModel(), parts.embeddingCache(),
                        e -> fail("embedding_cache_failed", e)).embed(text);
            } catch (RuntimeException e) {
                fail("embedding_failed", e);
                return null;
            }
        }

        private ConversationContext contextAfterSql(GeneratedSql generated, SqlResult result) {
            Map<String, String> updates = new HashMap<>();
            conversation.context().values().keySet().stream()
                    .filter(key -> key.startsWith(RowContext.PREFIX))
                    .forEach(key -> updates.put(key, ""));
            updates.putAll(generated.context().values());
            updates.putAll(RowContext.extract(result));
            return conversation.context().merge(updates);
        }

        private List<String> suggestFollowUps(Answer draft) {
            try {
                return parts.followUps().suggest(draft, conversation);
            } catch (RuntimeException e) {
                fail("follow_ups_failed", e);
                return List.of();
            }
        }

        private void save(Draft draft) {
            Answer drafted = draft.answer();
            String sql = drafted instanceof SqlAnswer s ? s.sql() : null;
            Turn turn = new Turn(messageId, command.question(), drafted.text(), drafted.route().decided(), sql,
                    parts.wallClock().instant());
            try {
                parts.conversations().append(command.sessionId(), turn, draft.context());
            } catch (RuntimeException e) {
                fail("store_save_failed", e);
            }
        }

        void recordTelemetry(TokenUsage usage) {
            if (answer == null) {
                return;
            }
            long rows = answer instanceof SqlAnswer s ? s.rowCount() : 0;
            try {
                parts.telemetry().recordRequest(new RequestTelemetry(messageId, command.sessionId(),
                        parts.wallClock().instant(), answer.route(), answer.timings(), rows, command.question().length(),
                        answer.text().length(), failures, usage, models()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "telemetry failed for message " + messageId + ": " + e.getMessage());
            }
        }

        /** The components behind each stage, and for a SQL answer which path wrote its query. */
        private Map<String, String> models() {
            if (sqlWrittenBy == null) {
                return parts.models();
            }
            Map<String, String> models = new LinkedHashMap<>(parts.models());
            models.put("sql_written_by", sqlWrittenBy);
            return models;
        }

        private <T> T timed(Stage stage, Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                timings.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
            }
        }

        private void timed(Stage stage, Runnable work) {
            timed(stage, () -> {
                work.run();
                return null;
            });
        }

        private void fail(String flag, Throwable cause) {
            failures.add(flag);
            if (cause != null) {
                LOG.log(Level.WARNING, () -> "message " + messageId + ": " + flag + ": " + cause.getMessage());
            }
        }
    }

    private static String reasoning(RoutingDecision decision, String fallbackCause) {
        return fallbackCause == null
                ? decision.reason()
                : decision.reason() + "; fell back to the documents because " + lowerFirst(fallbackCause);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Answer withFollowUpsAndTimings(Answer answer, List<String> followUps, StageTimings timings) {
        if (answer instanceof SqlAnswer s) {
            return new SqlAnswer(s.messageId(), s.sessionId(), s.question(), s.text(), s.sql(), s.result(),
                    s.resultId(), s.error(), s.sources(), s.verification(), s.route(), followUps, timings);
        }
        if (answer instanceof ClarifyingAnswer c) {
            return new ClarifyingAnswer(c.messageId(), c.sessionId(), c.question(), c.clarification(), c.route(),
                    followUps, timings);
        }
        RagAnswer r = (RagAnswer) answer;
        return new RagAnswer(r.messageId(), r.sessionId(), r.question(), r.text(), r.sources(), r.partial(),
                r.error(), r.route(), followUps, timings);
    }

    /** An answer before follow-ups and timings, with the context to save for the next question. */
    private record Draft(Answer answer, ConversationContext context) {
    }
}
