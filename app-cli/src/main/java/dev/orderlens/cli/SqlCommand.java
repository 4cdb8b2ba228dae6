package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.web.json.JsonValues;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code orderlens sql "SELECT …"}: read-only SQL through the same guard and warehouse as generated queries. */
@Command(name = "sql", description = "Run a read-only query (SELECT or WITH) on the orders warehouse.")
final class SqlCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SQL", description = "One SELECT or WITH statement.")
    private String sql;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "Output: an aligned table (default), JSON or CSV.")
    private OutputFormat format;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "50",
            description = "Rows the text table shows (default ${DEFAULT-VALUE}); json and csv write all rows held.")
    private int maxRows;

    SqlCommand(CliContext context) {
        this.context = context;
    }

    /**
     * The command on a command line of its own, where an argument that looks like an unknown option is the SQL: a
     * statement may well begin with a {@code --} comment. A mistyped option then reads as a second statement
     * argument, which picocli refuses as unmatched.
     */
    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new SqlCommand(context)).setUnmatchedOptionsArePositionalParams(true);
    }

    @Override
    public Integer call() {
        OutputFormat.require(format, spec, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
        PrintWriter out = spec.commandLine().getOut();
        try (OrderLens orderLens = context.start(Map.of(), spec.commandLine().getErr(), false)) {
            SqlResult result = orderLens.runSql(sql);
            // the user's own SQL: a column named like a metric may be in another unit than the metric's
            DisplayFormats display = DisplayFormats.of(orderLens.assistant().semanticModel()).forSql(sql);
            switch (format) {
                case JSON -> Json.write(out, json(result, display));
                // headed by column names, so that a file written here loads back with data load
                case CSV -> TableText.csv(out, result, TableText.names(result));
                default -> {
                    TableText.aligned(out, result, Math.max(maxRows, 1), display);
                    out.println("(" + result.totalRows() + (result.totalRows() == 1 ? " row)" : " rows)"));
                }
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(SqlResult result, DisplayFormats display) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("columns", JsonValues.columns(result.columns(), display));
        json.put("rows", JsonValues.rows(result.rows()));
        json.put("totalRows", result.totalRows());
        json.put("truncated", result.truncated());
        json.put("display", JsonValues.display(display));
        return json;
    }
}
