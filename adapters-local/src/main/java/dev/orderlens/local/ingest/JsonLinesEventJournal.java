package dev.orderlens.local.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderValues;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EventJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ingest journal as a JSON-lines file: one record a line ({@code event}, {@code base} or {@code applied}),
 * forced to disk before each append returns. A line cut short by a crash is dropped when the journal is opened.
 * One process at a time may hold the journal: opening it takes a lock on the file.
 */
public final class JsonLinesEventJournal implements EventJournal {

    private static final String BACKEND = "ingest journal";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private long lastSequence;

    private JsonLinesEventJournal(Path file, FileChannel channel, FileLock lock, long lastSequence) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.lastSequence = lastSequence;
    }

    /**
     * Opens the journal at {@code file}, creating it and its directory when missing.
     *
     * @throws IllegalStateException when another process (or another journal in this one) holds it
     * @throws UncheckedIOException when it cannot be read or written
     */
    public static JsonLinesEventJournal open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = lockOrExplain(file, channel);
            try {
                long lastSequence = dropTornTail(channel);
                channel.position(channel.size());
                return new JsonLinesEventJournal(file, channel, lock, lastSequence);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest journal " + file, e);
        }
    }

    private static FileLock lockOrExplain(Path file, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another OrderLens process is ingesting with the journal " + file
                    + "; send the events to it (orderlens ingest --url) or stop it first");
        }
        return lock;
    }

    /**
     * Truncates a last line that a crash left without its newline or cut inside; gives the last sequence. A bad
     * line with records after it is no crash's doing, and dropping it would drop accepted events: that refuses.
     */
    private static long dropTornTail(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE, size));
        channel.read(buffer, 0);
        byte[] bytes = buffer.array();
        int goodEnd = 0;
        long lastSequence = 0;
        int start = 0;
        int lineNumber = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            start = i + 1;
            lineNumber++;
            if (line.isBlank()) {
                goodEnd = start;
                continue;
            }
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                if (!new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8).isBlank()) {
                    throw new IllegalStateException("line " + lineNumber + " of the ingest journal is damaged and "
                            + "records follow it; restore the file or move it aside (see docs/ingest.md)");
                }
                break;
            }
            if ("event".equals(record.path("kind").asText())) {
                lastSequence = record.path("seq").asLong();
            }
            goodEnd = start;
        }
        if (goodEnd < size) {
            channel.truncate(goodEnd);
            channel.force(true);
        }
        return lastSequence;
    }

    @Override
    public synchronized long appendEvents(List<Map<String, Object>> envelopes) {
        StringBuilder lines = new StringBuilder();
        long sequence = lastSequence;
        for (Map<String, Object> envelope : envelopes) {
            ObjectNode record = JSON.createObjectNode().put("kind", "event").put("seq", ++sequence);
            record.set("event", JSON.valueToTree(envelope));
            lines.append(record).append('\n');
        }
        append(lines);
        lastSequence = sequence;
        return sequence;
    }

    @Override
    public synchronized void appendBaseRows(Map<String, Map<OrderColumn, Object>> rowsByOrder) {
        StringBuilder lines = new StringBuilder();
        rowsByOrder.forEach((orderId, row) -> {
            ObjectNode record = JSON.createObjectNode().put("kind", "base").put("order", orderId);
            if (row == null) {
                record.putNull("row");
            } else {
                ObjectNode values = record.putObject("row");
                row.forEach((column, value) -> values.put(column.column(),
                        value == null ? null : OrderValues.toText(value)));
            }
            lines.append(record).append('\n');
        });
        append(lines);
    }

    @Override
    public synchronized void appendApplied(long sequence) {
        append(new StringBuilder(JSON.createObjectNode().put("kind", "applied").put("seq", sequence) + "\n"));
    }

    private void append(CharSequence lines) {
        if (lines.length() == 0) {
            return;
        }
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(lines.toString());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE, "appending to " + file.getFileName()
                    + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void replay(Visitor visitor) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the ingest journal " + file + " failed", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                replayLine(visitor, lines.get(i), i + 1);
            }
        }
    }

    private void replayLine(Visitor visitor, String line, int number) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("line " + number + " of the ingest journal " + file + " is not JSON", e);
        }
        switch (record.path("kind").asText()) {
            case "event" -> visitor.event(record.path("seq").asLong(), JSON.convertValue(record.get("event"),
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
            case "base" -> visitor.baseRow(record.path("order").asText(), row(record.get("row")));
            case "applied" -> visitor.applied(record.path("seq").asLong());
            default -> throw new IllegalStateException("line " + number + " of the ingest journal " + file
                    + " is no journal record");
        }
    }

    private static Map<OrderColumn, Object> row(JsonNode values) {
        if (values == null || values.isNull()) {
            return null;
        }
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        values.fields().forEachRemaining(entry -> OrderColumn.named(entry.getKey()).ifPresent(column -> row.put(column,
                entry.getValue().isNull() ? null : OrderValues.fromText(column.type(), entry.getValue().asText()))));
        return row;
    }

    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the ingest journal " + file + " failed", e);
        }
    }
}
