package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.testsupport.DocumentFolders;
import dev.orderlens.testsupport.OwnOrdersCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orderlens data docs DIR} on the real embedded defaults, in a home holding its user's own orders. */
class DataDocsCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path files;

    private CliRun.Result run(String... args) {
        return CliRun.onHome(home, args);
    }

    @Test
    void indexes_a_folder_of_documents_that_info_lists_and_answers_cite() {
        run("data", "load", "--csv", OwnOrdersCsv.write(files.resolve("orders.csv")).toString());
        CliRun.Result before = run("data", "info");
        Path docs = DocumentFolders.write(files.resolve("docs"));

        CliRun.Result indexed = run("data", "docs", docs.toString());
        CliRun.Result info = run("data", "info");
        CliRun.Result answer = run("ask", "Why did the frozen desserts spoil in transit?");

        assertThat(before.out()).contains("documents: none yet (run 'orderlens data docs DIR'");
        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        assertThat(indexed.out()).startsWith("Indexed 3 documents (1 PDF, 1 Markdown, 1 text); skipped 1: "
                + "scans/scan.pdf has no text layer\nKept in " + home.resolve("data/user/documents"));
        assertThat(info.out()).containsPattern("documents: 3 from " + docs
                + " \\(1 PDF, 1 Markdown, 1 text\\), indexed \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
        assertThat(answer.exitCode()).as(answer.err()).isZero();
        assertThat(answer.out())
                .contains("Sources:\n[1] cold-chain-audit.pdf (analytics/" + DocumentFolders.AUDIT + ")");
    }

    @Test
    void names_what_is_wrong_with_the_folder_in_one_line() throws IOException {
        Path empty = Files.createDirectories(files.resolve("empty"));
        Path scans = Files.createDirectories(files.resolve("scans"));
        DocumentFolders.pdf(scans.resolve("scan.pdf"));

        CliRun.Result missing = run("data", "docs", files.resolve("missing").toString());
        CliRun.Result nothing = run("data", "docs", empty.toString());
        CliRun.Result unreadable = run("data", "docs", scans.toString());
        CliRun.Result noArgument = run("data", "docs");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("orderlens data docs: " + files.resolve("missing") + " does not exist\n");
        assertThat(nothing.err()).isEqualTo("orderlens data docs: " + empty + " holds no files\n");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).isEqualTo("orderlens data docs: " + scans
                + " holds no readable Markdown, text or PDF file: scan.pdf has no text layer\n");
        assertThat(noArgument.exitCode()).isEqualTo(2);
        assertThat(noArgument.err()).startsWith("orderlens data docs: Missing required parameter: 'DIR'");
        assertThat(run("data", "info").out()).contains("documents: none yet");
    }
}
