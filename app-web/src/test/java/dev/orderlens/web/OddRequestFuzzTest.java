package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.RawHttp;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request lines and methods no browser sends, over a raw socket: odd and lowercase methods, garbage, unknown HTTP
 * versions, a request line too long, a missing or foreign Host. Each gets a well-formed HTTP response with
 * {@code {error:{code, message}}} and the security headers, nothing logs a stack trace, the server stays up, and
 * they count against the client's rate limit. Random methods and request lines come from a printed seed
 * ({@code -Dorderlens.fuzz.seed=N} replays it).
 */
class OddRequestFuzzTest {

    private static final int RANDOM_REQUESTS = 300;
    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy: ",
            "X-Content-Type-Options: nosniff", "X-Frame-Options: DENY", "Referrer-Policy: no-referrer");

    @TempDir
    Path home;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final List<LogRecord> stackTraces = new ArrayList<>();
    private final Handler logged = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null) {
                stackTraces.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream originalErr;

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Logger.getLogger("").addHandler(logged);
    }

    @AfterEach
    void restoreLogs() {
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(logged);
    }

    /** Each request with the code its answer must carry. */
    static List<String[]> oddRequests() {
        String longPath = "/" + "a".repeat(20_000);
        return List.of(
                new String[] {"get /health HTTP/1.1\r\nHost: localhost\r\n\r\n", "405", "method_not_allowed"},
                new String[] {"post /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}", "405",
                    "method_not_allowed"},
                new String[] {"FOO / HTTP/1.1\r\nHost: localhost\r\n\r\n", "405", "method_not_allowed"},
                new String[] {"M-SEARCH / HTTP/1.1\r\nHost: localhost\r\n\r\n", "405", "method_not_allowed"},
                new String[] {"M-SEARCH * HTTP/1.1\r\nHost: 239.255.255.250:1900\r\n\r\n", "400", "bad_request"},
                new String[] {"PROPFIND /api/chats HTTP/1.1\r\nHost: localhost\r\n\r\n", "405", "method_not_allowed"},
                new String[] {"TRACE / HTTP/1.1\r\nHost: localhost\r\n\r\n", "405", "method_not_allowed"},
                new String[] {"PATCH /api/chats/abc HTTP/1.1\r\nHost: localhost\r\n\r\n", "405", "method_not_allowed"},
                new String[] {"CONNECT localhost:22 HTTP/1.1\r\nHost: localhost:22\r\n\r\n", "405",
                    "method_not_allowed"},
                new String[] {"garbage\r\n\r\n", "400", "bad_request"},
                new String[] {"GET\r\n\r\n", "400", "bad_request"},
                new String[] {"\u0001\u0002\u0003 / HTTP/1.1\r\n\r\n", "400", "bad_request"},
                new String[] {"GET /health HTTP/9.9\r\nHost: localhost\r\n\r\n", "505", "http_version_not_supported"},
                new String[] {"GET /health HTTP/1.2\r\nHost: localhost\r\n\r\n", "505", "http_version_not_supported"},
                new String[] {"GET /health HTTX/1.1\r\nHost: localhost\r\n\r\n", "505", "http_version_not_supported"},
                new String[] {"GET /health\r\n\r\n", "505", "http_version_not_supported"},
                new String[] {"GET /health HTTP/2.0\r\nHost: localhost\r\n\r\n", "426", "http_version_not_supported"},
                new String[] {"GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\n\r\n", "414", "bad_request"},
                new String[] {"GET /health HTTP/1.1\r\nX-Big: " + "b".repeat(20_000) + "\r\nHost: localhost\r\n\r\n",
                    "431", "bad_request"},
                new String[] {"GET /health HTTP/1.1\r\n\r\n", "400", "bad_request"},
                new String[] {"GET /health HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n", "400",
                    "bad_request"},
                new String[] {"GET /health HTTP/1.1\r\nHost: evil.example\r\n\r\n", "421", "host_not_allowed"},
                new String[] {"GET /api/examples HTTP/1.1\r\nHost: localhost.evil.example:7070\r\n\r\n", "421",
                    "host_not_allowed"},
                new String[] {"GET /health HTTP/1.1\r\nHost: a b\r\n\r\n", "400", "bad_request"});
    }

    @Test
    void odd_methods_request_lines_and_versions_get_a_json_error_with_the_security_headers() throws Exception {
        try (WebServer server = start(1_000_000)) {
            for (String[] odd : oddRequests()) {
                String answer = RawHttp.exchange(server.port(), bytes(odd[0]));

                assertWellFormedRefusal(odd[0], answer);
                assertThat(answer).as(shown(odd[0])).startsWith("HTTP/1.1 " + odd[1] + " ");
                assertThat(error(answer).get("code").asText()).as(shown(odd[0])).isEqualTo(odd[2]);
            }
            assertThat(RawHttp.exchange(server.port(), bytes("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")))
                    .startsWith("HTTP/1.1 200 ");
        }
        assertNothingLoggedAStackTrace();
    }

    @Test
    void random_methods_and_request_lines_get_a_json_error_and_the_server_stays_up() throws Exception {
        long seed = HostileInputFuzzTest.seed();
        System.out.println("odd request fuzz: seed " + seed + ", " + RANDOM_REQUESTS
                + " requests; replay with -Dorderlens.fuzz.seed=" + seed);
        Random random = new Random(seed);
        try (WebServer server = start(1_000_000)) {
            for (int i = 0; i < RANDOM_REQUESTS; i++) {
                String request = randomRequest(random);
                String answer = answerTo(server, request);

                assertWellFormedRefusal(request, answer);
            }
            assertThat(RawHttp.exchange(server.port(), bytes("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")))
                    .startsWith("HTTP/1.1 200 ");
        }
        assertNothingLoggedAStackTrace();
    }

    @Test
    void odd_requests_count_against_the_rate_limit() throws Exception {
        List<String[]> odd = oddRequests();
        try (WebServer server = start(odd.size())) {
            for (String[] request : odd) {
                assertThat(RawHttp.exchange(server.port(), bytes(request[0]))).as(shown(request[0]))
                        .doesNotStartWith("HTTP/1.1 429");
            }

            String oddOneMore = RawHttp.exchange(server.port(), bytes("FOO / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            String unreadable = RawHttp.exchange(server.port(), bytes("garbage\r\n\r\n"));
            String api = RawHttp.exchange(server.port(), bytes("GET /api/examples HTTP/1.1\r\nHost: localhost\r\n\r\n"));

            for (String limited : List.of(oddOneMore, unreadable, api)) {
                assertWellFormedRefusal("after the limit", limited);
                assertThat(limited).startsWith("HTTP/1.1 429 ").contains("Retry-After: ");
                assertThat(error(limited).get("code").asText()).isEqualTo("rate_limited");
            }
        }
        assertNothingLoggedAStackTrace();
    }

    private static String answerTo(WebServer server, String request) {
        try {
            return RawHttp.exchange(server.port(), bytes(request));
        } catch (IOException e) {
            throw new AssertionError(e.getMessage() + ": " + ApiClient.json(request), e);
        }
    }

    private WebServer start(int requestsPerMinute) {
        return WebServer.start(new ScriptedOrderLens().build(home),
                TestSettings.api().withPort(0).withRequestsPerMinute(requestsPerMinute));
    }

    /** A request line with a random method, target or version, or random bytes, usually followed by a Host. */
    private static String randomRequest(Random random) {
        String tokenChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~";
        StringBuilder method = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            method.append(tokenChars.charAt(random.nextInt(tokenChars.length())));
        }
        String target = List.of("/", "/health", "/api/chat", "*", "//", "/api/%00", "http://evil.example/", "")
                .get(random.nextInt(8));
        String version = List.of("HTTP/1.1", "HTTP/1.0", "HTTP/9.9", "HTTP/1.1 extra", "http/1.1", "")
                .get(random.nextInt(6));
        String line = switch (random.nextInt(4)) {
            case 0 -> method + " " + target + " " + version;
            case 1 -> method.toString().toLowerCase() + " " + target + " HTTP/1.1";
            case 2 -> randomBytes(random, 1 + random.nextInt(60));
            default -> method + "  " + target + "\t" + version;
        };
        return line + "\r\n" + (random.nextBoolean() ? "Host: localhost\r\n" : "") + "\r\n";
    }

    private static String randomBytes(Random random, int length) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = (char) random.nextInt(256);
            bytes.append(c == '\r' || c == '\n' ? ' ' : c);
        }
        return bytes.toString();
    }

    /** A 4xx or 505 with the security headers and {@code {error:{code, message}}} as its JSON body. */
    private static void assertWellFormedRefusal(String request, String answer) {
        String as = shown(request) + "\n→ " + answer;
        assertThat(answer).as(as).matches("(?s)HTTP/1\\.1 (4\\d\\d|505) [^\r\n]*\r\n.*");
        assertThat(answer).as(as).containsIgnoringCase("Content-Type: application/json");
        for (String header : SECURITY_HEADERS) {
            assertThat(answer).as(as).contains(header);
        }
        JsonNode error = error(answer);
        assertThat(error.get("code").asText()).as(as).isNotBlank();
        assertThat(error.get("message").asText()).as(as).isNotBlank();
    }

    private static JsonNode error(String answer) {
        try {
            JsonNode root = ApiClient.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(root.size()).as(answer).isEqualTo(1);
            return root.get("error");
        } catch (Exception e) {
            throw new AssertionError("not a JSON error body: " + answer, e);
        }
    }

    private void assertNothingLoggedAStackTrace() {
        String logged = stderr.toString(StandardCharsets.UTF_8);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(stackTraces).isEmpty();
    }

    private static byte[] bytes(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String shown(String request) {
        String firstLine = request.lines().findFirst().orElse("");
        return firstLine.length() > 80 ? firstLine.substring(0, 80) + "… (" + firstLine.length() + " chars)"
                : firstLine;
    }
}
