package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback that could not be inserted yet, one JSON object per line in {@code feedback-outbox.jsonl}. Every
 * append is forced to disk before it returns; entries are removed only after they were inserted, by writing
 * the remaining ones to a new file that atomically replaces the old.
 */
public final class FeedbackOutbox {

    public static final String FILE_NAME = "feedback-outbox.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackOutbox.class);

    /** One feedback as kept in the outbox; {@code at} is an ISO-8601 instant. */
    public record Entry(String messageId, String sessionId, String rating, String comment, String question,
            String answer, String at) {

        /** Feedback is identified by its message and time, which is how the insert recognises a duplicate. */
        public String key() {
            return messageId + "@" + at;
        }
    }

    private final Path file;

    public FeedbackOutbox(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Entry entry) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] line = (Json.PLAIN.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    public synchronized List<Entry> pending() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    parse(line, entries);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feedback outbox " + file, e);
        }
    }

    /** Removes the entries with these keys, keeping every other line (including ones appended meanwhile). */
    public synchronized void remove(Set<String> keys) throws IOException {
        List<Entry> remaining = new ArrayList<>();
        for (Entry entry : pending()) {
            if (!keys.contains(entry.key())) {
                remaining.add(entry);
            }
        }
        if (remaining.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path next = file.resolveSibling(FILE_NAME + ".next");
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Entry entry : remaining) {
                ByteBuffer buffer = ByteBuffer.wrap((Json.PLAIN.writeValueAsString(entry) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            channel.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void parse(String line, List<Entry> entries) {
        try {
            entries.add(Json.PLAIN.readValue(line, Entry.class));
        } catch (JsonProcessingException e) {
            // Only a crash in the middle of an append leaves a partial line; there is nothing to recover in it.
            LOG.warn("Skipping an unreadable line of the feedback outbox");
        }
    }
}
