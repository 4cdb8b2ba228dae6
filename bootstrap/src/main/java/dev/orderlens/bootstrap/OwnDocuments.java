package dev.orderlens.bootstrap;

import dev.orderlens.databricks.DatabricksSettings;
import dev.orderlens.local.documents.DocumentFolder;
import dev.orderlens.local.documents.OwnDocument;
import dev.orderlens.local.documents.StoredDocuments;
import dev.orderlens.local.embedding.MiniLmEmbeddingModel;
import dev.orderlens.local.search.IndexDocument;
import dev.orderlens.local.search.LuceneVectorIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A user's own documents, read from a folder with {@code orderlens data docs DIR} and kept as text in the home
 * ({@code data/user/documents}). When a home has them, the embedded {@code analytics} index holds them and nothing
 * else; the terminal's {@code data} commands reach them through this class.
 */
public final class OwnDocuments {

    /** Where the documents are kept, under the home's data directory. */
    static final String DIRECTORY = "user/documents";
    /** What the analytics index reports while it holds nothing: no own documents yet, on a home with own orders. */
    static final String NONE_YET = "no documents yet (orderlens data docs DIR)";

    private OwnDocuments() {
    }

    /**
     * The set of documents in use.
     *
     * @param source the folder they were read from
     * @param readAt when it was read; the index is brought to them by the start that follows
     * @param formats how many documents of each format ("PDF", "Markdown", "text")
     * @param skipped each file that gave no text, with the reason ("scan.pdf has no text layer")
     * @param otherFiles how many files were of none of those formats
     * @param kept where their text is kept in the home
     */
    public record Summary(Path source, Instant readAt, int documents, Map<String, Integer> formats,
            List<String> skipped, int otherFiles, Path kept) {

        /** {@code Indexed 12 documents (3 PDF, 9 Markdown); skipped 1: scan.pdf has no text layer}. */
        public String sentence() {
            StringBuilder sentence = new StringBuilder("Indexed ").append(documents)
                    .append(documents == 1 ? " document (" : " documents (").append(formatCounts()).append(')');
            if (!skipped.isEmpty()) {
                sentence.append("; skipped ").append(skipped.size()).append(": ").append(String.join("; ", skipped));
            }
            if (otherFiles > 0) {
                sentence.append("; left ").append(otherFiles == 1 ? "1 file that is" : otherFiles + " files that are")
                        .append(" not Markdown, text or PDF");
            }
            return sentence.toString();
        }

        /** {@code 3 PDF, 9 Markdown}. */
        public String formatCounts() {
            return formats.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * Reads the documents under {@code folder} and keeps them in the home in place of any earlier set, for the
     * analytics index the next start builds from them.
     *
     * @throws IllegalArgumentException when the folder is missing or gives no document
     * @throws SettingsException when Databricks is configured, whose analytics index is not this one
     * @throws IllegalStateException when another process (the web app, a chat) owns the home's indexes
     */
    public static Summary replace(Map<String, String> env, Path folder) {
        OrderLensSettings settings = OrderLensSettings.from(env);
        Optional<DatabricksSettings> databricks = DatabricksSettings.from(env);
        if (databricks.isPresent()) {
            throw new SettingsException("with Databricks configured, the analytics documents are those of the vector "
                    + "index " + databricks.get().analyticsIndex() + "; data docs builds the embedded index only");
        }
        refuseWhenOwnedElsewhere(settings);
        DocumentFolder.Reading reading = DocumentFolder.read(folder);
        StoredDocuments.replace(directory(settings), folder, reading, Instant.now());
        return inUse(settings).orElseThrow();
    }

    /** The documents kept in the home, or empty before the first {@code data docs}. */
    public static Optional<Summary> inUse(OrderLensSettings settings) {
        return StoredDocuments.manifest(directory(settings)).map(manifest -> new Summary(Path.of(manifest.source()),
                manifest.storedAtInstant(), manifest.documents(), manifest.formats(), manifest.skipped(),
                manifest.otherFiles(), directory(settings)));
    }

    /** The documents kept in the home as the analytics index holds them, or empty before the first data docs. */
    static Optional<List<IndexDocument>> indexDocuments(OrderLensSettings settings) {
        return StoredDocuments.documents(directory(settings))
                .map(documents -> documents.stream().map(OwnDocument::indexDocument).toList());
    }

    private static Path directory(OrderLensSettings settings) {
        return settings.dataDirectory().resolve(DIRECTORY);
    }

    /** Opening the index tells whether another process holds its write lock; the model is not loaded for that. */
    private static void refuseWhenOwnedElsewhere(OrderLensSettings settings) {
        try (LuceneVectorIndex analytics = EmbeddedIndexes.open(EmbeddedIndexes.ANALYTICS, settings.indexDirectory(),
                MiniLmEmbeddingModel.builder().build())) {
            if (analytics.isReadOnly()) {
                throw new IllegalStateException("another process (orderlens web or chat) owns " + settings.home()
                        + "; stop it, then run data docs again");
            }
        }
    }
}
