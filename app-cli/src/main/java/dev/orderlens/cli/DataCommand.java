package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLensSettings;
import dev.orderlens.bootstrap.OrdersData;
import dev.orderlens.bootstrap.OrdersIndexDescription;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
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

        @Option(names = "--model", paramLabel = "FILE", description = {"The semantic model describing the CSV's "
            + "columns (default: ORDERLENS_SEMANTIC_MODEL, else the model of the orders in use).",
            "It is kept with the orders, so later commands need no setting."})
        private Path model;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ProgressDisplay progress = ProgressDisplay.start(spec.commandLine().getErr(),
                    parent.context.terminal(), "loading " + csv.getFileName(), 0)) {
                OrdersData.Loaded result = OrdersData.load(parent.settings(), csv, Optional.ofNullable(model));
                progress.stepTo(result.rows(), result.rows());
                out.println("Loaded " + result.rows() + " orders from " + csv + " into " + result.ordersFile() + " in "
                        + result.elapsed().toMillis() + " ms");
                result.modelFile().ifPresent(kept -> out.println("Semantic model kept with them: " + kept));
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
            PrintWriter out = spec.commandLine().getOut();
            out.println("home:   " + settings.home());
            Optional<OrdersData.InUse> orders = OrdersData.inUse(settings);
            if (orders.isEmpty()) {
                out.println("orders: none yet (run 'orderlens data generate' or 'orderlens data load --csv FILE')");
            } else {
                OrdersData.InUse inUse = orders.get();
                out.println("orders: " + inUse.ordersFile() + (inUse.own() ? " (loaded with data load)" : " (sample)"));
                out.println("rows:   " + inUse.rows() + " in " + inUse.table());
                out.println("model:  " + OrdersData.modelFile(settings).map(Path::toString)
                        .orElse("the sample's (built in)"));
                out.println("from:   " + Values.display(inUse.first()) + " to " + Values.display(inUse.last()));
                out.println("search: " + OrdersIndexDescription.of(settings));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
