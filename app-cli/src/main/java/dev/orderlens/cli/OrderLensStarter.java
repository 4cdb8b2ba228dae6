package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.core.port.VerifiedQuestions;
import java.util.Map;

/** Starts a running OrderLens from settings; the shape of {@code OrderLensWiring.start}, so tests can pass their own. */
@FunctionalInterface
public interface OrderLensStarter {

    OrderLens start(Map<String, String> settings, StartupListener listener);

    /**
     * Only the feedback store the settings pick, so that reading feedback works while a web app holds the rest;
     * a test that reads feedback passes its own.
     */
    default FeedbackStore feedbackStore(Map<String, String> settings, StartupListener listener) {
        return OrderLensWiring.feedbackStore(settings, listener);
    }

    /** Only the verified questions the settings keep, for listing and removing them while a web app runs. */
    default VerifiedQuestions verifiedQuestions(Map<String, String> settings, StartupListener listener) {
        return OrderLensWiring.verifiedQuestions(settings, listener);
    }
}
