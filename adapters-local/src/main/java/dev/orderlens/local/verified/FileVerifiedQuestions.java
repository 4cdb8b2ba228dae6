package dev.orderlens.local.verified;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.VerifiedQuestions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Verified questions kept in one JSON file of the home, so that they survive a restart and a terminal command
 * beside the web app sees and changes the same ones.
 *
 * <p>Every call looks at the file rather than trusting what it read before, because another process may have
 * changed it; it parses the file again only when the file is another one (a change replaces it) or its time or
 * size moved, so asking a question costs one look at the file's attributes. A change holds a lock on a file beside
 * it while it reads, changes and replaces the file whole by an atomic move, so that two processes saving at once
 * both keep their question and a reader never sees half a file.
 */
public final class FileVerifiedQuestions implements VerifiedQuestions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Stored>> STORED = new TypeReference<>() {
    };
    private static final String BACKEND = "verified questions file";

    private final Path file;
    private final Path lock;
    private Snapshot lastRead;

    private FileVerifiedQuestions(Path file) {
        this.file = file;
        this.lock = file.resolveSibling(file.getFileName() + ".lock");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void save(VerifiedQuestion question) {
        change(questions -> {
            List<VerifiedQuestion> kept = new ArrayList<>(questions);
            kept.removeIf(old -> old.id().equals(question.id())
                    || old.normalisedQuestion().equals(question.normalisedQuestion()));
            kept.add(question);
            return kept;
        });
    }

    @Override
    public synchronized List<VerifiedQuestion> list() {
        return read().stream().sorted(Comparator.comparing(VerifiedQuestion::savedAt).reversed()).toList();
    }

    @Override
    public boolean remove(String id) {
        boolean[] removed = {false};
        change(questions -> {
            List<VerifiedQuestion> kept = new ArrayList<>(questions);
            removed[0] = kept.removeIf(old -> old.id().equals(id));
            return kept;
        });
        return removed[0];
    }

    private synchronized void change(UnaryOperator<List<VerifiedQuestion>> change) {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            write(change.apply(read()));
        } catch (IOException e) {
            throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                    "cannot change " + file + ": " + e.getMessage(), e);
        }
    }

    private List<VerifiedQuestion> read() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Snapshot seen = lastRead;
            if (seen != null && seen.isOf(attributes)) {
                return seen.questions();
            }
            List<VerifiedQuestion> questions = JSON.readValue(Files.readAllBytes(file), STORED).stream()
                    .map(Stored::toQuestion).toList();
            lastRead = new Snapshot(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), questions);
            return questions;
        } catch (NoSuchFileException absent) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                    "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<VerifiedQuestion> questions) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), "questions", ".partial");
        try {
            Files.write(partial, JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(questions.stream().map(Stored::of).toList()));
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The questions of the file as it was when read: the same file, unchanged since, holds the same questions. */
    private record Snapshot(Object fileKey, FileTime modified, long size, List<VerifiedQuestion> questions) {
        boolean isOf(BasicFileAttributes attributes) {
            return fileKey != null && fileKey.equals(attributes.fileKey())
                    && modified.equals(attributes.lastModifiedTime()) && size == attributes.size();
        }
    }

    /** A question as the file holds it; instants as ISO-8601 text keep their full precision. */
    private record Stored(String id, String question, String sql, Map<String, String> context, String savedBy,
            String savedAt, String messageId) {
        static Stored of(VerifiedQuestion question) {
            return new Stored(question.id(), question.question(), question.sql(), question.context().values(),
                    question.savedBy(), question.savedAt().toString(), question.messageId());
        }

        VerifiedQuestion toQuestion() {
            return new VerifiedQuestion(id, question, sql,
                    new ConversationContext(context == null ? Map.of() : context), savedBy, Instant.parse(savedAt),
                    messageId);
        }
    }

    public static final class Builder {
        private Path file;

        private Builder() {
        }

        /** The JSON file the questions live in; its directory is created when missing. */
        public Builder file(Path file) {
            this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
            return this;
        }

        /** @throws BackendException when the file's directory cannot be created */
        public FileVerifiedQuestions build() {
            Objects.requireNonNull(file, "file");
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                        "cannot use " + file.getParent() + ": " + e.getMessage(), e);
            }
            return new FileVerifiedQuestions(file);
        }
    }
}
