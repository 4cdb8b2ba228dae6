package dev.orderlens.local.sample;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One analytics document for the RAG index: a monthly review, a carrier scorecard, an incident
 * report, a policy or a support FAQ. Ids are stable across generations (e.g. {@code monthly-review-2025-12}).
 */
public record AnalyticsDocument(String id, String kind, String title, String text, Map<String, String> metadata) {

    public static final String MONTHLY_REVIEW = "monthly_review";
    public static final String CARRIER_SCORECARD = "carrier_scorecard";
    public static final String INCIDENT_REPORT = "incident_report";
    public static final String POLICY = "policy";
    public static final String FAQ = "faq";

    public AnalyticsDocument {
        // Sorted, so that the same document always serialises to the same bytes.
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }
}
