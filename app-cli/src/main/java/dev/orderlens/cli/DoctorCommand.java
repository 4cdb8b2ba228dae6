package dev.orderlens.cli;

import dev.orderlens.bootstrap.BackendStatus;
import dev.orderlens.bootstrap.BackendStatus.Reachability;
import dev.orderlens.bootstrap.OrderLens;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orderlens doctor}: which backend serves each port, and whether it answers. */
@Command(name = "doctor", description = "Check every backend: what serves each port and whether it is reachable.")
final class DoctorCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output: text or json.")
    private OutputFormat format;

    DoctorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OutputFormat.require(format, spec, OutputFormat.TEXT, OutputFormat.JSON);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BackendStatus> statuses;
        try (OrderLens orderLens = context.start(Map.of(), err, format == OutputFormat.TEXT)) {
            statuses = orderLens.checkBackends();
        }
        List<BackendStatus> unreachable = statuses.stream()
                .filter(s -> s.reachability() == Reachability.UNREACHABLE).toList();
        if (format == OutputFormat.JSON) {
            Json.write(out, Map.of("ok", unreachable.isEmpty(), "backends", statuses.stream().map(DoctorCommand::json)
                    .toList()));
        } else {
            TableText.aligned(out, List.of("PORT", "BACKEND", "TARGET", "STATUS", "DETAIL"),
                    List.of(false, false, false, false, false), statuses.stream().map(DoctorCommand::row).toList());
            out.flush();
        }
        if (!unreachable.isEmpty()) {
            err.println("orderlens doctor: " + unreachable.size() + " of " + statuses.size()
                    + " backends unreachable: " + String.join(", ", unreachable.stream().map(BackendStatus::port)
                    .toList()));
            err.flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private static List<String> row(BackendStatus status) {
        return List.of(status.port(), status.implementation(), status.target(), label(status.reachability()),
                status.detail().replace('\n', ' '));
    }

    private static Map<String, Object> json(BackendStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("port", status.port());
        json.put("implementation", status.implementation());
        json.put("target", status.target());
        json.put("embedded", status.embedded());
        json.put("status", label(status.reachability()));
        json.put("detail", status.detail());
        return json;
    }

    private static String label(Reachability reachability) {
        return reachability.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
