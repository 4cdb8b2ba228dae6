package dev.orderlens.testsupport.llm;

import dev.orderlens.core.llm.LlmSqlGenerator;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.prompt.PromptTemplates;
import dev.orderlens.testsupport.SqlGeneratorContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class LlmSqlGeneratorContractTest extends SqlGeneratorContract {

    private static final List<String> CARRIERS = List.of("UPS", "FedEx", "USPS", "DHL");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");
    private static final Pattern TOP = Pattern.compile("\\btop (\\d+)\\b");

    @Override
    protected SqlGenerator generator() {
        return new LlmSqlGenerator(new PromptAnsweringModel(LlmSqlGeneratorContractTest::query),
                PromptTemplates.fromClasspath(), SampleOrders.model(), SampleOrders.NEW_YEAR_2026);
    }

    @Override
    protected String table() {
        return SampleOrders.model().table();
    }

    /**
     * SQL as a model writes it for the generator's prompt, from the table, dialect, today and history the prompt
     * gives: a metric, a breakdown and a period it recognises, a follow-up laid over the last query of the history,
     * and NO_SQL (with a reason now and then) for the rest.
     */
    private static String query(Prompt prompt) {
        String question = prompt.field("Question").toLowerCase(Locale.ROOT);
        if (question.contains("drop table") || question.contains("delete")) {
            return "NO_SQL. I can only read the orders table.";
        }
        boolean databricks = prompt.find("You write one read-only (.+?) SQL query").orElseThrow().startsWith("Databricks");
        Optional<String[]> metric = metric(question, databricks);
        if (metric.isEmpty()) {
            return followUp(prompt, question).orElse("NO_SQL");
        }
        String table = prompt.find("over (\\S+) only").orElseThrow();
        String time = prompt.find("ranges on the time column: (\\w+) >=").orElseThrow();
        LocalDate today = LocalDate.parse(prompt.find("against today, (\\d{4}-\\d{2}-\\d{2})").orElseThrow());
        List<String> where = new ArrayList<>(List.of(metric.get()[1]));
        period(question, today).ifPresent(range -> where.add(time + " >= TIMESTAMP '" + range[0] + " 00:00:00' AND "
                + time + " < TIMESTAMP '" + range[1] + " 00:00:00'"));
        Optional<String> group = question.contains("by carrier") ? Optional.of("carrier")
                : question.contains("state") ? Optional.of("ship_state AS state")
                : question.contains("by month") ? Optional.of("CAST(date_trunc('" + (databricks ? "MONTH" : "month")
                        + "', " + time + ") AS DATE) AS month")
                : question.contains("by day of week") ? Optional.of((databricks ? "date_format(" + time + ", 'EEEE')"
                        : "dayname(" + time + ")") + " AS day_of_week")
                : Optional.empty();
        StringBuilder sql = new StringBuilder("SELECT ");
        group.ifPresent(column -> sql.append(column).append(", "));
        sql.append(metric.get()[0]).append(" FROM ").append(table).append(" WHERE ").append(String.join(" AND ", where));
        group.ifPresent(column -> sql.append(" GROUP BY 1 ORDER BY ").append(column.endsWith("month") ? "1" : "2 DESC"));
        Matcher top = TOP.matcher(question);
        if (top.find()) {
            sql.append(" LIMIT ").append(top.group(1));
        }
        return databricks ? "```sql\n" + sql + ";\n```" : sql + ";";
    }

    /** The select-list item and the filter of the metric the question names. */
    private static Optional<String[]> metric(String question, boolean databricks) {
        if (question.contains("revenue")) {
            return Optional.of(new String[] {"sum(order_total) AS revenue", "status <> 'cancelled'"});
        }
        if (question.contains("late delivery rate")) {
            return Optional.of(new String[] {"100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) AS late_delivery_rate",
                    "delivered_at IS NOT NULL"});
        }
        if (question.contains("delivery days")) {
            return Optional.of(new String[] {(databricks ? "avg(datediff(delivered_at, order_ts))"
                    : "avg(date_diff('day', order_ts, delivered_at))") + " AS delivery_days", "delivered_at IS NOT NULL"});
        }
        if (question.startsWith("how many orders") || question.startsWith("orders")) {
            return Optional.of(new String[] {"count(*) AS orders", "1 = 1"});
        }
        return Optional.empty();
    }

    private static Optional<String[]> period(String question, LocalDate today) {
        Matcher year = YEAR.matcher(question);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return Optional.of(new String[] {y + "-01-01", (y + 1) + "-01-01"});
        }
        if (question.contains("last month")) {
            LocalDate start = today.withDayOfMonth(1).minusMonths(1);
            return Optional.of(new String[] {start.toString(), start.plusMonths(1).toString()});
        }
        return Optional.empty();
    }

    /** The history's last query with the carrier the question names added to its filter. */
    private static Optional<String> followUp(Prompt prompt, String question) {
        Optional<String> carrier = CARRIERS.stream().filter(c -> question.contains(c.toLowerCase(Locale.ROOT))).findFirst();
        Optional<String> last = prompt.between("Conversation so far (oldest first):", "\nQuestion: ").lines()
                .filter(line -> line.startsWith("SQL: ")).reduce((first, second) -> second);
        if (carrier.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last.get().substring("SQL: ".length())
                .replaceFirst(" WHERE ", " WHERE carrier = '" + carrier.get() + "' AND "));
    }
}
