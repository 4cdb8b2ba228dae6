package dev.orderlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code orderlens} command: asking, chatting, evaluating and operating from the terminal. */
@Command(name = "orderlens", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "OrderLens 0.1.0",
        description = "Answers questions about orders by SQL or from documents.",
        footer = {"", "Settings come from the environment and .env.local in the working directory.",
            "Exit codes: 0 success, 1 a backend failed, 2 bad usage."})
final class OrderLensCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of a failure.")
    private boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The command line with every subcommand, its failures mapped to exit codes. */
    static CommandLine commandLine(CliContext context) {
        ExitCodes exitCodes = new ExitCodes();
        return new CommandLine(new OrderLensCommand())
                .addSubcommand(new AskCommand(context))
                .addSubcommand(new ChatCommand(context))
                .addSubcommand(SqlCommand.commandLine(context))
                .addSubcommand(new EvalCommand(context))
                .addSubcommand(new DoctorCommand(context))
                .addSubcommand(new DataCommand(context))
                .addSubcommand(new WebCommand(context))
                .addSubcommand(new IngestCommand(context))
                .addSubcommand(new FeedbackCommand(context))
                .addSubcommand(new VerifiedCommand(context))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(exitCodes)
                .setExitCodeExceptionMapper(exitCodes)
                .setParameterExceptionHandler(exitCodes);
    }
}
