/**
 * JMH micro benchmarks of the hot pure-Java paths of a request: the read-only SQL guard, the classifier
 * output parser, the routing policy and the local SQL generator. Run with {@code bench/run micro}.
 */
package dev.orderlens.bench.micro;
