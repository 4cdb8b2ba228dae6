package dev.orderlens.local.documents;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a folder of documents may hold, told apart by their extension. */
public enum DocumentFormat {
    PDF("PDF", "pdf"),
    MARKDOWN("Markdown", "md", "markdown"),
    TEXT("text", "txt");

    private final String label;
    private final List<String> extensions;

    DocumentFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** How a person names the format ("PDF", "Markdown", "text"). */
    public String label() {
        return label;
    }

    /** The format of {@code file}, or empty when it is none of these. */
    public static Optional<DocumentFormat> of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }
}
