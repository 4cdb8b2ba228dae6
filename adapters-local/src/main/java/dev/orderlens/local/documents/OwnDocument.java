package dev.orderlens.local.documents;

import dev.orderlens.local.search.IndexDocument;
import java.util.Locale;
import java.util.Map;

/**
 * One of a user's own documents, as its text was read from the file.
 *
 * @param path the file's path relative to the folder it was read from, with {@code /} between names; its id
 * @param format what kind of file it was
 * @param title the first Markdown heading, else the file name
 * @param text the whole text (an index cuts it into chunks)
 * @param modified the day the file was last changed, as {@code 2026-03-31} (UTC)
 */
public record OwnDocument(String path, DocumentFormat format, String title, String text, String modified) {

    /** The {@code kind} metadata of every own document, as the sample's are {@code incident_report} and so on. */
    public static final String KIND = "document";

    /** The document as the analytics index holds it, its metadata filterable: kind, path, format, modified. */
    public IndexDocument indexDocument() {
        return new IndexDocument(path, title, text, Map.of("kind", KIND, "path", path,
                "format", format.name().toLowerCase(Locale.ROOT), "modified", modified));
    }
}
