package dev.orderlens.local.documents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's documents as kept in a folder of their home: the text read from each file ({@value #TEXTS}, one JSON
 * object a line) and what the set is ({@value #MANIFEST}: where it was read from, when, how many of each format,
 * which files were skipped). Kept as text so that every later start indexes exactly this set without reading the
 * source folder again, which may have moved, changed or gone; only reading the folder again replaces it.
 */
public final class StoredDocuments {

    static final String TEXTS = "documents.jsonl";
    static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StoredDocuments() {
    }

    /**
     * What a stored set is.
     *
     * @param source the folder it was read from, absolute
     * @param storedAt when it was read, as an ISO-8601 instant
     * @param formats how many documents of each format, by {@link DocumentFormat#label()}, in the enum's order
     * @param skipped the files that gave no text, each with its reason
     * @param otherFiles how many files were neither Markdown, text nor PDF
     */
    public record Manifest(String source, String storedAt, int documents, Map<String, Integer> formats,
            List<String> skipped, int otherFiles) {
        public Manifest {
            formats = formats == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(formats));
            skipped = skipped == null ? List.of() : List.copyOf(skipped);
        }

        public Instant storedAtInstant() {
            return Instant.parse(storedAt);
        }
    }

    /**
     * Replaces the set kept in {@code directory} with {@code reading}. The manifest is removed first and written
     * last, so an interrupted run leaves no set rather than a mixed one.
     *
     * @throws UncheckedIOException when the directory cannot be written
     */
    public static Manifest replace(Path directory, Path source, DocumentFolder.Reading reading, Instant at) {
        Map<String, Integer> formats = new LinkedHashMap<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            int count = (int) reading.documents().stream().filter(d -> d.format() == format).count();
            if (count > 0) {
                formats.put(format.label(), count);
            }
        }
        Manifest manifest = new Manifest(source.toAbsolutePath().normalize().toString(), at.toString(),
                reading.documents().size(), formats,
                reading.skipped().stream().map(SkippedFile::toString).toList(), reading.otherFiles());
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(MANIFEST));
            Path texts = Files.createTempFile(directory, ".documents-", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(texts, StandardCharsets.UTF_8)) {
                for (OwnDocument document : reading.documents()) {
                    out.write(JSON.writeValueAsString(document));
                    out.write('\n');
                }
            }
            Files.move(texts, directory.resolve(TEXTS), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Path manifestFile = Files.createTempFile(directory, ".manifest-", ".tmp");
            JSON.writeValue(manifestFile.toFile(), manifest);
            Files.move(manifestFile, directory.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the documents in " + directory, e);
        }
        return manifest;
    }

    /** The manifest of the set kept in {@code directory}, or empty when none is. */
    public static Optional<Manifest> manifest(Path directory) {
        Path file = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The documents kept in {@code directory}, or empty when no set is.
     *
     * @throws UncheckedIOException when the texts cannot be read or do not match the manifest
     */
    public static Optional<List<OwnDocument>> documents(Path directory) {
        Optional<Manifest> manifest = manifest(directory);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        Path file = directory.resolve(TEXTS);
        List<OwnDocument> documents = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    documents.add(JSON.readValue(line, OwnDocument.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documents kept in " + file, e);
        }
        if (documents.size() != manifest.get().documents()) {
            throw new UncheckedIOException(new IOException(file + " holds " + documents.size()
                    + " documents where its manifest says " + manifest.get().documents()
                    + "; run orderlens data docs again"));
        }
        return Optional.of(documents);
    }
}
