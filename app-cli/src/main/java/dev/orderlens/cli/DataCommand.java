package dev.orderlens.cli;

import dev.orderlens.bootstrap.DatabricksOrders;
import dev.orderlens.bootstrap.OrderLensSettings;
import dev.orderlens.bootstrap.OrdersData;
import dev.orderlens.bootstrap.OrdersIndexDescription;
import dev.orderlens.bootstrap.OwnDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code orderlens data generate|load|model|docs|info}: the sample dataset and a user's own orders and documents. */
@Command(name = "data", description = "The embedded data: generate the sample, load your own orders, model and documents, show what is in use.",
        subcommands = {DataCommand.Generate.class, DataCommand.Load.class, DataCommand.Model.class, DataDocsCommand.class,
            DataCommand.Info.class})
final class DataCommand implements Runnable {

    private static final DateTimeFormatter DOCUMENTS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    DataCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required "
                + "(generate, load, model, docs or info)");
    }

    CliContext context() {
        return context;
    }

    private OrderLensSettings settings() {
        return OrderLensSettings.from(context.settings());
    }

    @Command(name = "generate", description = "Generate the sample dataset into ORDERLENS_HOME (once; kept afterwards).")
    static final class Generate implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        private DataCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            OrderLensSettings settings = parent.settings();
            PrintWriter out = spec.commandLine().getOut();
            try (StartupReporter progress = new StartupReporter(spec.commandLine().getErr(),
                    parent.context.terminal(), false)) {
                OrdersData.Sample sample = OrdersData.generateSample(settings, progress);
                out.println((sample.freshlyGenerated() ? "Generated" : "Already there:") + " the sample dataset of "
                        + sample.orders() + " orders in " + settings.dataDirectory());
                out.println("  orders:    " + sample.ordersFile());
                out.println("  documents: " + sample.documentsFile() + " (" + sample.documents() + ")");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * Where orders are read from: exactly one of a CSV file, Parquet files, a table of a DuckDB file, or a
     * Databricks table (which is checked where it is, not copied).
     */
    static final class SourceOptions {

        @Option(names = "--csv", paramLabel = "FILE", required = true,
                description = "A CSV file (UTF-8, a header line naming the columns).")
        private Path csv;

        @Option(names = "--parquet", paramLabel = "FILE", required = true,
                description = "A Parquet file, or a quoted glob of several ('exports/*.parquet').")
        private String parquet;

        @ArgGroup(exclusive = false)
        private Table table;

        static final class Table {
            @Option(names = "--duckdb", paramLabel = "FILE",
                    description = "A DuckDB database file, read without being changed; with --table.")
            private Path file;

            @Option(names = "--table", paramLabel = "NAME", required = true,
                    description = {"The table holding the orders: of the --duckdb file, else a Databricks table "
                        + "catalog.schema.name (needs DATABRICKS_HOST, credentials and DATABRICKS_WAREHOUSE_ID).",
                        "A Databricks table is checked against the model where it is and remembered, never copied."})
            private String name;
        }

        /** The Databricks table named by {@code --table} without {@code --duckdb}. */
        Optional<String> databricksTable() {
            return table != null && table.file == null ? Optional.of(table.name) : Optional.empty();
        }

        OrdersData.Source source() {
            if (csv != null) {
                return OrdersData.Source.csv(csv);
            }
            if (parquet != null) {
                return OrdersData.Source.parquet(parquet);
            }
            return OrdersData.Source.duckDbTable(table.file, table.name);
        }
    }

    @Command(name = "load", description = {"Load your own orders from a CSV file, Parquet files or a table of a DuckDB "
            + "file, with the semantic model describing them; they replace the sample for every later command.",
        "With Databricks configured, --table catalog.schema.name alone checks the model against that table "
            + "and remembers both for every later command, copying nothing.",
        "The model is checked against the data first: every mismatch is named (a missing column, a value of the "
            + "wrong type with its row, a metric that does not run) and nothing changes."})
    static final class Load implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        private DataCommand parent;

        @Spec
        private CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private SourceOptions from;

        @Option(names = "--model", paramLabel = "FILE", description = {"The semantic model describing the data's "
            + "columns (default: ORDERLENS_SEMANTIC_MODEL, else the model of the orders in use); "
            + "'orderlens data model --draft' writes a first one.",
            "It is kept with the orders, so later commands need no setting."})
        private Path model;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<String> databricksTable = from.databricksTable();
            if (databricksTable.isPresent()) {
                DatabricksOrders.Checked checked = DatabricksOrders.load(parent.context.settings(),
                        databricksTable.get(), Optional.ofNullable(model));
                out.println("The semantic model fits Databricks table " + checked.table() + " (checked in "
                        + checked.elapsed().toMillis() + " ms, nothing copied); every later command answers from it");
                checked.modelFile().ifPresent(kept -> out.println("Semantic model kept for it: " + kept));
                printIgnored(out, checked.ignoredColumns());
                out.flush();
                return ExitCodes.OK;
            }
            OrdersData.Source source = from.source();
            try (ProgressDisplay progress = ProgressDisplay.start(spec.commandLine().getErr(),
                    parent.context.terminal(), "loading " + source, 0)) {
                OrdersData.Loaded result = OrdersData.load(parent.settings(), source, Optional.ofNullable(model));
                progress.stepTo(result.rows(), result.rows());
                out.println("Loaded " + result.rows() + " orders from " + source + " into " + result.ordersFile()
                        + " in " + result.elapsed().toMillis() + " ms");
                result.modelFile().ifPresent(kept -> out.println("Semantic model kept with them: " + kept));
                printIgnored(out, result.ignoredColumns());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String describe(OwnDocuments.Summary documents) {
        return documents.documents() + " from " + documents.source() + " (" + documents.formatCounts() + "), indexed "
                + DOCUMENTS_TIME.format(documents.readAt()) + "; kept in " + documents.kept();
    }

    @Command(name = "model", description = {"Draft a semantic model from data, or check one against the orders in use.",
        "--draft writes JSON to standard output for you to review and pass to 'data load --model'; "
            + "without a source it drafts from the orders in use (a remembered Databricks table included).",
        "--check names every mismatch between the model (--model, else the one in use) and the orders in use."})
    static final class Model implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        private DataCommand parent;

        @Spec
        private CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Action action;

        static final class Action {
            @Option(names = "--draft", required = true, description = "Infer a model from the data.")
            private boolean draft;

            @Option(names = "--check", required = true, description = "Check a model against the orders in use.")
            private boolean check;
        }

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        private SourceOptions from;

        @Option(names = "--model", paramLabel = "FILE",
                description = "With --check: the model to check (default: the model in use).")
        private Path model;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            OrderLensSettings settings = parent.settings();
            if (action.draft) {
                if (model != null) {
                    throw new ParameterException(spec.commandLine(), "--model goes with --check; --draft reads only data");
                }
                Map<String, String> env = parent.context.settings();
                if (from == null) {
                    out.print(DatabricksOrders.draft(env, Optional.empty())
                            .orElseGet(() -> OrdersData.draft(settings, Optional.empty())));
                } else if (from.databricksTable().isPresent()) {
                    out.print(DatabricksOrders.draft(env, from.databricksTable()).orElseThrow());
                } else {
                    out.print(OrdersData.draft(settings, Optional.of(from.source())));
                }
            } else {
                if (from != null) {
                    throw new ParameterException(spec.commandLine(), "--check reads the orders in use; "
                            + "to check a model against a file, load it with 'data load'");
                }
                Optional<DatabricksOrders.Checked> remote = DatabricksOrders.check(parent.context.settings(),
                        Optional.ofNullable(model));
                if (remote.isPresent()) {
                    out.println("The semantic model fits Databricks table " + remote.get().table());
                    printIgnored(out, remote.get().ignoredColumns());
                    out.flush();
                    return ExitCodes.OK;
                }
                OrdersData.Checked checked = OrdersData.check(settings, Optional.ofNullable(model));
                out.println("The semantic model fits the " + checked.rows() + " orders of table " + checked.table()
                        + " in " + checked.ordersFile());
                printIgnored(out, checked.ignoredColumns());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void printIgnored(PrintWriter out, List<String> ignoredColumns) {
        if (!ignoredColumns.isEmpty()) {
            out.println("Ignored columns the semantic model does not describe: " + String.join(", ", ignoredColumns));
        }
    }

    @Command(name = "info", description = "Which orders file the embedded warehouse uses, its size and date range, "
            + "and which documents the analytics index holds; or which Databricks table and model are in use.")
    static final class Info implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        private DataCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            OrderLensSettings settings = parent.settings();
            PrintWriter out = spec.commandLine().getOut();
            out.println("home:   " + settings.home());
            Optional<DatabricksOrders.InUse> remote = DatabricksOrders.inUse(parent.context.settings());
            if (remote.isPresent()) {
                out.println("orders: Databricks table " + remote.get().table() + " (checked with data load --table)");
                out.println("model:  " + remote.get().modelFile().map(Path::toString).orElse("the sample's (built in)"));
                out.flush();
                return ExitCodes.OK;
            }
            Optional<OrdersData.InUse> orders = OrdersData.inUse(settings);
            if (orders.isEmpty()) {
                out.println("orders: none yet (run 'orderlens data generate' or 'orderlens data load')");
            } else {
                OrdersData.InUse inUse = orders.get();
                out.println("orders: " + inUse.ordersFile() + (inUse.own() ? " (loaded with data load)" : " (sample)"));
                out.println("rows:   " + inUse.rows() + " in " + inUse.table());
                out.println("model:  " + OrdersData.modelFile(settings).map(Path::toString)
                        .orElse("the sample's (built in)"));
                out.println("from:   " + Values.display(inUse.first()) + " to " + Values.display(inUse.last()));
                out.println("search: " + OrdersIndexDescription.of(settings));
            }
            out.println("documents: " + OwnDocuments.inUse(settings).map(DataCommand::describe).orElse(
                    orders.isPresent() && !orders.get().own() ? "the sample's analytics documents"
                    : "none yet (run 'orderlens data docs DIR' with your Markdown, text and PDF files)"));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
