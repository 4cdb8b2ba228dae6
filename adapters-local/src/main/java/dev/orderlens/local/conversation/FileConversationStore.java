package dev.orderlens.local.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.ConversationStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Conversations kept in a directory of the home, one JSON file per session named by its id, so that follow-ups
 * still work after a restart and a terminal command beside the web app sees the same sessions.
 *
 * <p>A file is replaced whole by an atomic move, so a reader in another process sees the old or the new
 * conversation, never half of one. Sessions untouched for longer than {@code maxAge} and all but the newest
 * {@code maxSessions} are removed when the store opens.
 */
public final class FileConversationStore implements ConversationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".json";
    private static final String BACKEND = "conversation files";

    private final Path directory;
    private final int maxTurns;

    private FileConversationStore(Path directory, int maxTurns) {
        this.directory = directory;
        this.maxTurns = maxTurns;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @throws BackendException when the session's file exists but cannot be read */
    @Override
    public synchronized Conversation load(String sessionId) {
        Path file = file(sessionId);
        try {
            StoredConversation stored = JSON.readValue(Files.readAllBytes(file), StoredConversation.class);
            return new Conversation(sessionId, stored.turns().stream().map(StoredTurn::toTurn).toList(),
                    new ConversationContext(stored.context()));
        } catch (NoSuchFileException absent) {
            return Conversation.empty(sessionId);
        } catch (IOException | RuntimeException e) {
            throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                    "cannot read the conversation in " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** @throws BackendException when the file cannot be written */
    @Override
    public synchronized void append(String sessionId, Turn turn, ConversationContext context) {
        Conversation next = load(sessionId).plus(turn, context, maxTurns);
        Path file = file(sessionId);
        try {
            Path partial = Files.createTempFile(directory, sessionId, ".partial");
            try {
                Files.write(partial, JSON.writeValueAsBytes(new StoredConversation(
                        next.turns().stream().map(StoredTurn::of).toList(), next.context().values())));
                move(partial, file);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                    "cannot write the conversation in " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void clear(String sessionId) {
        try {
            Files.deleteIfExists(file(sessionId));
        } catch (IOException e) {
            throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                    "cannot remove the conversation " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** The session's file; the id's own rule keeps it a plain file name inside the directory. */
    private Path file(String sessionId) {
        return directory.resolve(SessionId.of(sessionId).value() + SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void prune(Clock clock, Duration maxAge, int maxSessions) throws IOException {
        Instant oldest = clock.instant().minus(maxAge);
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = newestFirst(listing.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).toList(),
                    FileConversationStore::modified);
        }
        for (int i = 0; i < files.size(); i++) {
            if (i >= maxSessions || modified(files.get(i)).toInstant().isBefore(oldest)) {
                Files.deleteIfExists(files.get(i));
            }
        }
    }

    /**
     * The files, the last modified first, each file's time read once: another process saving or pruning a
     * conversation while they are sorted must not change a time the sort has already compared (the sort would fail on
     * the broken order, and the store with it).
     */
    static List<Path> newestFirst(List<Path> files, Function<Path, FileTime> modified) {
        Map<Path, FileTime> times = new HashMap<>();
        files.forEach(file -> times.put(file, modified.apply(file)));
        return files.stream().sorted(Comparator.comparing(times::get).reversed()).toList();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    /** A conversation as its file holds it. */
    private record StoredConversation(List<StoredTurn> turns, Map<String, String> context) {
        StoredConversation {
            turns = turns == null ? List.of() : turns;
            context = context == null ? Map.of() : context;
        }
    }

    /** A turn as its file holds it; instants as ISO-8601 text keep their full precision. */
    private record StoredTurn(String messageId, String question, String answer, String route, String sql,
            String at) {
        static StoredTurn of(Turn turn) {
            return new StoredTurn(turn.messageId(), turn.question(), turn.answer(), turn.route().name(), turn.sql(),
                    turn.at().toString());
        }

        Turn toTurn() {
            return new Turn(messageId, question, answer, Route.valueOf(route), sql, Instant.parse(at));
        }
    }

    public static final class Builder {
        private Path directory;
        private int maxTurns = 20;
        private int maxSessions = 10_000;
        private Duration maxAge = Duration.ofDays(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Where the sessions' files live; created when missing. */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The newest turns kept per session (20 by default). */
        public Builder maxTurns(int maxTurns) {
            if (maxTurns <= 0) {
                throw new IllegalArgumentException("maxTurns must be positive");
            }
            this.maxTurns = maxTurns;
            return this;
        }

        /** Sessions kept, the most recently used first (10,000 by default). */
        public Builder maxSessions(int maxSessions) {
            if (maxSessions <= 0) {
                throw new IllegalArgumentException("maxSessions must be positive");
            }
            this.maxSessions = maxSessions;
            return this;
        }

        /** How long an untouched session is kept (30 days by default). */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @throws BackendException when the directory cannot be created or read */
        public FileConversationStore build() {
            Objects.requireNonNull(directory, "directory");
            FileConversationStore store = new FileConversationStore(directory, maxTurns);
            try {
                Files.createDirectories(directory);
                store.prune(clock, maxAge, maxSessions);
            } catch (IOException e) {
                throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                        "cannot use " + directory + ": " + e.getMessage(), e);
            }
            return store;
        }
    }
}
