package dev.orderlens.testsupport.llm;

import dev.orderlens.core.llm.LlmAnswerWriter;
import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.testsupport.AnswerWriterContract;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class LlmAnswerWriterContractTest extends AnswerWriterContract {

    private static final Pattern SOURCE = Pattern.compile("\\[(\\d+)] [^\\n]*\\n([^\\n]*)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Override
    protected AnswerWriter writer() {
        return new LlmAnswerWriter(new PromptAnsweringModel(LlmAnswerWriterContractTest::answer),
                PromptTemplates.fromClasspath());
    }

    private static String answer(Prompt prompt) {
        return prompt.contains("You summarise the result of a SQL query") ? summary(prompt) : grounded(prompt);
    }

    /** A summary as a model writes one from the rows in its prompt: the first two rows, figures formatted for people. */
    private static String summary(Prompt prompt) {
        long total = Long.parseLong(prompt.find("The result has (\\d+) rows in all").orElseThrow());
        if (total == 0) {
            return "The query returned no rows, so there is nothing to report for this question.";
        }
        List<String[]> table = prompt.between("these are the first", "\n\nRules:").lines()
                .filter(line -> line.startsWith("|"))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new))
                .toList();
        String[] header = table.get(0);
        List<String> sentences = new ArrayList<>();
        sentences.add("The query returned " + total + (total == 1 ? " row." : " rows."));
        sentences.add(row(header, table.get(1), "**") + (table.size() > 2 ? " comes first, followed by "
                + row(header, table.get(2), "") + "." : "."));
        if (total > table.size() - 1) {
            sentences.add("The table holds the rest.");
        }
        return String.join(" ", sentences);
    }

    private static String row(String[] header, String[] cells, String emphasis) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            parts.add(i == 0 && header.length > 1 ? emphasis + cells[i] + emphasis
                    : header[i].replace('_', ' ') + " " + figure(header[i], cells[i]));
        }
        return String.join(" with ", parts);
    }

    private static String figure(String column, String cell) {
        if (!NUMBER.matcher(cell).matches()) {
            return cell;
        }
        BigDecimal value = new BigDecimal(cell);
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        if (column.contains("revenue")) {
            return "$" + new DecimalFormat("#,##0.00", us).format(value);
        }
        return column.endsWith("rate") ? new DecimalFormat("0.0", us).format(value) + "%"
                : new DecimalFormat("#,##0.##", us).format(value);
    }

    /** An answer as a model writes one from its numbered sources: a bullet per source, each cited; or none found. */
    private static String grounded(Prompt prompt) {
        String sources = prompt.between("Sources:\n", "\nQuestion: ");
        if (sources.contains("(no sources were found)")) {
            return "I could not find this in the documents, so I cannot answer it reliably.";
        }
        List<String> bullets = new ArrayList<>();
        Matcher source = SOURCE.matcher(sources);
        while (source.find() && bullets.size() < 2) {
            String text = source.group(2);
            int end = text.indexOf(". ");
            bullets.add("- " + (end < 0 ? text : text.substring(0, end + 1)) + " [" + source.group(1) + "]");
        }
        return String.join("\n", bullets);
    }
}
