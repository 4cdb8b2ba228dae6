package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.StartupListener;
import java.util.Map;

/** Starts a running OrderLens from settings; the shape of {@code OrderLensWiring.start}, so tests can pass their own. */
@FunctionalInterface
public interface OrderLensStarter {

    OrderLens start(Map<String, String> settings, StartupListener listener);
}
