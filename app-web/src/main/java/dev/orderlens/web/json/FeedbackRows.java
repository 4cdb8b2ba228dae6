package dev.orderlens.web.json;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feedback as the API and the terminal show it: JSON objects, or a table for CSV with a column per field. Both
 * apps read the {@code since} filter the same way here.
 */
public final class FeedbackRows {

    /** The CSV columns, in order. */
    public static final List<String> COLUMNS = List.of("at", "rating", "route", "question", "answer", "comment",
            "session_id", "message_id");

    private FeedbackRows() {
    }

    public static Map<String, Object> json(Feedback feedback) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messageId", feedback.messageId());
        json.put("sessionId", feedback.sessionId());
        json.put("rating", feedback.rating().label());
        json.put("route", feedback.route() == null ? null : feedback.route().label());
        json.put("question", feedback.question());
        json.put("answer", feedback.answer());
        json.put("comment", feedback.comment());
        json.put("at", feedback.at().toString());
        return json;
    }

    public static List<Map<String, Object>> json(List<Feedback> feedback) {
        return feedback.stream().map(FeedbackRows::json).toList();
    }

    public static SqlResult table(List<Feedback> feedback) {
        List<List<Object>> rows = new ArrayList<>(feedback.size());
        for (Feedback item : feedback) {
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.add(item.at().toString());
            row.add(item.rating().label());
            row.add(item.route() == null ? null : item.route().label());
            row.add(item.question());
            row.add(item.answer());
            row.add(item.comment());
            row.add(item.sessionId());
            row.add(item.messageId());
            rows.add(row);
        }
        return SqlResult.of(COLUMNS.stream().map(name -> new Column(name, ColumnType.STRING)).toList(), rows);
    }

    /**
     * A moment from {@code 2025-12-01} (the start of that day, UTC) or {@code 2025-12-01T09:30:00Z}.
     *
     * @throws IllegalArgumentException saying which forms it takes, for the caller to put after the option's name
     */
    public static Instant since(String text) {
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date (2025-12-01) or a UTC time (2025-12-01T09:30:00Z) "
                    + "(was '" + text + "')");
        }
    }
}
