package dev.orderlens.web.json;

import dev.orderlens.core.domain.verified.VerifiedQuestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Verified questions as the API and the terminal show them. */
public final class VerifiedRows {

    private VerifiedRows() {
    }

    public static Map<String, Object> json(VerifiedQuestion verified) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", verified.id());
        json.put("question", verified.question());
        json.put("sql", verified.sql());
        json.put("context", verified.context().values());
        json.put("savedBy", verified.savedBy());
        json.put("savedAt", verified.savedAt().toString());
        json.put("messageId", verified.messageId());
        return json;
    }

    public static List<Map<String, Object>> json(List<VerifiedQuestion> verified) {
        return verified.stream().map(VerifiedRows::json).toList();
    }
}
