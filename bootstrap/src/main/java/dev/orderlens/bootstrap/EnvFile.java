package dev.orderlens.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads settings as a {@code Map}: the process environment laid over an optional {@code .env.local} file
 * ({@code NAME=value} lines, {@code #} comments, optional {@code export} and quotes).
 */
public final class EnvFile {

    public static final String FILE_NAME = ".env.local";

    private EnvFile() {
    }

    /** The file's settings under the process environment's: a variable set in the shell wins. */
    public static Map<String, String> merged(Map<String, String> processEnvironment, Path workingDirectory) {
        Map<String, String> settings = new LinkedHashMap<>(read(workingDirectory.resolve(FILE_NAME)));
        settings.putAll(processEnvironment);
        return settings;
    }

    /** The file's settings; empty when there is no file. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    static Map<String, String> parse(List<String> lines, String source) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected NAME=value");
            }
            String name = line.substring(0, equals).strip();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": '" + name + "' is not a variable name");
            }
            settings.put(name, unquote(line.substring(equals + 1).strip()));
        }
        return settings;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
