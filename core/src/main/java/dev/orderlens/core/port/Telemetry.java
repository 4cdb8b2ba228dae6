package dev.orderlens.core.port;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;

/** Records what each request did. Must never slow down or fail a request. */
public interface Telemetry {

    void recordRequest(RequestTelemetry request);

    void recordFeedback(Feedback feedback);
}
