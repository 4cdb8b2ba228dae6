package dev.orderlens.bootstrap;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running OrderLens: the wired {@link Assistant} plus what the apps need around it (the backends in
 * use and their checks, read-only SQL for the {@code sql} command, example questions). Both apps get
 * one from {@link OrderLensWiring#start}; neither wires adapters by hand.
 */
public final class OrderLens implements AutoCloseable {

    private static final long CHECK_TIMEOUT_SECONDS = 10;

    private final Assistant assistant;
    private final SqlWarehouse warehouse;
    private final OrderLensSettings settings;
    private final List<BackendCheck> backends;
    private final List<String> exampleQuestions;
    private final Optional<OrderIngest> ingest;
    private final List<AutoCloseable> resources;

    OrderLens(Assistant assistant, SqlWarehouse warehouse, OrderLensSettings settings, List<BackendCheck> backends,
            List<String> exampleQuestions, Optional<OrderIngest> ingest, List<AutoCloseable> resources) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backends = List.copyOf(backends);
        this.exampleQuestions = List.copyOf(exampleQuestions);
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.resources = List.copyOf(resources);
    }

    /** An OrderLens around an assistant built elsewhere (tests, or a library user's own wiring). */
    public static OrderLens of(Assistant assistant, SqlWarehouse warehouse, OrderLensSettings settings,
            List<BackendCheck> backends, List<String> exampleQuestions) {
        return new OrderLens(assistant, warehouse, settings, backends, exampleQuestions, Optional.empty(), List.of());
    }

    public Assistant assistant() {
        return assistant;
    }

    public OrderLensSettings settings() {
        return settings;
    }

    /** The backend behind each port, as configured (not checked). */
    public List<BackendStatus> backends() {
        return backends.stream().map(BackendCheck::status).toList();
    }

    /** Checks every backend in parallel, each within a bounded time. */
    public List<BackendStatus> checkBackends() {
        List<CompletableFuture<BackendStatus>> checks = new ArrayList<>();
        for (BackendCheck backend : backends) {
            checks.add(CompletableFuture.supplyAsync(backend::run));
        }
        List<BackendStatus> statuses = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            BackendStatus configured = backends.get(i).status();
            try {
                statuses.add(checks.get(i).get(CHECK_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                statuses.add(configured.unreachable("no answer within " + CHECK_TIMEOUT_SECONDS + " s"));
            } catch (ExecutionException e) {
                statuses.add(configured.unreachable(String.valueOf(e.getCause().getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                statuses.add(configured.unreachable("interrupted"));
            }
        }
        return statuses;
    }

    /**
     * Runs SQL a person typed, through the same read-only guard and warehouse as generated SQL.
     *
     * @throws dev.orderlens.core.sql.UnsafeSqlException when the guard refuses it
     * @throws dev.orderlens.core.port.BackendException when the warehouse fails
     */
    public SqlResult runSql(String sql) {
        ReadOnlySqlGuard guard = assistant.sqlGuard();
        return warehouse.execute(new SqlQuery(guard.check(sql), guard.rowLimit(), settings.sqlTimeout()));
    }

    /** Order events in, when this process runs ingest (see {@link IngestSettings}). */
    public Optional<OrderIngest> ingest() {
        return ingest;
    }

    /** Questions over the loaded data for a first-visit screen. */
    public List<String> exampleQuestions() {
        return exampleQuestions;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close " + resources.get(i), e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
