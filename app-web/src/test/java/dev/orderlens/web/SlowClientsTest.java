package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.fixtures.RawHttp;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that hold connections open without finishing their requests do not stall the server, on JDK 17 (where
 * each body being read holds one of Jetty's threads) as on JDK 21+ (virtual threads): a body trickling in is cut
 * off, and one address may hold only so many connections.
 */
class SlowClientsTest {

    private static final int SLOW_CLIENTS = 250;
    private static final byte[] HEALTH = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path home;

    @Test
    void health_answers_at_once_while_250_clients_trickle_their_bodies_a_byte_a_second() throws Exception {
        // The limiter is out of the way: this is about threads and connections, not how many requests come.
        WebSettings settings = TestSettings.api().withPort(0).withRequestsPerMinute(1_000_000);
        List<Socket> slow = new ArrayList<>();
        try (WebServer server = WebServer.start(new ScriptedOrderLens().build(home), settings)) {
            byte[] head = ("POST /api/feedback HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write(head);
                slow.add(socket);
            }
            long attackStart = System.nanoTime();
            Thread.sleep(500);

            long healthStart = System.nanoTime();
            String health = RawHttp.exchange(server.port(), HEALTH);
            long healthMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - healthStart);

            long cutOffMillis = trickleUntilCutOff(slow, attackStart, 20);
            System.out.println("slow clients (" + Runtime.version().feature() + "): /health answered in "
                    + healthMillis + " ms with " + SLOW_CLIENTS + " bodies trickling; all " + SLOW_CLIENTS
                    + " cut off " + cutOffMillis + " ms after they started");
            assertThat(health).startsWith("HTTP/1.1 200 ").contains("\"ok\"");
            assertThat(healthMillis).isLessThan(5_000);
            assertThat(cutOffMillis).isLessThan(15_000);
            assertThat(RawHttp.exchange(server.port(), HEALTH)).startsWith("HTTP/1.1 200 ");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void an_address_over_its_connection_limit_is_closed_and_a_freed_place_is_taken_again() throws Exception {
        WebSettings settings = TestSettings.api().withPort(0).withMaxConnectionsPerAddress(10);
        List<Socket> held = new ArrayList<>();
        try (WebServer server = WebServer.start(new ScriptedOrderLens().build(home), settings)) {
            for (int i = 0; i < 10; i++) {
                held.add(new Socket("127.0.0.1", server.port()));
            }
            Thread.sleep(300);

            try (Socket oneMore = new Socket("127.0.0.1", server.port())) {
                oneMore.setSoTimeout(5_000);
                assertThat(oneMore.getInputStream().read()).as("the 11th connection is closed at once").isEqualTo(-1);
            }
            held.remove(0).close();
            Thread.sleep(300);

            assertThat(RawHttp.exchange(server.port(), HEALTH)).startsWith("HTTP/1.1 200 ");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    /**
     * Sends each socket one more byte a second until the server has closed them all, for at most
     * {@code maxSeconds}; the milliseconds from {@code start} until the last was closed.
     */
    private static long trickleUntilCutOff(List<Socket> sockets, long start, int maxSeconds) throws Exception {
        List<Socket> open = new ArrayList<>(sockets);
        for (int second = 0; second < maxSeconds && !open.isEmpty(); second++) {
            Thread.sleep(1_000);
            open.removeIf(socket -> !sendOneByte(socket));
        }
        assertThat(open).as("connections still open after %d s", maxSeconds).isEmpty();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** False once the server has closed the connection (a write after its reset fails). */
    private static boolean sendOneByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
