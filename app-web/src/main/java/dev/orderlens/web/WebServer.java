package dev.orderlens.web;

import dev.orderlens.bootstrap.OrderLens;
import io.javalin.Javalin;

/** The web app listening on a port; {@link #close()} lets open requests and streams finish first. */
public final class WebServer implements AutoCloseable {

    private final Javalin app;
    private final WebSettings settings;

    private WebServer(Javalin app, WebSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    /** Starts the app on {@code settings.host()} and {@code settings.port()} (0 picks a free port). */
    public static WebServer start(OrderLens orderLens, WebSettings settings) {
        return start(Startup.of(orderLens), settings);
    }

    /**
     * Starts the app before OrderLens is ready: the page shows {@code startup}'s progress and the API answers 503
     * {@code starting} until {@link Startup#ready} is called.
     */
    public static WebServer start(Startup startup, WebSettings settings) {
        Javalin app = WebApp.create(startup, settings);
        app.start(settings.port());
        return new WebServer(app, settings);
    }

    /** What it was started with; {@link #port()} is the port it listens on when that asked for any free one. */
    public WebSettings settings() {
        return settings;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser: localhost when listening on loopback or on every interface. */
    public String url() {
        String host = settings.host();
        boolean local = host.equals("0.0.0.0") || host.equals("::") || host.startsWith("127.") || host.equals("::1");
        String shown = local ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    /** Stops taking requests, waits for open ones (answer streams too) up to the grace period, then stops. */
    @Override
    public void close() {
        app.stop();
    }
}
