package dev.orderlens.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.conversation.ArchivedChat;
import dev.orderlens.core.domain.conversation.ArchivedMessage;
import dev.orderlens.core.domain.conversation.ChatSummary;
import dev.orderlens.core.domain.conversation.MessageStatus;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.port.ChatArchive;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server-side chat archive behind the sidebar: {@code GET /api/chats}, {@code GET/PUT/DELETE
 * /api/chats/{id}}, each for the owner named by the {@value #OWNER_HEADER} header (an id the browser makes).
 */
public final class ChatArchiveEndpoints {

    public static final String OWNER_HEADER = "X-OrderLens-Client";
    static final int MAX_TITLE_CHARS = 200;
    static final int MAX_MESSAGES = 1_000;
    static final int MAX_CONTENT_CHARS = 100_000;
    private static final Logger LOG = Logger.getLogger(ChatArchiveEndpoints.class.getName());

    private final ChatArchive archive;
    private final ObjectMapper mapper;
    private final int maxChatBytes;
    private final Clock clock;

    public ChatArchiveEndpoints(ChatArchive archive, ObjectMapper mapper, int maxChatBytes, Clock clock) {
        this.archive = archive;
        this.mapper = mapper;
        this.maxChatBytes = maxChatBytes;
        this.clock = clock;
    }

    public void list(Context ctx) {
        String owner = owner(ctx);
        List<Map<String, Object>> chats = reach(() -> archive.list(owner)).stream().map(ChatArchiveEndpoints::summary)
                .toList();
        ctx.json(Map.of("chats", chats));
    }

    public void get(Context ctx) {
        String owner = owner(ctx);
        String id = chatId(ctx);
        ArchivedChat chat = reach(() -> archive.get(owner, id))
                .orElseThrow(() -> new ApiException(404, "chat_not_found", "id", "there is no chat " + id));
        Map<String, Object> json = summary(chat.summary());
        List<Map<String, Object>> messages = new ArrayList<>();
        for (ArchivedMessage message : chat.messages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", message.id());
            m.put("role", message.role());
            m.put("content", message.content());
            m.put("payload", payload(message.payload()));
            m.put("at", message.at().toString());
            m.put("status", message.status().label());
            messages.add(m);
        }
        json.put("messages", messages);
        ctx.json(json);
    }

    public void put(Context ctx) {
        String owner = owner(ctx);
        String id = chatId(ctx);
        BodyFields body = JsonBody.read(ctx, mapper, maxChatBytes).allowOnly("title", "pinned", "messages", "updatedAt");
        List<ArchivedMessage> messages = new ArrayList<>();
        for (BodyFields message : body.optionalObjects("messages", MAX_MESSAGES)) {
            messages.add(message(message));
        }
        ArchivedChat chat = new ArchivedChat(id, owner, body.optionalString("title", MAX_TITLE_CHARS).orElse(""),
                body.optionalBoolean("pinned").orElse(false), messages, instant(body, "updatedAt"));
        reach(() -> {
            archive.save(chat);
            return null;
        });
        ctx.json(Map.of("ok", true, "chat", summary(chat.summary())));
    }

    public void delete(Context ctx) {
        String owner = owner(ctx);
        String id = chatId(ctx);
        if (!reach(() -> archive.delete(owner, id))) {
            throw new ApiException(404, "chat_not_found", "id", "there is no chat " + id);
        }
        ctx.json(Map.of("ok", true));
    }

    /**
     * A question, or an answer that is complete, pending or failed. A complete message has text; a pending or failed
     * answer may have none yet, so that a chat whose last answer was cut off or never came is archived all the same.
     */
    private ArchivedMessage message(BodyFields message) {
        message.allowOnly("id", "role", "content", "payload", "at", "status");
        String id = message.requiredString("id", 128);
        String role = message.requiredString("role", 20);
        if (!role.equals(ArchivedMessage.USER) && !role.equals(ArchivedMessage.ASSISTANT)) {
            throw message.invalid("role", "must be 'user' or 'assistant'");
        }
        MessageStatus status = message.optionalString("status", 20)
                .map(label -> MessageStatus.parse(label)
                        .orElseThrow(() -> message.invalid("status", "must be 'complete', 'pending' or 'failed'")))
                .orElse(MessageStatus.COMPLETE);
        if (role.equals(ArchivedMessage.USER) && status != MessageStatus.COMPLETE) {
            throw message.invalid("status", "must be 'complete' for a question: only answers are pending or failed");
        }
        String content = status == MessageStatus.COMPLETE
                ? message.requiredString("content", MAX_CONTENT_CHARS)
                : message.optionalText("content", MAX_CONTENT_CHARS).orElse("");
        String payload = message.optionalValue("payload").map(value -> {
            try {
                return mapper.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw message.invalid("payload", "could not be stored");
            }
        }).orElse(null);
        return new ArchivedMessage(id, role, content, payload, instant(message, "at"), status);
    }

    private Instant instant(BodyFields fields, String name) {
        return fields.optionalString(name, 40).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw fields.invalid(name, "must be an ISO-8601 instant such as 2026-01-01T12:00:00Z");
            }
        }).orElseGet(clock::instant);
    }

    private Object payload(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return mapper.readTree(stored);
        } catch (JsonProcessingException e) {
            return stored;
        }
    }

    static String owner(Context ctx) {
        String owner = ctx.header(OWNER_HEADER);
        if (owner == null || owner.isBlank()) {
            throw ApiException.badField("missing_header", OWNER_HEADER, "the " + OWNER_HEADER + " header is required");
        }
        if (!SessionId.isValid(owner)) {
            throw ApiException.badField("invalid_header", OWNER_HEADER,
                    "the " + OWNER_HEADER + " header must be 8 to 128 letters, digits, '-' or '_'");
        }
        return owner;
    }

    private static String chatId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!SessionId.isValid(id)) {
            throw ApiException.badField("invalid_parameter", "id", "the chat id must be 8 to 128 letters, digits, '-' or '_'");
        }
        return id;
    }

    private static Map<String, Object> summary(ChatSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", summary.id());
        json.put("title", summary.title());
        json.put("pinned", summary.pinned());
        json.put("messageCount", summary.messageCount());
        json.put("updatedAt", summary.updatedAt().toString());
        return json;
    }

    /** Runs an archive call; a failing archive (Redis down) is a 503 the page shows, not a 500. */
    private static <T> T reach(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat archive failed: " + e.getMessage());
            throw new ApiException(503, "archive_unavailable", null,
                    "the chat archive cannot be reached right now; chats are kept in this browser");
        }
    }
}
