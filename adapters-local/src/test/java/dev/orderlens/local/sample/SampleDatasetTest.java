package dev.orderlens.local.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDatasetTest {

    private static final SampleOptions SMALL = SampleOptions.defaults().withOrderCount(2_000);

    @TempDir
    static Path template;
    static List<String> progress = new ArrayList<>();
    static SampleDataset generated;

    @TempDir
    Path dir;

    /** Generated once; each test works on a copy, so only the regenerations it provokes cost time. */
    @BeforeAll
    static void generateOnce() {
        generated = SampleDataset.ensure(template, SMALL, (task, done, total) -> progress.add(task + " " + done + "/" + total));
    }

    @BeforeEach
    void copyTemplate() throws IOException {
        for (String file : List.of(SampleDataset.ORDERS_FILE, SampleDataset.DOCUMENTS_FILE, SampleDataset.MANIFEST_FILE)) {
            Files.copy(template.resolve(file), dir.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    @Test
    void generates_the_orders_and_documents_once_then_reuses_them() throws Exception {
        FileTime written = Files.getLastModifiedTime(dir.resolve(SampleDataset.ORDERS_FILE));

        SampleDataset reused = SampleDataset.ensure(dir, SMALL, ProgressListener.NONE);

        assertThat(generated.freshlyGenerated()).isTrue();
        assertThat(reused.freshlyGenerated()).isFalse();
        assertThat(Files.getLastModifiedTime(reused.ordersDatabase())).isEqualTo(written);
        assertThat(reused.documents()).hasSizeGreaterThan(50).isEqualTo(generated.documents());
        try (OrdersDatabase db = new OrdersDatabase(reused.ordersDatabase())) {
            assertThat(db.count("true")).isEqualTo(2_000);
        }
    }

    @Test
    void reports_progress_of_the_orders_then_the_documents() {
        assertThat(progress).first().isEqualTo(SampleDataGenerator.TASK + " 0/2000");
        assertThat(progress).contains(SampleDataGenerator.TASK + " 2000/2000")
                .endsWith(SampleDataset.DOCUMENTS_TASK + " 1/1");
    }

    @Test
    void regenerates_when_the_options_change() throws Exception {
        SampleDataset reseeded = SampleDataset.ensure(dir, SMALL.withOrderCount(1_500).withSeed(99), ProgressListener.NONE);

        assertThat(reseeded.freshlyGenerated()).isTrue();
        try (OrdersDatabase db = new OrdersDatabase(reseeded.ordersDatabase())) {
            assertThat(db.count("true")).isEqualTo(1_500);
        }
    }

    @Test
    void regenerates_a_corrupt_orders_database() throws Exception {
        Files.write(dir.resolve(SampleDataset.ORDERS_FILE), new byte[] {1, 2, 3});

        assertThat(SampleDataset.ensure(dir, SMALL, ProgressListener.NONE).freshlyGenerated()).isTrue();
    }

    @Test
    void regenerates_a_truncated_documents_file() throws Exception {
        Files.writeString(dir.resolve(SampleDataset.DOCUMENTS_FILE), "{\"id\":\"x\",\"kind\":\"faq\",\"title\":\"t\",\"text\":\"cut sh");

        SampleDataset repaired = SampleDataset.ensure(dir, SMALL, ProgressListener.NONE);

        assertThat(repaired.freshlyGenerated()).isTrue();
        assertThat(repaired.documents()).isEqualTo(generated.documents());
    }

    @Test
    void a_dataset_without_its_manifest_counts_as_half_written_and_leftovers_are_removed() throws Exception {
        Files.delete(dir.resolve(SampleDataset.MANIFEST_FILE));
        Files.createDirectory(dir.resolve(".sample-tmp-killed"));

        assertThat(SampleDataset.ensure(dir, SMALL, ProgressListener.NONE).freshlyGenerated()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(".sample-tmp-"))
                    .contains(SampleDataset.ORDERS_FILE, SampleDataset.DOCUMENTS_FILE, SampleDataset.MANIFEST_FILE);
        }
    }
}
