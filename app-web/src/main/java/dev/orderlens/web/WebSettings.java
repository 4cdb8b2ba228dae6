package dev.orderlens.web;

import dev.orderlens.core.pipeline.AskCommand;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the web app listens and what it accepts.
 *
 * @param port the HTTP port (0 picks a free one)
 * @param maxBodyBytes the largest body of a question, feedback or title request
 * @param maxChatBytes the largest body of a chat saved to the archive (it carries the chat's messages)
 * @param maxQuestionChars the longest question or title message, at most {@link AskCommand#MAX_QUESTION_CHARS}
 * @param requestsPerMinute API requests one client may make per minute before it is answered 429
 * @param pageSize rows per page of a SQL result
 * @param allowedOrigins other origins whose pages may call the API (the page's own origin always may)
 * @param shutdownGrace how long a stop waits for open requests and streams to finish
 * @param maxAnswersInFlight answers worked on at once; further questions wait their turn (at most
 *     {@link #ANSWER_QUEUE_WAIT}, then 503), so a burst queues instead of timing out every outside call at once
 */
public record WebSettings(int port, int maxBodyBytes, int maxChatBytes, int maxQuestionChars, int requestsPerMinute,
        int pageSize, List<String> allowedOrigins, Duration shutdownGrace, int maxAnswersInFlight) {

    public static final int DEFAULT_PORT = 7070;
    public static final Duration ANSWER_QUEUE_WAIT = Duration.ofSeconds(60);

    public WebSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535 (was " + port + ")");
        }
        requirePositive("maxBodyBytes", maxBodyBytes);
        requirePositive("maxChatBytes", maxChatBytes);
        requirePositive("requestsPerMinute", requestsPerMinute);
        requirePositive("pageSize", pageSize);
        requirePositive("maxAnswersInFlight", maxAnswersInFlight);
        if (maxQuestionChars <= 0 || maxQuestionChars > AskCommand.MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("maxQuestionChars must be 1.." + AskCommand.MAX_QUESTION_CHARS);
        }
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /**
     * Port 7070, 64 KiB requests, 2 MiB chats, 2,000-character questions, 300 requests a minute, 50 rows a page,
     * 256 answers in flight (more than the 200 concurrent sessions the overhead benchmark holds to its goal).
     */
    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_PORT, 64 * 1024, 2 * 1024 * 1024, AskCommand.MAX_QUESTION_CHARS, 300, 50,
                List.of(), Duration.ofSeconds(30), 256);
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(newPort, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                allowedOrigins, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withRequestsPerMinute(int limit) {
        return new WebSettings(port, maxBodyBytes, maxChatBytes, maxQuestionChars, limit, pageSize, allowedOrigins,
                shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withPageSize(int rows) {
        return new WebSettings(port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, rows,
                allowedOrigins, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withLimits(int bodyBytes, int chatBytes, int questionChars) {
        return new WebSettings(port, bodyBytes, chatBytes, questionChars, requestsPerMinute, pageSize, allowedOrigins,
                shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withAllowedOrigins(List<String> origins) {
        return new WebSettings(port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                origins, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withShutdownGrace(Duration grace) {
        return new WebSettings(port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                allowedOrigins, grace, maxAnswersInFlight);
    }

    public WebSettings withMaxAnswersInFlight(int answers) {
        return new WebSettings(port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                allowedOrigins, shutdownGrace, answers);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive (was " + value + ")");
        }
    }
}
