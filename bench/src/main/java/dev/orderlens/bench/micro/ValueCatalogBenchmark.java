package dev.orderlens.bench.micro;

import static java.util.concurrent.TimeUnit.MICROSECONDS;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.answering.semantic.ValueCatalog.CatalogValue;
import dev.orderlens.bench.BenchFiles;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The value catalog with a city column of 500, 20,000 and 200,000 values: reading it from a DuckDB orders table (one
 * {@code SELECT DISTINCT} per dimension, then the index), building the index alone from values in memory, and finding
 * the values named in one question.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ValueCatalogBenchmark {

    @Param({"500", "20000", "200000"})
    public int cities;

    private SemanticModelFile model;
    private Map<String, List<String>> values;
    private ValueCatalog catalog;
    private String question;
    private Path directory;
    private DuckDbSqlWarehouse warehouse;

    @Setup
    public void buildCatalog() throws IOException, SQLException {
        model = SemanticModelFile.loadDefault();
        List<String> names = cityNames(cities);
        values = Map.of("ship_city", names);
        catalog = ValueCatalog.of(model.model(), values);
        directory = Files.createTempDirectory("orderlens-bench-values");
        warehouse = DuckDbSqlWarehouse.builder().databaseFile(ordersWithCities(directory, names)).build();
        question = "How many orders paid with gift cards were shipped to " + names.get(cities / 2) + " in Q4 2025?";
        List<CatalogValue> found = catalog.find(question);
        if (!found.contains(new CatalogValue("ship_city", names.get(cities / 2)))
                || !found.contains(new CatalogValue("payment_method", "gift_card"))) {
            throw new IllegalStateException("the question's city and payment method are not both found in \""
                    + question + "\": " + found);
        }
    }

    @TearDown
    public void deleteTable() throws IOException {
        warehouse.close();
        BenchFiles.deleteRecursively(directory);
    }

    @Benchmark
    public ValueCatalog read() {
        return ValueCatalog.builder().model(model.model()).warehouse(warehouse).build();
    }

    @Benchmark
    public ValueCatalog build() {
        return ValueCatalog.of(model.model(), values);
    }

    @Benchmark
    public List<CatalogValue> find() {
        return catalog.find(question);
    }

    /** An orders table with one order per city and the same value in every other dimension. */
    private Path ordersWithCities(Path directory, List<String> names) throws IOException, SQLException {
        Path csv = directory.resolve("cities.csv");
        Files.write(csv, names);
        Path database = directory.resolve("orders.duckdb");
        String others = model.model().columnsWithRole(ColumnRole.DIMENSION).stream()
                .filter(c -> !c.name().equals("ship_city"))
                .map(c -> "'" + c.sampleValues().stream().findFirst().orElse("x") + "' AS " + c.name())
                .collect(Collectors.joining(", "));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders AS SELECT city AS ship_city, " + others + " FROM read_csv('" + csv
                    + "', header = false, columns = {'city': 'VARCHAR'}, quote = '')");
        }
        return database;
    }

    /**
     * Distinct city names of one to three words made of syllables, so that they are not English words, with accents
     * and linking words as in "São José dos Campos" or "Feira de Santana"; the same names on every run.
     */
    static List<String> cityNames(int count) {
        String[] syllables = {"ba", "ra", "qui", "ta", "lo", "mi", "ne", "ço", "vu", "xe", "pé", "dor", "san", "gu",
            "cam", "fei", "jo", "ri", "bel", "tã"};
        String[] links = {" de ", " do ", " dos ", " da ", " "};
        Random random = new Random(42);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder();
            int words = 1 + random.nextInt(3);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    name.append(links[random.nextInt(links.length)]);
                }
                StringBuilder word = new StringBuilder();
                int length = 2 + random.nextInt(3);
                for (int s = 0; s < length; s++) {
                    word.append(syllables[random.nextInt(syllables.length)]);
                }
                word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
                name.append(word);
            }
            names.add(name.toString());
        }
        return List.copyOf(names);
    }
}
