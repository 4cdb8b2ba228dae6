package dev.orderlens.core.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prompt templates loaded by name from {@code prompts/<name>.txt} on the classpath (UTF-8), cached.
 * Placeholders are written {@code {{name}}}; rendering fails when one is left unfilled.
 */
public final class PromptTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final ClassLoader classLoader;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public PromptTemplates(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public static PromptTemplates fromClasspath() {
        return new PromptTemplates(PromptTemplates.class.getClassLoader());
    }

    /** The raw template text. @throws IllegalArgumentException when no such template exists */
    public String template(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    /** The names of the placeholders the template uses. */
    public Set<String> placeholders(String name) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template(name));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The template with every placeholder replaced. @throws IllegalArgumentException for an unfilled one */
    public String render(String name, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template(name));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "prompt template '" + name + "' needs a value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String load(String name) {
        String resource = "prompts/" + name + ".txt";
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no prompt template '" + name + "' (looked for " + resource
                        + " on the classpath; is the orderlens-prompts jar there?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read prompt template " + resource, e);
        }
    }
}
