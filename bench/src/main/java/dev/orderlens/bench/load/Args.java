package dev.orderlens.bench.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options of a benchmark's command line. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, String... known) {
        List<String> names = Arrays.asList(known);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!args[i].startsWith("--") || !names.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + String.join(" ", names.stream()
                        .map(n -> "[--" + n + " VALUE]").toList()) + " (got " + args[i] + ")");
            }
            values.put(name, args[i + 1]);
        }
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    List<String> list(String name, String fallback) {
        return List.of(values.getOrDefault(name, fallback).split(","));
    }
}
