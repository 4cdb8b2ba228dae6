package dev.orderlens.web;

import dev.orderlens.bootstrap.OrderLens;
import io.javalin.Javalin;

/** The web app listening on a port; {@link #close()} lets open requests and streams finish first. */
public final class WebServer implements AutoCloseable {

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts the app on {@code settings.port()} (0 picks a free port) on all interfaces. */
    public static WebServer start(OrderLens orderLens, WebSettings settings) {
        Javalin app = WebApp.create(orderLens, settings);
        app.start(settings.port());
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** Stops taking requests, waits for open ones (answer streams too) up to the grace period, then stops. */
    @Override
    public void close() {
        app.stop();
    }
}
