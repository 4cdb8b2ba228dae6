package dev.orderlens.web;

import dev.orderlens.core.pipeline.AskCommand;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the web app listens and what it accepts.
 *
 * @param host the address to listen on: {@value #DEFAULT_HOST} (this machine only) unless opened on purpose
 * @param port the HTTP port (0 picks a free one)
 * @param maxBodyBytes the largest body of a question, feedback or title request
 * @param maxChatBytes the largest body of a chat saved to the archive (it carries the chat's messages)
 * @param maxQuestionChars the longest question or title message, at most {@link AskCommand#MAX_QUESTION_CHARS}
 * @param requestsPerMinute API requests one client may make per minute before it is answered 429
 * @param pageSize rows per page of a SQL result
 * @param allowedOrigins other origins whose pages may call the API (the page's own origin always may)
 * @param allowedHosts other names the server may be called by in the {@code Host} header, besides localhost, IP
 *     addresses and {@code host}; a name not on the list is refused, so a page whose DNS name is pointed at this
 *     machine (DNS rebinding) cannot reach it
 * @param maxConnectionsPerAddress connections one client address may hold open; more are closed as they arrive
 * @param shutdownGrace how long a stop waits for open requests and streams to finish
 * @param maxAnswersInFlight answers worked on at once; further questions wait their turn (at most
 *     {@link #ANSWER_QUEUE_WAIT}, then 503), so a burst queues instead of timing out every outside call at once
 */
public record WebSettings(String host, int port, int maxBodyBytes, int maxChatBytes, int maxQuestionChars,
        int requestsPerMinute, int pageSize, List<String> allowedOrigins, List<String> allowedHosts,
        int maxConnectionsPerAddress, Duration shutdownGrace, int maxAnswersInFlight) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final Duration ANSWER_QUEUE_WAIT = Duration.ofSeconds(60);

    public WebSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535 (was " + port + ")");
        }
        requirePositive("maxBodyBytes", maxBodyBytes);
        requirePositive("maxChatBytes", maxChatBytes);
        requirePositive("requestsPerMinute", requestsPerMinute);
        requirePositive("pageSize", pageSize);
        requirePositive("maxAnswersInFlight", maxAnswersInFlight);
        requirePositive("maxConnectionsPerAddress", maxConnectionsPerAddress);
        if (maxQuestionChars <= 0 || maxQuestionChars > AskCommand.MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("maxQuestionChars must be 1.." + AskCommand.MAX_QUESTION_CHARS);
        }
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
        allowedHosts = List.copyOf(Objects.requireNonNull(allowedHosts, "allowedHosts"));
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /**
     * 127.0.0.1 port 7070, 64 KiB requests, 2 MiB chats, 2,000-character questions, 300 requests a minute, 50 rows
     * a page, no other origins or host names, 256 connections per client address, 256 answers in flight (more
     * than the 200 concurrent sessions the overhead benchmark holds to its goal).
     */
    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_HOST, DEFAULT_PORT, 64 * 1024, 2 * 1024 * 1024, AskCommand.MAX_QUESTION_CHARS,
                300, 50, List.of(), List.of(), 256, Duration.ofSeconds(30), 256);
    }

    public WebSettings withHost(String newHost) {
        return new WebSettings(newHost, port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute,
                pageSize, allowedOrigins, allowedHosts, maxConnectionsPerAddress, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(host, newPort, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute,
                pageSize, allowedOrigins, allowedHosts, maxConnectionsPerAddress, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withRequestsPerMinute(int limit) {
        return new WebSettings(host, port, maxBodyBytes, maxChatBytes, maxQuestionChars, limit, pageSize,
                allowedOrigins, allowedHosts, maxConnectionsPerAddress, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withPageSize(int rows) {
        return new WebSettings(host, port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, rows,
                allowedOrigins, allowedHosts, maxConnectionsPerAddress, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withLimits(int bodyBytes, int chatBytes, int questionChars) {
        return new WebSettings(host, port, bodyBytes, chatBytes, questionChars, requestsPerMinute, pageSize,
                allowedOrigins, allowedHosts, maxConnectionsPerAddress, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withAllowedOrigins(List<String> origins) {
        return new WebSettings(host, port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                origins, allowedHosts, maxConnectionsPerAddress, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withShutdownGrace(Duration grace) {
        return new WebSettings(host, port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                allowedOrigins, allowedHosts, maxConnectionsPerAddress, grace, maxAnswersInFlight);
    }

    public WebSettings withMaxAnswersInFlight(int answers) {
        return new WebSettings(host, port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                allowedOrigins, allowedHosts, maxConnectionsPerAddress, shutdownGrace, answers);
    }

    public WebSettings withAllowedHosts(List<String> hosts) {
        return new WebSettings(host, port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                allowedOrigins, hosts, maxConnectionsPerAddress, shutdownGrace, maxAnswersInFlight);
    }

    public WebSettings withMaxConnectionsPerAddress(int connections) {
        return new WebSettings(host, port, maxBodyBytes, maxChatBytes, maxQuestionChars, requestsPerMinute, pageSize,
                allowedOrigins, allowedHosts, connections, shutdownGrace, maxAnswersInFlight);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive (was " + value + ")");
        }
    }
}
