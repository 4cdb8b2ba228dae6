package dev.orderlens.bootstrap;

import java.util.Objects;

/**
 * Which implementation serves one port, where it points, and whether it answered.
 *
 * @param port what it does ("warehouse", "vector index orders", "language model", …)
 * @param implementation the implementation ("DuckDB", "Databricks SQL", "in memory", …)
 * @param target where it points, secrets masked (a file, a host, a model name)
 * @param embedded whether it is an embedded default rather than an outside system
 * @param reachability whether a check reached it
 * @param detail what the check said (an error, a row count, a latency)
 */
public record BackendStatus(String port, String implementation, String target, boolean embedded,
        Reachability reachability, String detail) {

    /** The outcome of checking a backend. */
    public enum Reachability { NOT_CHECKED, REACHABLE, UNREACHABLE }

    public BackendStatus {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(implementation, "implementation");
        target = target == null ? "" : target;
        Objects.requireNonNull(reachability, "reachability");
        detail = detail == null ? "" : detail;
    }

    public static BackendStatus configured(String port, String implementation, String target, boolean embedded) {
        return new BackendStatus(port, implementation, target, embedded, Reachability.NOT_CHECKED, "");
    }

    public BackendStatus reachable(String checkDetail) {
        return new BackendStatus(port, implementation, target, embedded, Reachability.REACHABLE, checkDetail);
    }

    public BackendStatus unreachable(String checkDetail) {
        return new BackendStatus(port, implementation, target, embedded, Reachability.UNREACHABLE, checkDetail);
    }
}
