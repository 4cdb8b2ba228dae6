package dev.orderlens.local.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a folder of a user's documents, its subfolders too: Markdown, plain text and PDF files become
 * {@link OwnDocument}s; a file of those kinds that gives no text is skipped with the reason, and the rest (images,
 * spreadsheets…) are counted and left. Hidden files and folders (a name starting with a dot) are not read.
 */
public final class DocumentFolder {

    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");

    private DocumentFolder() {
    }

    /**
     * What was read from a folder, in the order of the files' relative paths.
     *
     * @param otherFiles how many files were neither Markdown, text nor PDF
     */
    public record Reading(List<OwnDocument> documents, List<SkippedFile> skipped, int otherFiles) {
        public Reading {
            documents = List.copyOf(documents);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Reads every document under {@code folder}.
     *
     * @throws IllegalArgumentException when the folder is missing, holds no file, or no file it holds gives text
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static Reading read(Path folder) {
        if (!Files.exists(folder)) {
            throw new IllegalArgumentException(folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        TreeMap<String, Path> files = files(folder);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + " holds no files");
        }
        List<OwnDocument> documents = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        int otherFiles = 0;
        for (var entry : files.entrySet()) {
            var format = DocumentFormat.of(entry.getValue());
            if (format.isEmpty()) {
                otherFiles++;
                continue;
            }
            try {
                documents.add(document(entry.getKey(), entry.getValue(), format.get()));
            } catch (DocumentText.Unreadable e) {
                skipped.add(new SkippedFile(entry.getKey(), e.getMessage()));
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException(folder + " holds no readable Markdown, text or PDF file"
                    + (skipped.isEmpty() ? "" : ": " + skipped.stream().map(SkippedFile::toString)
                    .collect(Collectors.joining("; ")))
                    + (otherFiles == 0 ? "" : otherFiles == 1 ? " (1 other file left)"
                    : " (" + otherFiles + " other files left)"));
        }
        return new Reading(documents, skipped, otherFiles);
    }

    private static OwnDocument document(String path, Path file, DocumentFormat format) throws DocumentText.Unreadable {
        String text = DocumentText.read(file, format);
        String title = file.getFileName().toString();
        if (format == DocumentFormat.MARKDOWN) {
            Matcher heading = HEADING.matcher(text);
            if (heading.find()) {
                title = heading.group(1).strip();
            }
        }
        String modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        } catch (IOException e) {
            throw new DocumentText.Unreadable("cannot be read (" + e.getMessage() + ")");
        }
        return new OwnDocument(path, format, title, text, modified);
    }

    /** The regular files under {@code folder} by their relative path, so that every run reads them in one order. */
    private static TreeMap<String, Path> files(Path folder) {
        TreeMap<String, Path> files = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    return !directory.equals(folder) && hidden(directory) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !hidden(file)) {
                        files.put(relative(folder, file), file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    // An unreadable file or subfolder: its kind decides below whether it is skipped or left.
                    files.put(relative(folder, file), file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + folder, e);
        }
        return files;
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
