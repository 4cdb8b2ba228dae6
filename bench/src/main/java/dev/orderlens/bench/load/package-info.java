/**
 * Load runs of the web app against stubbed backends of fixed latency: {@link dev.orderlens.bench.load.OverheadRatio}
 * (what OrderLens adds to the critical path of its outside calls) and {@link dev.orderlens.bench.load.StreamingChats}
 * (many concurrent streaming answers in a small heap). Figures and commands are in {@code docs/performance.md}.
 */
package dev.orderlens.bench.load;
