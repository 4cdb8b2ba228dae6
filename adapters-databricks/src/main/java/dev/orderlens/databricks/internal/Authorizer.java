package dev.orderlens.databricks.internal;

import java.util.List;

/** Supplies the {@code Authorization} header for workspace calls. */
public interface Authorizer {

    String BACKEND = "databricks";

    /** The header value, e.g. {@code Bearer <token>}. */
    String authorization() throws InterruptedException;

    /**
     * Called after a 401: drops a cached credential so that the next {@link #authorization()} fetches a new
     * one. Returns whether that can help (an OAuth token can be refreshed; a personal access token cannot).
     */
    boolean invalidate();

    /** Values that must never appear in a message or log line. */
    List<String> secrets();

    static Authorizer personalAccessToken(String token) {
        return new Authorizer() {
            @Override
            public String authorization() {
                return "Bearer " + token;
            }

            @Override
            public boolean invalidate() {
                return false;
            }

            @Override
            public List<String> secrets() {
                return List.of(token);
            }
        };
    }
}
