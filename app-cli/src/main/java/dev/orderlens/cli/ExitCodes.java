package dev.orderlens.cli;

import dev.orderlens.bootstrap.SettingsException;
import dev.orderlens.core.semantic.ModelMismatchException;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Exit codes and the one line on standard error that goes with a failure: 0 success, 1 a backend failed
 * (or an evaluation fell short), 2 bad usage (arguments, settings, a refused query, a bad file). The stack
 * trace is shown only with {@code --debug}. A semantic model that does not fit its data is the one failure
 * with more lines: the summary, then one indented line per problem.
 */
final class ExitCodes implements IExecutionExceptionHandler, IExitCodeExceptionMapper, IParameterExceptionHandler {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Override
    public int getExitCode(Throwable failure) {
        if (failure instanceof ParameterException || failure instanceof SettingsException
                || failure instanceof UnsafeSqlException || failure instanceof IllegalArgumentException) {
            return USAGE;
        }
        return FAILURE;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + message(failure));
        if (failure instanceof ModelMismatchException mismatch && mismatch.problems().size() > 1) {
            mismatch.problems().forEach(problem -> err.println("  " + problem));
        }
        if (debug(parsed)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return getExitCode(failure);
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + failure.getMessage() + " (see " + name + " --help)");
        err.flush();
        return USAGE;
    }

    static String message(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        if (failure instanceof UnsafeSqlException) {
            return "refused: " + message;
        }
        return message.strip().lines().findFirst().orElse(message);
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
