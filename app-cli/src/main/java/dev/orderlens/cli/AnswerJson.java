package dev.orderlens.cli;

import dev.orderlens.core.domain.Answer;
import dev.orderlens.core.domain.Passage;
import dev.orderlens.core.domain.RagAnswer;
import dev.orderlens.core.domain.RouteOutcome;
import dev.orderlens.core.domain.SqlAnswer;
import dev.orderlens.core.domain.SqlResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An answer in the HTTP API's JSON shape: {@code {messageId, mode:"sql", answer, sql, columns, rows, totalRows,
 * page, resultId, followUps, route, timings}} or {@code {messageId, mode:"rag", answer, sources, partial,
 * followUps, route, timings}}; {@code rows} is the first page.
 */
final class AnswerJson {

    static final int PAGE_SIZE = 50;

    private AnswerJson() {
    }

    static Map<String, Object> of(Answer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messageId", answer.messageId());
        if (answer instanceof SqlAnswer sql) {
            json.put("mode", "sql");
            json.put("answer", sql.text());
            json.put("sql", sql.sql());
            SqlResult firstPage = sql.result() == null ? null : sql.result().slice(0, PAGE_SIZE);
            json.put("columns", firstPage == null ? List.of() : columns(firstPage));
            json.put("rows", firstPage == null ? List.of() : rows(firstPage));
            json.put("totalRows", sql.rowCount());
            json.put("page", 1);
            json.put("resultId", sql.resultId());
            if (sql.error() != null) {
                json.put("error", sql.error());
            }
        } else if (answer instanceof RagAnswer rag) {
            json.put("mode", "rag");
            json.put("answer", rag.text());
            json.put("sources", rag.sources().stream().map(AnswerJson::source).toList());
            json.put("partial", rag.partial());
            if (rag.error() != null) {
                json.put("error", rag.error());
            }
        }
        json.put("followUps", answer.followUps());
        json.put("route", route(answer.route()));
        json.put("timings", answer.timings().millisByLabel());
        return json;
    }

    static List<Map<String, Object>> columns(SqlResult result) {
        return result.columns().stream().map(c -> {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", c.name());
            column.put("type", c.type().name().toLowerCase(Locale.ROOT));
            return column;
        }).toList();
    }

    static List<List<Object>> rows(SqlResult result) {
        return result.rows().stream().map(row -> row.stream().map(Values::json).toList()).toList();
    }

    private static Map<String, Object> source(Passage passage) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", passage.id());
        source.put("index", passage.index());
        source.put("title", passage.title());
        source.put("text", passage.text());
        source.put("score", passage.score());
        source.put("metadata", passage.metadata());
        return source;
    }

    private static Map<String, Object> route(RouteOutcome route) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decided", route.decided().label());
        json.put("confidence", route.confidence());
        json.put("forced", route.forced());
        json.put("fallback", route.fallback());
        json.put("reasoning", route.reasoning());
        return json;
    }
}
