/** Benchmarks: run with {@code bench/run}; never part of the default test run. */
package dev.orderlens.bench;
