package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLensSettings;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.core.domain.SqlQuery;
import dev.orderlens.core.domain.SqlResult;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.duckdb.OrdersCsvLoader;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import dev.orderlens.answering.semantic.SemanticModelFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orderlens data generate|load|info}: the sample dataset and a user's own orders in the embedded warehouse. */
@Command(name = "data", description = "The embedded orders data: generate the sample, load your own CSV, show what is in use.",
        subcommands = {DataCommand.Generate.class, DataCommand.Load.class, DataCommand.Info.class})
final class DataCommand implements Runnable {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    DataCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required "
                + "(generate, load or info)");
    }

    private OrderLensSettings settings() {
        return OrderLensSettings.from(context.settings());
    }

    private static SemanticModel model(OrderLensSettings settings) {
        return settings.semanticModelFile().map(SemanticModelFile::load).orElseGet(SemanticModelFile::loadDefault)
                .model();
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
                SampleDataset sample = SampleDataset.ensure(settings.dataDirectory(),
                        new SampleOptions(SampleOptions.DEFAULT_SEED, settings.sampleOrders()), progress::progress);
                out.println((sample.freshlyGenerated() ? "Generated" : "Already there:") + " the sample dataset of "
                        + settings.sampleOrders() + " orders in " + settings.dataDirectory());
                out.println("  orders:    " + sample.ordersDatabase());
                out.println("  documents: " + sample.documentsFile() + " (" + sample.documents().size() + ")");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "load", description = {"Load your own orders from a CSV file (UTF-8, a header naming the columns "
            + "of the semantic model); it replaces the sample for every later command.",
        "A bad row changes nothing and is named with its line, column and value."})
    static final class Load implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        private DataCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--csv", paramLabel = "FILE", required = true, description = "The orders export.")
        private Path csv;

        @Override
        public Integer call() {
            OrderLensSettings settings = parent.settings();
            Path target = OrderLensWiring.userOrders(settings);
            PrintWriter out = spec.commandLine().getOut();
            try (ProgressDisplay progress = ProgressDisplay.start(spec.commandLine().getErr(),
                    parent.context.terminal(), "loading " + csv.getFileName(), 0)) {
                OrdersCsvLoader.LoadResult result = OrdersCsvLoader.builder().databaseFile(target)
                        .semanticModel(model(settings)).build().load(csv);
                progress.stepTo(result.rows(), result.rows());
                out.println("Loaded " + result.rows() + " orders from " + csv + " into " + target + " in "
                        + result.elapsed().toMillis() + " ms");
                if (!result.ignoredColumns().isEmpty()) {
                    out.println("Ignored columns the semantic model does not describe: "
                            + String.join(", ", result.ignoredColumns()));
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", description = "Which orders file the embedded warehouse uses, its size and date range.")
    static final class Info implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        private DataCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            OrderLensSettings settings = parent.settings();
            Path file = OrderLensWiring.embeddedOrdersFile(settings);
            PrintWriter out = spec.commandLine().getOut();
            out.println("home:   " + settings.home());
            if (!Files.isRegularFile(file)) {
                out.println("orders: none yet (run 'orderlens data generate' or 'orderlens data load --csv FILE')");
                out.flush();
                return ExitCodes.OK;
            }
            boolean own = file.equals(OrderLensWiring.userOrders(settings));
            out.println("orders: " + file + (own ? " (loaded with data load)" : " (sample)"));
            SemanticModel model = model(settings);
            try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).build()) {
                SqlResult summary = warehouse.execute(new SqlQuery("SELECT count(*) AS orders, min(" + model.timeColumn()
                        + ") AS first_order, max(" + model.timeColumn() + ") AS last_order FROM " + model.table(), 1,
                        Duration.ofSeconds(30)));
                List<Object> row = summary.rows().get(0);
                out.println("rows:   " + row.get(0) + " in " + model.table());
                out.println("from:   " + Values.display(row.get(1)) + " to " + Values.display(row.get(2)));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
