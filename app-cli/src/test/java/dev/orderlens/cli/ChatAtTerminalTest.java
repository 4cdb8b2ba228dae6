package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code orderlens chat} in a pseudo-terminal (tmux): line editing, history, Ctrl-C, leaving. */
class ChatAtTerminalTest {

    private static final long WAIT_MILLIS = 20_000;

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String command = String.join(" ", quote(java), "-Dorderlens.home=" + quote(home.toString()), "-cp",
                quote(classpath), FakeChatMain.class.getName(), "chat");
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", command);

        awaitPrompt();
        assertThat(screen()).contains("OrderLens chat. /help lists the commands; Ctrl-D leaves.");

        keys("Late deliveries by carrierx", "BSpace", "Enter");
        awaitScreen(screen -> screen.contains("(sql · confidence 0.90"));
        awaitPrompt();
        assertThat(screen()).contains("orderlens> Late deliveries by carrier\n")
                .contains("FedEx            412     0.1835").contains("  2. Revenue by month?");

        keys("1", "Enter");
        awaitScreen(screen -> screen.contains("> And for FedEx only?"));
        awaitPrompt();

        keys("A slow question", "Enter");
        Thread.sleep(500);
        keys("C-c");
        awaitScreen(screen -> screen.contains("(answer cancelled)"));
        awaitPrompt();

        keys("Up");
        awaitScreen(screen -> screen.strip().endsWith("orderlens> A slow question"));
        keys("C-u", "/quit", "Enter");
        awaitSessionEnd();
    }

    private void awaitPrompt() throws Exception {
        awaitScreen(screen -> screen.strip().endsWith("orderlens>"));
    }

    private void awaitScreen(Predicate<String> condition) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.currentTimeMillis() > deadline) {
                fail("the terminal never showed what was expected; it shows:\n" + screen);
            }
            Thread.sleep(100);
            screen = screen();
        }
    }

    private void awaitSessionEnd() throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (tmux("has-session", "-t", session).exitCode == 0) {
            if (System.currentTimeMillis() > deadline) {
                fail("chat did not end after /quit; the terminal shows:\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", session, "-S", "-200").output;
    }

    private void keys(String... keys) throws Exception {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", session));
        command.addAll(List.of(keys));
        tmux(command.toArray(String[]::new));
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
