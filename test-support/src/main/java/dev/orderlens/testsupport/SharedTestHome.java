package dev.orderlens.testsupport;

import java.nio.file.Path;

/**
 * The {@code ORDERLENS_HOME} that end-to-end tests share, so that the sample data is generated and indexed
 * once per build rather than once per test class. The build sets {@code orderlens.testHome}; a test run
 * outside the build gets a folder under the temporary directory.
 */
public final class SharedTestHome {

    private SharedTestHome() {
    }

    public static Path path() {
        String configured = System.getProperty("orderlens.testHome");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "orderlens-test-home");
    }
}
