package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chat's line editor on a scripted terminal: terminal replies typed in among keys leave no trace in the line. */
class TerminalRepliesTest {

    static Stream<Arguments> typing() {
        return Stream.of(
                Arguments.of("a cursor report before the question", "\033[1;1RLate deliveries\r", "Late deliveries"),
                Arguments.of("a cursor report in the middle", "Late \033[12;140Rdeliveries\r", "Late deliveries"),
                Arguments.of("device attributes and a mode report", "\033[?1;2c\033[?2027;0$yhi\r", "hi"),
                Arguments.of("a key the editor has no binding for", "a\033[25~\033[Ab\r", "ab"),
                Arguments.of("arrows", "abc\033OD\033ODX\033OC\033OCY\r", "aXbcY"),
                Arguments.of("Home, End and Delete", "bc\033[1~a\033[4~!\033[1~\033[3~\r", "bc!"),
                Arguments.of("Ctrl-Left, under the ESC[1; of a cursor report", "one two\033[1;5DX\r", "one Xtwo"),
                Arguments.of("a sequence cut short by Enter", "hi\033[1;\r", "hi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typing")
    void reads_the_line_typed(String what, String input, String line) throws Exception {
        try (Terminal terminal = terminal(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
            LineReader reader = ChatCommand.lineReader(terminal, null);

            assertThat(reader.readLine("orderlens> ")).isEqualTo(line);
        }
    }

    @Test
    void a_key_whose_bytes_come_slowly_still_works() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        try (Terminal terminal = terminal(new PipedInputStream(keyboard))) {
            LineReader reader = ChatCommand.lineReader(terminal, null);
            reader.setVariable(LineReader.AMBIGUOUS_BINDING, 50L);
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> reader.readLine("orderlens> "));

            type(keyboard, "one two\033[1;");
            Thread.sleep(500);
            type(keyboard, "5DX\r");

            assertThat(line.get(10, TimeUnit.SECONDS)).isEqualTo("one Xtwo");
        }
    }

    private static Terminal terminal(InputStream keys) throws Exception {
        return TerminalBuilder.builder().system(false).type("screen-256color").graphemeCluster(false)
                .streams(keys, OutputStream.nullOutputStream()).build();
    }

    private static void type(OutputStream keyboard, String keys) throws Exception {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }
}
