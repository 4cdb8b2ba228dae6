package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and subcommand, found by walking the command line, answers {@code --help} with its usage. */
class HelpForEveryCommandTest {

    static Stream<String> everyCommand() {
        CommandLine root = OrderLensCommand.commandLine(new CliContext(Map.of(), (settings, listener) -> {
            throw new AssertionError("--help must not start OrderLens");
        }, false, new StringReader("")));
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, String path, List<String> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> collect(sub, (path + " " + name).strip(), paths));
    }

    @ParameterizedTest(name = "orderlens {0} --help")
    @MethodSource("everyCommand")
    void answers_help_with_its_usage(String path) {
        List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
        args.add("--help");

        CliRun.Result result = new CliRun(new FakeOrderLens(true)).execute(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Usage: " + ("orderlens " + path).strip());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void the_walk_finds_the_nested_data_commands() {
        assertThat(everyCommand()).contains("", "sql", "web", "data", "data load", "data model", "data info",
                "data generate", "data docs");
    }
}
