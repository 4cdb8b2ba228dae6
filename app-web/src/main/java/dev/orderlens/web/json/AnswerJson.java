package dev.orderlens.web.json;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.ClarifyingAnswer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.answer.Verification;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.core.sql.SqlFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of answers, pages, routes and sources (see docs/api.md). */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static Map<String, Object> of(Answer answer, int pageSize, DisplayFormats display) {
        if (answer instanceof SqlAnswer sql) {
            return sql(sql, pageSize, display);
        }
        return answer instanceof ClarifyingAnswer clarifying ? clarifying(clarifying) : rag((RagAnswer) answer);
    }

    static Map<String, Object> sql(SqlAnswer answer, int pageSize, DisplayFormats display) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messageId", answer.messageId());
        json.put("mode", "sql");
        json.put("answer", answer.text());
        json.put("sql", answer.sql());
        json.put("formattedSql", SqlFormatter.format(answer.sql()));
        SqlResult result = answer.result();
        if (result == null) {
            json.put("columns", List.of());
            json.put("rows", List.of());
            json.put("totalRows", 0);
            json.put("page", pageInfo(1, pageSize, 0));
        } else {
            // the query may come from elsewhere than the model (a saved or language model's query)
            json.putAll(page(result, 1, pageSize, display.forSql(answer.sql())));
            // whether a column adds up is what its name means, whatever unit the query wrote it in
            json.put("chart", ChartHint.of(result, display).orElse(null));
        }
        json.put("resultId", answer.resultId());
        json.put("sources", sources(answer.sources()));
        json.put("verified", verification(answer.verification()));
        json.put("error", answer.error());
        json.put("followUps", answer.followUps());
        json.put("route", route(answer.route()));
        json.put("timings", answer.timings().millisByLabel());
        return json;
    }

    static Map<String, Object> rag(RagAnswer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messageId", answer.messageId());
        json.put("mode", "rag");
        json.put("answer", answer.text());
        json.put("sources", sources(answer.sources()));
        json.put("partial", answer.partial());
        json.put("error", answer.error());
        json.put("followUps", answer.followUps());
        json.put("route", route(answer.route()));
        json.put("timings", answer.timings().millisByLabel());
        return json;
    }

    static Map<String, Object> clarifying(ClarifyingAnswer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messageId", answer.messageId());
        json.put("mode", "clarify");
        json.put("answer", answer.text());
        json.put("reason", answer.clarification().reason().name().toLowerCase(Locale.ROOT));
        json.put("followUps", answer.followUps());
        json.put("route", route(answer.route()));
        json.put("timings", answer.timings().millisByLabel());
        return json;
    }

    private static Map<String, Object> verification(Verification verification) {
        if (verification == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", verification.id());
        json.put("savedBy", verification.savedBy());
        json.put("savedAt", verification.savedAt().toString());
        return json;
    }

    /** Page {@code number} (1-based) of the rows held: columns, rows, totals, the page's place and number formats. */
    public static Map<String, Object> page(SqlResult result, int number, int pageSize, DisplayFormats display) {
        int held = result.rows().size();
        SqlResult slice = result.slice((number - 1) * pageSize, pageSize);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("columns", JsonValues.columns(result.columns(), display));
        json.put("rows", JsonValues.rows(slice.rows()));
        json.put("totalRows", result.totalRows());
        json.put("heldRows", held);
        json.put("page", pageInfo(number, pageSize, held));
        json.put("display", JsonValues.display(display));
        return json;
    }

    public static int pageCount(int heldRows, int pageSize) {
        return Math.max(1, (heldRows + pageSize - 1) / pageSize);
    }

    private static Map<String, Object> pageInfo(int number, int pageSize, int heldRows) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("number", number);
        page.put("size", pageSize);
        page.put("count", pageCount(heldRows, pageSize));
        return page;
    }

    public static Map<String, Object> route(RouteOutcome route) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decided", route.decided().label());
        json.put("confidence", route.confidence());
        json.put("forced", route.forced());
        json.put("fallback", route.fallback());
        json.put("reasoning", route.reasoning());
        return json;
    }

    public static List<Map<String, Object>> sources(List<Passage> passages) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("n", i + 1);
            source.put("id", passage.id());
            source.put("index", passage.index());
            source.put("title", passage.title());
            source.put("text", passage.text());
            source.put("score", Double.isFinite(passage.score()) ? passage.score() : null);
            source.put("metadata", passage.metadata());
            json.add(source);
        }
        return json;
    }
}
