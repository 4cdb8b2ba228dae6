package dev.orderlens.web.internal;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.web.json.AnswerJson;
import dev.orderlens.web.json.CsvWriter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code GET /api/results/{resultId}?page=N} and {@code GET /api/results/{resultId}/csv}. */
public final class ResultEndpoints {

    private static final Pattern RESULT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Assistant assistant;
    private final int pageSize;
    private final DisplayFormats display;

    public ResultEndpoints(Assistant assistant, int pageSize) {
        this.assistant = assistant;
        this.pageSize = pageSize;
        this.display = DisplayFormats.of(assistant.semanticModel());
    }

    public void page(Context ctx) {
        SqlResult result = result(ctx);
        int number = pageNumber(ctx.queryParam("page"));
        int count = AnswerJson.pageCount(result.rows().size(), pageSize);
        if (number > count) {
            throw ApiException.badField("invalid_parameter", "page",
                    "'page' must be 1.." + count + " for this result (was " + number + ")");
        }
        Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("resultId", ctx.pathParam("resultId"));
        page.putAll(AnswerJson.page(result, number, pageSize, display));
        ctx.json(page);
    }

    public void csv(Context ctx) throws IOException {
        SqlResult result = result(ctx);
        String id = ctx.pathParam("resultId");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"orderlens-" + id.substring(0, Math.min(8, id.length()))
                + ".csv\"");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CsvWriter.write(result, display, out);
        out.flush();
    }

    private SqlResult result(Context ctx) {
        String id = ctx.pathParam("resultId");
        if (!RESULT_ID.matcher(id).matches()) {
            throw ApiException.badField("invalid_parameter", "resultId", "'resultId' is not a result id");
        }
        return assistant.result(id).orElseThrow(() -> new ApiException(404, "result_not_found", "resultId",
                "this result is no longer held; ask the question again"));
    }

    private static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Refused below with the same message as a number below 1.
        }
        throw ApiException.badField("invalid_parameter", "page", "'page' must be a whole number from 1 (was '"
                + value + "')");
    }
}
