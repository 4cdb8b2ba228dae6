package dev.orderlens.web.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * At most N open connections from one client address; one more is closed as soon as it is accepted. Jetty's
 * {@code ConnectionLimit} counts all clients together and stops accepting at the limit, which would let one
 * address lock everyone else out; this one only refuses the address that holds too many.
 */
public final class ConnectionsPerAddress implements Connection.Listener {

    private final int max;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** A closed connection no longer knows its remote address, so it is kept from the opening. */
    private final Map<Connection, InetAddress> addresses = new ConcurrentHashMap<>();

    public ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        if (!(remote instanceof InetSocketAddress inet)) {
            return;
        }
        addresses.put(connection, inet.getAddress());
        if (open.merge(inet.getAddress(), 1, Integer::sum) > max) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
        }
    }
}
