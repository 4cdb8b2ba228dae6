package dev.orderlens.bench.load;

import java.lang.management.ManagementFactory;

/** The JVM and machine a figure was measured on. */
final class JvmFacts {

    private JvmFacts() {
    }

    /** CPU time this process has used, all threads together (OrderLens and the load client). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return "JVM " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + Runtime.version() + ", " + runtime.availableProcessors() + " cores, max heap "
                + runtime.maxMemory() / (1024 * 1024) + " MB";
    }
}
