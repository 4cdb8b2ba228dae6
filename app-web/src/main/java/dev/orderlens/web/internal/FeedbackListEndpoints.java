package dev.orderlens.web.internal;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.web.json.CsvWriter;
import dev.orderlens.web.json.FeedbackRows;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/feedback} and {@code GET /api/feedback.csv}: the latest verdict on each rated answer, newest
 * first, filtered by {@code rating} ({@code like}, {@code dislike}, or {@code all}), {@code since} (a date or a UTC
 * time) and {@code limit}. A feedback store that cannot be read is a 503, as any backend is.
 */
public final class FeedbackListEndpoints {

    /** The most entries one request returns; also what the CSV download holds when no limit is given. */
    public static final int MAX_LIMIT = 10_000;
    static final int DEFAULT_LIMIT = 100;

    private final Assistant assistant;
    private final Clock clock;

    public FeedbackListEndpoints(Assistant assistant, Clock clock) {
        this.assistant = assistant;
        this.clock = clock;
    }

    public void list(Context ctx) {
        FeedbackQuery query = query(ctx, DEFAULT_LIMIT);
        List<Feedback> feedback = assistant.feedback(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feedback", FeedbackRows.json(feedback));
        body.put("count", feedback.size());
        body.put("limit", query.limit());
        ctx.json(body);
    }

    public void csv(Context ctx) throws IOException {
        List<Feedback> feedback = assistant.feedback(query(ctx, MAX_LIMIT));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"orderlens-feedback-"
                + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv\"");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CsvWriter.write(FeedbackRows.table(feedback), out);
        out.flush();
    }

    private static FeedbackQuery query(Context ctx, int defaultLimit) {
        FeedbackQuery query = FeedbackQuery.newest(limit(ctx.queryParam("limit"), defaultLimit));
        String rating = ctx.queryParam("rating");
        if (rating != null && !rating.isBlank() && !rating.strip().equalsIgnoreCase("all")) {
            try {
                query = query.withRating(Rating.parse(rating));
            } catch (IllegalArgumentException e) {
                throw ApiException.badField("invalid_parameter", "rating",
                        "'rating' must be like, dislike or all (was '" + rating + "')");
            }
        }
        String since = ctx.queryParam("since");
        if (since != null && !since.isBlank()) {
            try {
                query = query.withSince(FeedbackRows.since(since));
            } catch (IllegalArgumentException e) {
                throw ApiException.badField("invalid_parameter", "since", "'since' " + e.getMessage());
            }
        }
        return query;
    }

    private static int limit(String value, int defaultLimit) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Refused below with the same message as a number out of range.
        }
        throw ApiException.badField("invalid_parameter", "limit", "'limit' must be a whole number from 1 to "
                + MAX_LIMIT + " (was '" + value + "')");
    }
}
