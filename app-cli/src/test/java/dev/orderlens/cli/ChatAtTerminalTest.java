package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@code orderlens chat} in a pseudo-terminal (tmux): line editing, history, Ctrl-C, leaving, terminal replies
 * that come late. Every step waits for what the terminal shows, never for a fixed time, so a loaded machine only
 * makes it slower.
 */
class ChatAtTerminalTest {

    /** Generous: on a loaded machine the JVM in the pane starts and answers slowly. */
    private static final long WAIT_MILLIS = 30_000;

    private final String session = "orderlens-chat-test-" + ProcessHandle.current().pid();

    @TempDir
    Path home;

    @BeforeEach
    void requireTmux() throws InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            if (Boolean.getBoolean("orderlens.requireExternalTools")) {
                fail("tmux is required (orderlens.requireExternalTools=true) but was not found");
            }
            Assumptions.abort("tmux is not installed: the terminal test of chat is skipped");
        }
    }

    @AfterEach
    void killSession() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void edits_lines_picks_follow_ups_cancels_an_answer_with_ctrl_c_and_keeps_history() throws Exception {
        startChat();
        assertThat(screen()).contains("OrderLens chat. /help lists the commands; Ctrl-D leaves.");

        keys("Late deliveries by carrierx", "BSpace", "Enter");
        awaitScreen(screen -> screen.contains("(sql · confidence 0.90"));
        awaitPrompt();
        assertThat(screen()).contains("orderlens> Late deliveries by carrier\n")
                .contains("FedEx            412               18.3%").contains("  2. Revenue by month?");

        keys("1", "Enter");
        awaitScreen(screen -> screen.contains("> And for FedEx only?"));
        awaitPrompt();

        keys("A slow question", "Enter");
        awaitAccepted("A slow question");
        keys("C-c");
        awaitScreen(screen -> screen.contains("(answer cancelled)"));
        awaitPrompt();

        keys("Up");
        awaitScreen(screen -> screen.strip().endsWith("orderlens> A slow question"));
        keys("C-u", "/quit", "Enter");
        awaitSessionEnd();
    }

    @Test
    void ignores_terminal_replies_that_arrive_at_the_prompt() throws Exception {
        startChat();

        typeRaw("\033[1;1R");
        typeRaw("\033[?1;2c\033[?2027;0$y");
        keys("Late deliveries by carrier", "Enter");
        awaitScreen(screen -> screen.contains("(sql · confidence 0.90"));
        awaitPrompt();
        typeRaw("\033[50;160R");
        keys("1", "Enter");
        awaitScreen(screen -> screen.contains("> And for FedEx only?"));
        awaitPrompt();

        assertThat(screen()).contains("orderlens> Late deliveries by carrier\n").contains("orderlens> 1\n")
                .doesNotContain("1;1R").doesNotContain("1;2c").doesNotContain("$y").doesNotContain("50;160R");
        keys("/quit", "Enter");
        awaitSessionEnd();
    }

    private void startChat() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String command = String.join(" ", quote(java), "-Dorderlens.home=" + quote(home.toString()), "-cp",
                quote(classpath), FakeChatMain.class.getName(), "chat");
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", command);
        awaitPrompt();
    }

    private void awaitPrompt() throws Exception {
        awaitScreen(screen -> screen.strip().endsWith("orderlens>"));
    }

    private void awaitScreen(Predicate<String> condition) throws Exception {
        await(() -> condition.test(screen()), "the terminal never showed what was expected");
    }

    /** Until the line editor has taken the line: it stands above the cursor, which is back at the first column. */
    private void awaitAccepted(String line) throws Exception {
        await(() -> {
            List<String> rows = tmux("capture-pane", "-p", "-t", session).output.lines().toList();
            String[] cursor = tmux("display-message", "-p", "-t", session, "#{cursor_x} #{cursor_y}").output.strip()
                    .split(" ");
            int row = Integer.parseInt(cursor[1]);
            return cursor[0].equals("0") && row > 0 && row <= rows.size()
                    && rows.get(row - 1).equals("orderlens> " + line);
        }, "the line '" + line + "' was never taken");
    }

    private void await(Callable<Boolean> condition, String failure) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) {
                fail(failure + "; the terminal shows:\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    private void awaitSessionEnd() throws Exception {
        await(() -> tmux("has-session", "-t", session).exitCode != 0, "chat did not end after /quit");
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", session, "-S", "-200").output;
    }

    private void keys(String... keys) throws Exception {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", session));
        command.addAll(List.of(keys));
        tmux(command.toArray(String[]::new));
    }

    /** Bytes as they come from the terminal, escape sequences included, rather than named keys. */
    private void typeRaw(String text) throws Exception {
        tmux("send-keys", "-t", session, "-l", text);
    }

    private static Tmux tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Tmux(process.exitValue(), output);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private record Tmux(int exitCode, String output) {
    }

}
