package dev.orderlens.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.answering.semantic.SemanticModelDraft;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.WarehouseTableCheck;
import dev.orderlens.answering.semantic.WarehouseTableProfiler;
import dev.orderlens.databricks.DatabricksSettings;
import dev.orderlens.databricks.DatabricksSqlWarehouse;
import dev.orderlens.databricks.DatabricksWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's orders that stay in a Databricks table: {@code orderlens data load --table catalog.schema.name} copies
 * nothing, it checks the semantic model against the table through the read-only query principal and remembers
 * the table and the model in the home, so that every later command answers from that table with that model.
 *
 * <p>Which table is used: {@code ORDERLENS_ORDERS_TABLE} when it is set, else the remembered table, else the
 * setting's default. The remembered model goes with the remembered table only: while the setting names the table,
 * the model is chosen as without a remembered table ({@code ORDERLENS_SEMANTIC_MODEL} still overrides both).
 */
public final class DatabricksOrders {

    /** The table {@code data load --table} checked, remembered for later commands. */
    static final String TABLE_FILE = "user/databricks-table.json";
    /** The semantic model the table was checked with. */
    static final String MODEL_FILE = "user/databricks-model.json";

    private static final String TABLE_SETTING = "ORDERLENS_ORDERS_TABLE";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatabricksOrders() {
    }

    /**
     * The Databricks table in use and the model it was checked with.
     *
     * @param modelFile the kept model, or empty for the sample's (or {@code ORDERLENS_SEMANTIC_MODEL}'s when set)
     */
    public record InUse(String table, Optional<Path> modelFile) {
    }

    /**
     * What {@link #load} or {@link #check} found: the model fits the table.
     *
     * @param modelFile the model checked, as kept in the home, or empty for the sample's
     * @param ignoredColumns the table's columns the model does not describe
     */
    public record Checked(String table, Optional<Path> modelFile, List<String> ignoredColumns, Duration elapsed) {
        public Checked {
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }

    /** Whether {@code env} configures a Databricks SQL warehouse, which {@code data load --table} needs. */
    public static boolean configured(Map<String, String> env) {
        return DatabricksSettings.from(env).flatMap(DatabricksSettings::warehouse).isPresent();
    }

    /**
     * Checks {@code modelFile} (else the model in use) against {@code table} and, when it fits, remembers both for
     * every later command.
     *
     * @throws SettingsException when no Databricks SQL warehouse is configured
     * @throws IllegalArgumentException when the name is not {@code catalog.schema.name} or the table cannot be read
     * @throws dev.orderlens.core.semantic.ModelMismatchException naming every way the model does not fit the table
     */
    public static Checked load(Map<String, String> env, String table, Optional<Path> modelFile) {
        OrderLensSettings settings = OrderLensSettings.from(env);
        DatabricksSettings databricks = requireWarehouse(env);
        try {
            DatabricksSettings.from(withTable(env, table));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--table must be a name like catalog.schema.table (was '" + table
                    + "')", e);
        }
        Optional<Path> modelSource = modelFile.or(() -> modelFile(env, settings));
        SemanticModelFile model = modelSource.map(SemanticModelFile::load).orElseGet(SemanticModelFile::loadDefault);
        long start = System.nanoTime();
        WarehouseTableCheck.Checked checked = check(databricks, model, table);
        Optional<Path> kept = keepModel(settings, modelSource);
        remember(settings, table);
        return new Checked(table, kept, checked.ignoredColumns(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Checks {@code modelFile} (else the model in use) against the Databricks table in use, without changing
     * anything; empty when no remembered Databricks table is in use.
     *
     * @throws dev.orderlens.core.semantic.ModelMismatchException naming every way the model does not fit the table
     */
    public static Optional<Checked> check(Map<String, String> env, Optional<Path> modelFile) {
        OrderLensSettings settings = OrderLensSettings.from(env);
        return inUse(env).map(inUse -> {
            Optional<Path> model = modelFile.or(() -> modelFile(env, settings));
            long start = System.nanoTime();
            WarehouseTableCheck.Checked checked = check(requireWarehouse(env),
                    model.map(SemanticModelFile::load).orElseGet(SemanticModelFile::loadDefault), inUse.table());
            return new Checked(inUse.table(), model, checked.ignoredColumns(),
                    Duration.ofNanos(System.nanoTime() - start));
        });
    }

    /**
     * A semantic model drafted from {@code table}, else from the remembered table in use, as JSON that {@code data
     * load --table NAME --model} accepts as it is; empty when no table is named and none is remembered.
     *
     * @throws SettingsException when a table is named but no Databricks SQL warehouse is configured
     * @throws IllegalArgumentException when the table cannot be read or has no date or timestamp column
     */
    public static Optional<String> draft(Map<String, String> env, Optional<String> table) {
        Optional<String> drafted = table.or(() -> inUse(env).map(InUse::table));
        return drafted.map(name -> SemanticModelDraft.of(name, WarehouseTableProfiler.builder()
                .warehouse(warehouse(requireWarehouse(env))).build().profile(name)).json());
    }

    /**
     * The remembered Databricks table and its model, when Databricks SQL is configured and {@code
     * ORDERLENS_ORDERS_TABLE} does not name another table.
     */
    public static Optional<InUse> inUse(Map<String, String> env) {
        OrderLensSettings settings = OrderLensSettings.from(env);
        Optional<String> remembered = rememberedTable(settings);
        if (remembered.isEmpty() || !configured(env) || explicitTable(env).filter(
                table -> !table.equals(remembered.get())).isPresent()) {
            return Optional.empty();
        }
        Path kept = settings.dataDirectory().resolve(MODEL_FILE);
        return Optional.of(new InUse(remembered.get(),
                settings.semanticModelFile().or(() -> Files.isRegularFile(kept) ? Optional.of(kept) : Optional.empty())));
    }

    /** The Databricks settings, with the remembered table in place of the default one. */
    static Optional<DatabricksSettings> settings(Map<String, String> env) {
        Optional<String> remembered = rememberedTable(OrderLensSettings.from(env));
        return DatabricksSettings.from(remembered.isPresent() && explicitTable(env).isEmpty()
                ? withTable(env, remembered.get()) : env);
    }

    /** The file of the semantic model in use, or empty for the sample's: the remembered table's, else as embedded. */
    static Optional<Path> modelFile(Map<String, String> env, OrderLensSettings settings) {
        Optional<InUse> inUse = inUse(env);
        return inUse.isPresent() ? inUse.get().modelFile() : OrdersData.modelFile(settings);
    }

    /** The semantic model in use, as {@link #modelFile} picks it. */
    static SemanticModelFile semanticModel(Map<String, String> env, OrderLensSettings settings) {
        return modelFile(env, settings).map(SemanticModelFile::load).orElseGet(SemanticModelFile::loadDefault);
    }

    private static WarehouseTableCheck.Checked check(DatabricksSettings databricks, SemanticModelFile model,
            String table) {
        return WarehouseTableCheck.builder().warehouse(warehouse(databricks)).build()
                .check(model.withTable(table).model());
    }

    /** The warehouse as the read-only query principal reaches it, which is all a check or a draft needs. */
    private static DatabricksSqlWarehouse warehouse(DatabricksSettings databricks) {
        return DatabricksSqlWarehouse.builder().workspace(DatabricksWorkspace.from(databricks))
                .warehouseId(databricks.warehouse().orElseThrow()).build();
    }

    private static DatabricksSettings requireWarehouse(Map<String, String> env) {
        return DatabricksSettings.from(env).filter(settings -> settings.warehouse().isPresent())
                .orElseThrow(() -> new SettingsException("--table without --duckdb names a Databricks table, which "
                        + "needs DATABRICKS_HOST, DATABRICKS_TOKEN (or DATABRICKS_CLIENT_ID and "
                        + "DATABRICKS_CLIENT_SECRET) and DATABRICKS_WAREHOUSE_ID (or DATABRICKS_SQL_URL); "
                        + "for a table of a DuckDB file add --duckdb FILE"));
    }

    private static Optional<String> explicitTable(Map<String, String> env) {
        return Optional.ofNullable(env.get(TABLE_SETTING)).map(String::strip).filter(table -> !table.isEmpty());
    }

    private static Map<String, String> withTable(Map<String, String> env, String table) {
        Map<String, String> withTable = new HashMap<>(env);
        withTable.put(TABLE_SETTING, table);
        return withTable;
    }

    private static Optional<String> rememberedTable(OrderLensSettings settings) {
        Path file = settings.dataDirectory().resolve(TABLE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()).path("table").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the remembered Databricks table in " + file, e);
        }
    }

    private static void remember(OrderLensSettings settings, String table) {
        Path file = settings.dataDirectory().resolve(TABLE_FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.createObjectNode().put("table", table).toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remember the Databricks table in " + file, e);
        }
    }

    /** Keeps a copy of the model file checked, or forgets an earlier one when the sample's was checked. */
    private static Optional<Path> keepModel(OrderLensSettings settings, Optional<Path> modelFile) {
        Path kept = settings.dataDirectory().resolve(MODEL_FILE);
        try {
            Files.createDirectories(kept.getParent());
            if (modelFile.isEmpty()) {
                Files.deleteIfExists(kept);
                return Optional.empty();
            }
            if (!(Files.exists(kept) && Files.isSameFile(modelFile.get(), kept))) {
                Files.copy(modelFile.get(), kept, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.of(kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the semantic model in " + kept, e);
        }
    }
}
