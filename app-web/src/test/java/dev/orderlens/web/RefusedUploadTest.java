package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.fixtures.RawHttp;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body the server refuses without reading it is still received to the end (up to a limit), so the client
 * that is still uploading gets the refusal rather than a reset connection, and can go on using the connection.
 */
class RefusedUploadTest {

    private static final int FOUR_MIB = 4 * 1024 * 1024;

    @TempDir
    static Path home;
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(new ScriptedOrderLens().build(home), TestSettings.api().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_oversized_chat_gets_its_413_and_the_connection_stays_open() throws Exception {
        try (Socket socket = connect()) {
            String answer = exchange(socket, "PUT /api/chats/chat-0001-oversized", "application/json",
                    FOUR_MIB);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"body_too_large\"");

            assertThat(exchange(socket, "GET /health", null, 0)).startsWith("HTTP/1.1 200").contains("\"ok\"");
        }
    }

    @Test
    void a_large_body_of_the_wrong_type_gets_its_415_and_the_connection_stays_open() throws Exception {
        try (Socket socket = connect()) {
            String answer = exchange(socket, "POST /api/feedback", "text/plain", FOUR_MIB);
            assertThat(answer).startsWith("HTTP/1.1 415").contains("\"code\":\"unsupported_media_type\"");

            assertThat(exchange(socket, "GET /health", null, 0)).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void a_body_announced_beyond_the_swallow_limit_is_refused_without_being_received() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST /api/chat", "application/json", 64L * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(RawHttp.readResponse(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", server.port());
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** Sends one request while reading its answer, as a client that uploads and listens at once does. */
    private static String exchange(Socket socket, String requestLine, String contentType, int bodyBytes)
            throws Exception {
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head(requestLine, contentType, bodyBytes).getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                for (int sent = 0; sent < bodyBytes; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, bodyBytes - sent));
                }
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException("the upload was cut off: " + e.getMessage(), e);
            }
        });
        String answer = RawHttp.readResponse(socket.getInputStream());
        upload.join();
        return answer;
    }

    private static String head(String requestLine, String contentType, long bodyBytes) {
        StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("X-OrderLens-Client: client-0001-refused-upload\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(bodyBytes)
                    .append("\r\n");
        }
        return head.append("\r\n").toString();
    }
}
