package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OwnDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code orderlens data docs DIR}: the user's own documents into the analytics index, in place of the sample's and of
 * any set read before. The text is kept in the home, and starting OrderLens on it brings the index to that text,
 * as every later start (the web app's too) does.
 */
@Command(name = "docs", description = {"Index your own documents from DIR and its subfolders: Markdown (.md), plain "
        + "text (.txt, UTF-8) and PDF files with a text layer. Answers from documents cite them from then on.",
    "They replace the sample's documents and any set read before (files gone from DIR leave the index). Their text "
        + "is kept in ORDERLENS_HOME, so later commands and the web app need no setting; stop the web app first."})
final class DataDocsCommand implements Callable<Integer> {

    @ParentCommand
    private DataCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder of documents.")
    private Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CliContext context = parent.context();
        OwnDocuments.Summary documents = OwnDocuments.replace(context.settings(), directory);
        try (OrderLens ignored = context.start(Map.of(), spec.commandLine().getErr(), false)) {
            out.println(documents.sentence());
            out.println("Kept in " + documents.kept() + "; every later command and orderlens web search them.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
