package dev.orderlens.cli;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.ClarifyingAnswer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AnswerListener;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.web.WebSettings;
import dev.orderlens.web.json.AnswerJson;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes one answer in a format: text renders the answer's markdown for a terminal and streams a documents answer
 * line by line as it is written; the other formats write the whole answer once it is complete. Tables are headed
 * by the columns' labels and, where people read them, write numbers in the semantic model's formats wherever the
 * answer's query computed them with the metrics' own expressions.
 */
final class AnswerPrinter implements AnswerListener {

    static final int TABLE_ROWS = 50;

    private final PrintWriter out;
    private final OutputFormat format;
    private final boolean showSql;
    private final DisplayFormats display;
    private final TerminalMarkdown markdown;
    private final StringBuilder unfinishedLine = new StringBuilder();
    private boolean streamed;

    /** @param ansi whether text output goes to a terminal, which then shows bold and italics */
    AnswerPrinter(PrintWriter out, OutputFormat format, boolean showSql, DisplayFormats display, boolean ansi) {
        this.out = out;
        this.format = format;
        this.showSql = showSql;
        this.display = display;
        this.markdown = new TerminalMarkdown(ansi);
    }

    /** Markdown spans a line at most, so each line is written once it is complete. */
    @Override
    public void onToken(String token) {
        if (format == OutputFormat.TEXT) {
            unfinishedLine.append(token);
            int end = unfinishedLine.lastIndexOf("\n");
            if (end >= 0) {
                out.print(markdown.render(unfinishedLine.substring(0, end + 1)));
                unfinishedLine.delete(0, end + 1);
                out.flush();
            }
            streamed = true;
        }
    }

    /** Writes what was not streamed: the table or sources, follow-ups, or the whole document. */
    void finish(Answer answer) {
        switch (format) {
            case JSON -> Json.write(out, AnswerJson.of(answer, WebSettings.defaults().pageSize(), display));
            case CSV -> csv(answer);
            case MARKDOWN -> markdown(answer);
            case TEXT -> text(answer);
        }
        out.flush();
    }

    private void text(Answer answer) {
        if (answer instanceof SqlAnswer sql) {
            out.println(markdown.render(sql.text()));
            if (showSql && sql.sql() != null) {
                out.println();
                out.println(sql.sql().strip().indent(4).stripTrailing());
            }
            if (sql.result() != null) {
                out.println();
                TableText.aligned(out, sql.result(), TABLE_ROWS, display.forSql(sql.sql()));
            }
            sources(sql.sources(), "Sources:", "[%d] %s (%s)");
        } else if (answer instanceof RagAnswer rag) {
            out.print(markdown.render(streamed ? unfinishedLine.toString() : rag.text()));
            out.println();
            if (rag.partial()) {
                out.println("(" + rag.error() + ")");
            }
            sources(rag.sources(), "Sources:", "[%d] %s (%s)");
        } else {
            out.println(markdown.render(answer.text()));
        }
        followUps(answer.followUps(), answer instanceof ClarifyingAnswer ? "Ask one of these instead:"
                : "Follow-up questions:", "  %d. %s");
    }

    private void markdown(Answer answer) {
        if (answer instanceof SqlAnswer sql) {
            out.println(sql.text());
            if (showSql && sql.sql() != null) {
                out.println();
                out.println("```sql");
                out.println(sql.sql().strip());
                out.println("```");
            }
            if (sql.result() != null) {
                out.println();
                TableText.markdown(out, sql.result(), TABLE_ROWS, display.forSql(sql.sql()));
            }
            sources(sql.sources(), "**Sources**", "%d. %s (`%s`)");
        } else if (answer instanceof RagAnswer rag) {
            out.println(rag.text());
            sources(rag.sources(), "**Sources**", "%d. %s (`%s`)");
        } else {
            out.println(answer.text());
        }
        followUps(answer.followUps(), answer instanceof ClarifyingAnswer ? "**Ask one of these instead**"
                : "**Follow-up questions**", "- %2$s");
    }

    private void csv(Answer answer) {
        if (answer instanceof SqlAnswer sql && sql.result() != null) {
            TableText.csv(out, sql.result(), TableText.labels(sql.result(), display));
        } else {
            out.print(TableText.csvLine(List.of("answer")));
            out.print(TableText.csvLine(List.of(answer.text())));
        }
    }

    private void sources(List<Passage> sources, String heading, String line) {
        if (sources.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        for (int i = 0; i < sources.size(); i++) {
            Passage source = sources.get(i);
            out.println(String.format(Locale.ROOT, line, i + 1, source.title(), source.index() + "/" + source.id()));
        }
    }

    private void followUps(List<String> followUps, String heading, String line) {
        if (followUps.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        for (int i = 0; i < followUps.size(); i++) {
            out.println(String.format(Locale.ROOT, line, i + 1, followUps.get(i)));
        }
    }

    /** A short line on how the answer was reached: "sql · confidence 0.92 · 184 ms". */
    static String routeLine(Answer answer) {
        StringBuilder line = new StringBuilder(answer.route().decided().label());
        if (answer.route().forced()) {
            line.append(" (forced)");
        } else {
            line.append(String.format(Locale.ROOT, " · confidence %.2f", answer.route().confidence()));
        }
        if (answer.route().fallback()) {
            line.append(" · fell back from sql");
        }
        answer.timings().get(Stage.TOTAL).map(Duration::toMillis).ifPresent(ms -> line.append(" · ").append(ms)
                .append(" ms"));
        return line.toString();
    }
}
