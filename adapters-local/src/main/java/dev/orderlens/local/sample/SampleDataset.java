package dev.orderlens.local.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.port.BackendException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The sample dataset in a data directory: {@code orders.duckdb} (the orders table) and
 * {@code documents.jsonl} (the analytics documents, one JSON object a line). {@link #ensure} generates
 * them once and reuses them afterwards; a manifest records the options they were made with.
 */
public final class SampleDataset {

    public static final String ORDERS_FILE = "orders.duckdb";
    public static final String DOCUMENTS_FILE = "documents.jsonl";
    public static final String DOCUMENTS_TASK = "Writing analytics documents";
    static final String MANIFEST_FILE = "sample-manifest.json";
    /** Raise when the generated data or documents change, so that old data directories are regenerated. */
    static final int FORMAT_VERSION = 1;

    private static final String TEMP_PREFIX = ".sample-tmp-";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What was generated, recorded next to the data: regenerate when it differs from what is asked. */
    record Manifest(int formatVersion, long seed, int orderCount, int documentCount) {

        boolean matches(SampleOptions options) {
            return formatVersion == FORMAT_VERSION && seed == options.seed() && orderCount == options.orderCount();
        }
    }

    private final Path ordersDatabase;
    private final Path documentsFile;
    private final boolean generated;

    private SampleDataset(Path dataDir, boolean generated) {
        this.ordersDatabase = dataDir.resolve(ORDERS_FILE);
        this.documentsFile = dataDir.resolve(DOCUMENTS_FILE);
        this.generated = generated;
    }

    /**
     * Makes sure {@code dataDir} holds the sample dataset for {@code options}, generating it when it is
     * missing, incomplete, corrupt or made with other options. Files are written under temporary names
     * and moved in place, the manifest last, so an interrupted run never leaves a dataset that looks whole.
     *
     * @throws UncheckedIOException when the directory cannot be written
     * @throws BackendException when DuckDB fails
     */
    public static synchronized SampleDataset ensure(Path dataDir, SampleOptions options, ProgressListener progress) {
        try {
            Files.createDirectories(dataDir);
            // Two processes (the web app and the CLI) may start on an empty data directory at once.
            try (FileChannel lockFile = FileChannel.open(dataDir.resolve(".sample.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = lockFile.lock();
                try {
                    if (isComplete(dataDir, options)) {
                        return new SampleDataset(dataDir, false);
                    }
                    generate(dataDir, options, progress);
                    return new SampleDataset(dataDir, true);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("preparing the sample dataset in " + dataDir + " failed", e);
        }
    }

    public Path ordersDatabase() {
        return ordersDatabase;
    }

    public Path documentsFile() {
        return documentsFile;
    }

    /** Whether {@link #ensure} generated the files in this call, rather than reusing earlier ones. */
    public boolean freshlyGenerated() {
        return generated;
    }

    public List<AnalyticsDocument> documents() {
        return readDocuments(documentsFile);
    }

    /**
     * Reads analytics documents from a JSON-lines file, or from the {@value #DOCUMENTS_FILE} of a data directory.
     *
     * @throws UncheckedIOException when the file cannot be read or a line is not a document
     */
    public static List<AnalyticsDocument> readDocuments(Path fileOrDataDir) {
        Path file = Files.isDirectory(fileOrDataDir) ? fileOrDataDir.resolve(DOCUMENTS_FILE) : fileOrDataDir;
        List<AnalyticsDocument> documents = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank())::iterator) {
                AnalyticsDocument document = JSON.readValue(line, AnalyticsDocument.class);
                if (document.id() == null || document.text() == null) {
                    throw new IOException("a line of " + file + " has no id or text");
                }
                documents.add(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading analytics documents from " + file + " failed", e);
        }
        return documents;
    }

    private static boolean isComplete(Path dataDir, SampleOptions options) {
        Path manifestFile = dataDir.resolve(MANIFEST_FILE);
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(dataDir.resolve(ORDERS_FILE))) {
            return false;
        }
        try {
            Manifest manifest = JSON.readValue(manifestFile.toFile(), Manifest.class);
            return manifest.matches(options)
                    && readDocuments(dataDir).size() == manifest.documentCount()
                    // Ingested order events add orders to the sample; fewer orders than generated means damage.
                    && countOrders(dataDir.resolve(ORDERS_FILE)) >= options.orderCount();
        } catch (IOException | UncheckedIOException | SQLException e) {
            // A manifest or file we cannot read is as good as none: generate again.
            return false;
        }
    }

    private static long countOrders(Path database) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), readOnly);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + OrdersTable.NAME)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void generate(Path dataDir, SampleOptions options, ProgressListener progress) throws IOException {
        Files.deleteIfExists(dataDir.resolve(MANIFEST_FILE));
        deleteLeftovers(dataDir);
        Path temp = Files.createTempDirectory(dataDir, TEMP_PREFIX);
        try {
            Path orders = temp.resolve(ORDERS_FILE);
            new SampleDataGenerator(options).generate(orders, progress);
            progress.step(DOCUMENTS_TASK, 0, 1);
            List<AnalyticsDocument> documents = AnalyticsDocuments.computeFrom(orders);
            Path documentsFile = temp.resolve(DOCUMENTS_FILE);
            writeDocuments(documents, documentsFile);
            progress.step(DOCUMENTS_TASK, 1, 1);
            Path manifest = temp.resolve(MANIFEST_FILE);
            JSON.writeValue(manifest.toFile(), new Manifest(FORMAT_VERSION, options.seed(), options.orderCount(), documents.size()));

            Files.deleteIfExists(dataDir.resolve(ORDERS_FILE + ".wal"));
            moveInPlace(orders, dataDir.resolve(ORDERS_FILE));
            moveInPlace(documentsFile, dataDir.resolve(DOCUMENTS_FILE));
            moveInPlace(manifest, dataDir.resolve(MANIFEST_FILE));
        } finally {
            deleteRecursively(temp);
        }
    }

    private static void writeDocuments(List<AnalyticsDocument> documents, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (AnalyticsDocument document : documents) {
                out.write(JSON.writeValueAsString(document));
                out.write('\n');
            }
        }
    }

    private static void moveInPlace(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Temporary directories of runs that were killed before they could clean up. */
    private static void deleteLeftovers(Path dataDir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dataDir, TEMP_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                deleteRecursively(leftover);
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
