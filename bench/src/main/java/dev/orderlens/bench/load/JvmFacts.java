package dev.orderlens.bench.load;

/** The JVM and machine a figure was measured on. */
final class JvmFacts {

    private JvmFacts() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return "JVM " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + Runtime.version() + ", " + runtime.availableProcessors() + " cores, max heap "
                + runtime.maxMemory() / (1024 * 1024) + " MB";
    }
}
