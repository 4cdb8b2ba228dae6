package dev.orderlens.databricks.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * One REST call to the workspace.
 *
 * @param name what the call does, in words, for error messages ("execute SQL statement")
 * @param method GET or POST
 * @param path the path after the host, with its query string
 * @param body the JSON body for POST, or {@code null}
 * @param idempotent whether repeating it is harmless, so that it may be retried after a timeout or reset
 * @param extraTimeout time the server may legitimately hold the request (a statement's wait timeout)
 */
public record WorkspaceCall(String name, String method, String path, Object body, boolean idempotent,
        Duration extraTimeout) {

    public WorkspaceCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/'");
        }
        extraTimeout = extraTimeout == null ? Duration.ZERO : extraTimeout;
    }

    public static WorkspaceCall get(String name, String path) {
        return new WorkspaceCall(name, "GET", path, null, true, Duration.ZERO);
    }

    /** A POST that changes something on the server: retried only when it cannot have been processed. */
    public static WorkspaceCall post(String name, String path, Object body) {
        return new WorkspaceCall(name, "POST", path, body, false, Duration.ZERO);
    }

    /** A POST that only reads (a vector query) or is harmless to repeat (a cancel). */
    public static WorkspaceCall idempotentPost(String name, String path, Object body) {
        return new WorkspaceCall(name, "POST", path, body, true, Duration.ZERO);
    }

    public WorkspaceCall withExtraTimeout(Duration extra) {
        return new WorkspaceCall(name, method, path, body, idempotent, extra);
    }

    /** How the call appears in messages: its purpose, method and path. */
    public String describe() {
        int query = path.indexOf('?');
        return name + " (" + method + " " + (query < 0 ? path : path.substring(0, query)) + ")";
    }
}
