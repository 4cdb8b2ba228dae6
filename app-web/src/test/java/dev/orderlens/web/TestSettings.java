package dev.orderlens.web;

import java.time.Duration;

/** Settings for tests: the defaults, with no shutdown grace so that each test's server stops at once. */
final class TestSettings {

    private TestSettings() {
    }

    static WebSettings api() {
        return WebSettings.defaults().withShutdownGrace(Duration.ZERO);
    }
}
