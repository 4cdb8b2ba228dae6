package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.resilience.Sleeper;
import dev.orderlens.databricks.internal.StatementApi.ExecuteRequest;
import dev.orderlens.databricks.internal.StatementApi.StatementResponse;
import dev.orderlens.databricks.internal.StatementApi.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a statement to a terminal state: submits it with a wait timeout, polls while it is PENDING or RUNNING
 * (with growing pauses, until the statement's own timeout), and cancels it when that timeout passes, when a
 * call fails, or when the calling thread is interrupted, so that no abandoned query keeps the warehouse busy.
 */
public final class StatementRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StatementRunner.class);
    private static final Pattern STATEMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "CANCELED", "CLOSED");
    /** The API accepts a wait of 0 s, or 5 s to 50 s. */
    private static final Duration MIN_WAIT = Duration.ofSeconds(5);
    private static final Duration MAX_WAIT = Duration.ofSeconds(50);
    private static final Map<String, Kind> FAILURE_KINDS = Map.of(
            "TEMPORARILY_UNAVAILABLE", Kind.UNAVAILABLE,
            "WORKSPACE_TEMPORARILY_UNAVAILABLE", Kind.UNAVAILABLE,
            "SERVICE_UNDER_MAINTENANCE", Kind.UNAVAILABLE,
            "INTERNAL_ERROR", Kind.UNAVAILABLE,
            "IO_ERROR", Kind.UNAVAILABLE,
            "RESOURCE_EXHAUSTED", Kind.RATE_LIMITED,
            "DEADLINE_EXCEEDED", Kind.TIMEOUT,
            "UNAUTHENTICATED", Kind.UNAUTHORIZED);

    private final WorkspaceClient client;
    private final Sleeper sleeper;
    private final String warehouseId;
    private final Duration submitWait;
    private final Duration firstPoll;
    private final Duration maxPoll;

    public StatementRunner(WorkspaceClient client, Sleeper sleeper, String warehouseId, Duration submitWait,
            Duration firstPoll, Duration maxPoll) {
        this.client = client;
        this.sleeper = sleeper;
        this.warehouseId = warehouseId;
        this.submitWait = submitWait;
        this.firstPoll = firstPoll;
        this.maxPoll = maxPoll;
    }

    /** Runs the statement and returns its SUCCEEDED response (manifest and first chunk). */
    public StatementResponse run(Statement statement) {
        Instant deadline = client.clock().instant().plus(statement.timeout());
        Duration wait = waitFor(statement.timeout());
        ExecuteRequest request = new ExecuteRequest(statement.sql(), warehouseId, null, null,
                statement.parameters().isEmpty() ? null : statement.parameters(), wait.toSeconds() + "s",
                "CONTINUE", "INLINE", "JSON_ARRAY", statement.rowLimit());
        StatementResponse response;
        try {
            response = client.send(WorkspaceCall.post("execute SQL statement", StatementApi.STATEMENTS_PATH, request)
                    .withExtraTimeout(wait), StatementResponse.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(Authorizer.BACKEND, Kind.TIMEOUT,
                    "execute SQL statement was interrupted before the warehouse answered");
        }
        String id = statementId(response);
        return outcome(id, awaitTerminal(id, response, deadline, statement.timeout()));
    }

    /** Fetches a statement's current state; used to read results of a statement that finished earlier. */
    public StatementResponse status(String statementId) throws InterruptedException {
        return client.send(WorkspaceCall.get("get SQL statement status", StatementApi.statementPath(statementId)),
                StatementResponse.class);
    }

    private StatementResponse awaitTerminal(String id, StatementResponse first, Instant deadline, Duration timeout) {
        Optional<StatementResponse> terminal;
        try {
            terminal = pollUntilTerminal(id, first, deadline);
        } catch (InterruptedException e) {
            cancel(id);
            Thread.currentThread().interrupt();
            throw new BackendException(Authorizer.BACKEND, Kind.TIMEOUT,
                    "SQL statement " + id + " was cancelled because the caller stopped waiting");
        } catch (BackendException e) {
            cancel(id);
            throw e;
        }
        if (terminal.isEmpty()) {
            cancel(id);
            throw new BackendException(Authorizer.BACKEND, Kind.TIMEOUT, "SQL statement " + id
                    + " did not finish within " + timeout.toMillis() + " ms and was cancelled");
        }
        return terminal.get();
    }

    /** The terminal response, or empty when the deadline came first. */
    private Optional<StatementResponse> pollUntilTerminal(String id, StatementResponse first, Instant deadline)
            throws InterruptedException {
        StatementResponse response = first;
        Duration pause = firstPoll;
        while (!TERMINAL.contains(state(response))) {
            Duration remaining = Duration.between(client.clock().instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                return Optional.empty();
            }
            sleeper.sleep(pause.compareTo(remaining) < 0 ? pause : remaining);
            pause = pause.multipliedBy(2).compareTo(maxPoll) > 0 ? maxPoll : pause.multipliedBy(2);
            response = status(id);
        }
        return Optional.of(response);
    }

    private static StatementResponse outcome(String id, StatementResponse response) {
        Status status = response.status();
        switch (state(response)) {
            case "SUCCEEDED":
                return response;
            case "FAILED": {
                String code = status.error() == null || status.error().errorCode() == null
                        ? "UNKNOWN" : status.error().errorCode();
                String message = status.error() == null || status.error().message() == null
                        ? "no message" : status.error().message();
                String sqlState = status.sqlState() == null ? "" : " (SQLSTATE " + status.sqlState() + ")";
                throw new BackendException(Authorizer.BACKEND, FAILURE_KINDS.getOrDefault(code, Kind.REJECTED),
                        "SQL statement " + id + " failed: " + code + ": " + message + sqlState);
            }
            case "CANCELED":
                throw new BackendException(Authorizer.BACKEND, Kind.UNAVAILABLE, "SQL statement " + id
                        + " was cancelled by the warehouse" + errorSuffix(status));
            default:
                throw new BackendException(Authorizer.BACKEND, Kind.UNAVAILABLE, "SQL statement " + id
                        + " is CLOSED: its result is no longer available" + errorSuffix(status));
        }
    }

    private static String errorSuffix(Status status) {
        return status.error() == null || status.error().message() == null ? "" : ": " + status.error().message();
    }

    /** Asks the warehouse to stop; best effort, since the caller is already failing for a better reason. */
    private void cancel(String id) {
        boolean interrupted = Thread.interrupted();
        try {
            client.send(WorkspaceCall.idempotentPost("cancel SQL statement", StatementApi.cancelPath(id), Map.of()),
                    JsonNode.class);
        } catch (BackendException | InterruptedException e) {
            LOG.warn("Could not cancel SQL statement {}: {}", id, e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Duration waitFor(Duration timeout) {
        Duration wanted = timeout.compareTo(submitWait) < 0 ? timeout : submitWait;
        if (wanted.compareTo(MIN_WAIT) < 0) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(Math.min(wanted.toSeconds(), MAX_WAIT.toSeconds()));
    }

    private static String state(StatementResponse response) {
        return response.status() == null || response.status().state() == null ? "" : response.status().state();
    }

    private static String statementId(StatementResponse response) {
        String id = response.statementId();
        if (id == null || !STATEMENT_ID.matcher(id).matches()) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE,
                    "execute SQL statement (POST " + StatementApi.STATEMENTS_PATH + ") returned no valid statement_id");
        }
        return id;
    }
}
