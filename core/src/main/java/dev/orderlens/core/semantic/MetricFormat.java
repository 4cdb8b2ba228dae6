package dev.orderlens.core.semantic;

/** How a metric's values are written for people. */
public enum MetricFormat {
    COUNT,
    CURRENCY,
    PERCENT,
    NUMBER,
    DAYS,
    SCORE
}
