package dev.orderlens.bootstrap;

import dev.orderlens.answering.semantic.SemanticModelDraft;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.local.duckdb.DuckDbProfiler;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.duckdb.OrdersLoader;
import dev.orderlens.local.duckdb.OrdersSource;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The embedded orders data of a home: the sample generated on demand, a user's own orders loaded in its place,
 * and which of the two is in use. The terminal's {@code data} commands work through this, so that only the
 * wiring module knows which adapter stores the orders.
 */
public final class OrdersData {

    /** Where a user's own orders, loaded with {@code orderlens data load}, live under {@code ORDERLENS_HOME}. */
    static final String USER_ORDERS_FILE = "user/orders.duckdb";
    /** The semantic model the user's orders were loaded with, kept so that later commands need no setting. */
    static final String USER_MODEL_FILE = "user/semantic-model.json";

    private static final Duration SUMMARY_TIMEOUT = Duration.ofSeconds(30);

    private OrdersData() {
    }

    /** The sample dataset written by {@link #generateSample}. */
    public record Sample(boolean freshlyGenerated, long orders, Path ordersFile, Path documentsFile, int documents) {
    }

    /**
     * What {@link #load} put in place of the sample.
     *
     * @param modelFile the copy of the semantic model kept with the orders, when it is not the sample's
     */
    public record Loaded(long rows, Path ordersFile, Optional<Path> modelFile, List<String> ignoredColumns,
            Duration elapsed) {
        public Loaded {
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }

    /** Where {@link #load} and {@link #draft} read orders from. */
    public static final class Source {
        private final OrdersSource source;

        private Source(OrdersSource source) {
            this.source = source;
        }

        /** A UTF-8 CSV file whose first line names the columns. */
        public static Source csv(Path file) {
            return new Source(OrdersSource.csv(file));
        }

        /** A Parquet file, or several named by a glob. */
        public static Source parquet(String fileOrGlob) {
            return new Source(OrdersSource.parquet(fileOrGlob));
        }

        /** A table of another DuckDB database file, copied without changing that file. */
        public static Source duckDbTable(Path databaseFile, String table) {
            return new Source(OrdersSource.duckDbTable(databaseFile, table));
        }

        @Override
        public String toString() {
            return source.toString();
        }
    }

    /**
     * What {@link #check} found: the model fits the orders in use.
     *
     * @param ignoredColumns the data's columns the model does not describe
     */
    public record Checked(Path ordersFile, String table, long rows, List<String> ignoredColumns) {
        public Checked {
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }

    /** The orders in use: their file, whether they are the user's own, their table, count and first and last time. */
    public record InUse(Path ordersFile, boolean own, String table, Object rows, Object first, Object last) {
    }

    /** Generates the sample into the home's data directory, once; kept afterwards. */
    public static Sample generateSample(OrderLensSettings settings, StartupListener listener) {
        SampleDataset sample = SampleDataset.ensure(settings.dataDirectory(),
                new SampleOptions(SampleOptions.DEFAULT_SEED, settings.sampleOrders()), listener::progress);
        return new Sample(sample.freshlyGenerated(), settings.sampleOrders(), sample.ordersDatabase(),
                sample.documentsFile(), sample.documents().size());
    }

    /**
     * Loads the user's orders from {@code source}, described by {@code modelFile} (else by the model in use); they
     * replace the sample for every later command, and the model file is kept beside them so that later commands
     * read them with it without {@code ORDERLENS_SEMANTIC_MODEL}.
     *
     * @throws dev.orderlens.core.semantic.ModelMismatchException naming every way the model does not fit the data
     * @throws IllegalArgumentException naming the source's problem, when its content cannot be loaded
     */
    public static Loaded load(OrderLensSettings settings, Source source, Optional<Path> modelFile) {
        Optional<Path> modelSource = modelFile.or(settings::semanticModelFile);
        SemanticModelFile model = modelSource.map(SemanticModelFile::load).orElseGet(() -> semanticModel(settings));
        Path target = userOrders(settings);
        OrdersLoader.LoadResult result = OrdersLoader.builder().databaseFile(target)
                .semanticModel(model.model()).build().load(source.source);
        Optional<Path> kept = modelSource.isPresent() ? Optional.of(keepModel(settings, modelSource.get()))
                : rememberedModel(settings);
        return new Loaded(result.rows(), target, kept, result.ignoredColumns(), result.elapsed());
    }

    /**
     * Checks {@code modelFile} (else the model in use) against the orders in use, as loading them with it would,
     * without changing anything.
     *
     * @throws dev.orderlens.core.semantic.ModelMismatchException naming every way the model does not fit the data
     * @throws IllegalArgumentException when there are no orders yet
     */
    public static Checked check(OrderLensSettings settings, Optional<Path> modelFile) {
        SemanticModelFile model = modelFile.map(SemanticModelFile::load).orElseGet(() -> semanticModel(settings));
        Source orders = ordersInUse(settings);
        OrdersLoader.LoadResult result = OrdersLoader.builder().semanticModel(model.model()).build()
                .check(orders.source);
        return new Checked(ordersFile(settings), model.model().table(), result.rows(), result.ignoredColumns());
    }

    /**
     * A semantic model drafted from {@code source}, else from the orders in use, as JSON that {@code data load
     * --model} accepts as it is.
     *
     * @throws IllegalArgumentException when the data cannot be read or has no date or timestamp column
     */
    public static String draft(OrderLensSettings settings, Optional<Source> source) {
        OrdersSource data = source.orElseGet(() -> ordersInUse(settings)).source;
        return SemanticModelDraft.of(data.tableName(), DuckDbProfiler.builder().build().profile(data)).json();
    }

    private static Source ordersInUse(OrderLensSettings settings) {
        Path file = ordersFile(settings);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there are no orders yet: run 'orderlens data generate' or "
                    + "'orderlens data load'");
        }
        return Source.duckDbTable(file, semanticModel(settings).model().table());
    }

    private static Path keepModel(OrderLensSettings settings, Path modelFile) {
        Path kept = settings.dataDirectory().resolve(USER_MODEL_FILE);
        try {
            if (!(Files.exists(kept) && Files.isSameFile(modelFile, kept))) {
                Files.copy(modelFile, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the semantic model in " + kept, e);
        }
        return kept;
    }

    /** The model kept with the user's orders by an earlier {@code data load}, while those orders are in use. */
    private static Optional<Path> rememberedModel(OrderLensSettings settings) {
        Path kept = settings.dataDirectory().resolve(USER_MODEL_FILE);
        return Files.isRegularFile(kept) && Files.isRegularFile(userOrders(settings)) ? Optional.of(kept)
                : Optional.empty();
    }

    /** The orders in use, or empty before the sample is generated or the user's orders are loaded. */
    public static Optional<InUse> inUse(OrderLensSettings settings) {
        Path file = ordersFile(settings);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SemanticModel model = semanticModel(settings).model();
        try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).build()) {
            SqlResult summary = warehouse.execute(new SqlQuery("SELECT count(*) AS orders, min(" + model.timeColumn()
                    + ") AS first_order, max(" + model.timeColumn() + ") AS last_order FROM " + model.table(), 1,
                    SUMMARY_TIMEOUT));
            List<Object> row = summary.rows().get(0);
            return Optional.of(new InUse(file, file.equals(userOrders(settings)), model.table(), row.get(0),
                    row.get(1), row.get(2)));
        }
    }

    /** The orders file of the embedded warehouse: the user's loaded orders if any, else the sample's. */
    public static Path ordersFile(OrderLensSettings settings) {
        Path user = userOrders(settings);
        return Files.isRegularFile(user) ? user : settings.dataDirectory().resolve(SampleDataset.ORDERS_FILE);
    }

    static Path userOrders(OrderLensSettings settings) {
        return settings.dataDirectory().resolve(USER_ORDERS_FILE);
    }

    /**
     * The semantic model in use: the file {@code ORDERLENS_SEMANTIC_MODEL} names, else the one the user's orders were
     * loaded with, else the sample's.
     */
    static SemanticModelFile semanticModel(OrderLensSettings settings) {
        return modelFile(settings).map(SemanticModelFile::load).orElseGet(SemanticModelFile::loadDefault);
    }

    /** The file of the semantic model in use, or empty for the sample's. */
    public static Optional<Path> modelFile(OrderLensSettings settings) {
        return settings.semanticModelFile().or(() -> rememberedModel(settings));
    }
}
