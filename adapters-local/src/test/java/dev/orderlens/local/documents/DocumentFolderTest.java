package dev.orderlens.local.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.testsupport.DocumentFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of a user's documents read into documents, with every file that gives no text named and why. */
class DocumentFolderTest {

    @TempDir
    Path folder;

    @Test
    void reads_markdown_text_and_pdf_in_subfolders_and_skips_the_pdf_without_text() {
        DocumentFolders.write(folder);

        DocumentFolder.Reading reading = DocumentFolder.read(folder);

        assertThat(reading.documents()).extracting(OwnDocument::path)
                .containsExactly(DocumentFolders.NOTE, DocumentFolders.POLICY, DocumentFolders.AUDIT);
        assertThat(reading.documents()).extracting(OwnDocument::format)
                .containsExactly(DocumentFormat.TEXT, DocumentFormat.MARKDOWN, DocumentFormat.PDF);
        assertThat(reading.skipped()).extracting(SkippedFile::toString)
                .containsExactly(DocumentFolders.SCAN + " has no text layer");
        assertThat(document(reading, DocumentFolders.AUDIT).text())
                .contains("Zephyr Logistics vans lost refrigeration");
    }

    @Test
    void titles_a_markdown_file_by_its_first_heading_and_any_other_by_its_file_name() {
        DocumentFolders.write(folder);

        DocumentFolder.Reading reading = DocumentFolder.read(folder);

        assertThat(document(reading, DocumentFolders.POLICY).title()).isEqualTo(DocumentFolders.POLICY_TITLE);
        assertThat(document(reading, DocumentFolders.NOTE).title()).isEqualTo("warehouse-move.txt");
        assertThat(document(reading, DocumentFolders.AUDIT).title()).isEqualTo("cold-chain-audit.pdf");
    }

    @Test
    void gives_the_index_the_kind_path_format_and_modified_day_as_metadata() throws IOException {
        Path note = Files.writeString(folder.resolve("note.md"), "No heading here, only a sentence.");
        Files.setLastModifiedTime(note, FileTime.from(Instant.parse("2026-03-31T23:30:00Z")));

        OwnDocument document = DocumentFolder.read(folder).documents().get(0);

        assertThat(document.title()).isEqualTo("note.md");
        assertThat(document.indexDocument().id()).isEqualTo("note.md");
        assertThat(document.indexDocument().metadata()).isEqualTo(Map.of("kind", "document", "path", "note.md",
                "format", "markdown", "modified", "2026-03-31"));
    }

    @Test
    void names_each_file_it_skips_and_leaves_other_kinds_and_hidden_files_alone() throws IOException {
        Files.writeString(folder.resolve("good.txt"), "Returns are free in December.");
        Files.writeString(folder.resolve("empty.md"), "  \n");
        Files.write(folder.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7 this is not a PDF");
        Files.write(folder.resolve("photo.png"), new byte[] {1, 2, 3});
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD.txt"), "ref: refs/heads/main");
        Files.writeString(folder.resolve(".notes.md"), "# Hidden");

        DocumentFolder.Reading reading = DocumentFolder.read(folder);

        assertThat(reading.documents()).extracting(OwnDocument::path).containsExactly("good.txt");
        assertThat(reading.skipped()).extracting(SkippedFile::toString).hasSize(3)
                .contains("empty.md is empty", "latin1.txt is not UTF-8 text")
                .anySatisfy(line -> assertThat(line).startsWith("broken.pdf is not a readable PDF ("));
        assertThat(reading.otherFiles()).isEqualTo(1);
    }

    @Test
    void refuses_a_folder_that_is_missing_empty_or_without_a_readable_document() throws IOException {
        Path missing = folder.resolve("missing");
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Path unreadable = Files.createDirectories(folder.resolve("scans"));
        DocumentFolders.pdf(unreadable.resolve("scan.pdf"));
        Files.write(unreadable.resolve("photo.jpg"), new byte[] {1});

        assertThatThrownBy(() -> DocumentFolder.read(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(missing + " does not exist");
        assertThatThrownBy(() -> DocumentFolder.read(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(empty + " holds no files");
        assertThatThrownBy(() -> DocumentFolder.read(unreadable)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(unreadable + " holds no readable Markdown, text or PDF file: scan.pdf has no text layer"
                        + " (1 other file left)");
        assertThatThrownBy(() -> DocumentFolder.read(unreadable.resolve("scan.pdf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("scan.pdf is not a folder");
    }

    @Test
    void keeps_the_set_in_the_home_and_replaces_it_whole(@TempDir Path kept) {
        DocumentFolders.write(folder);
        StoredDocuments.replace(kept, folder, DocumentFolder.read(folder), Instant.parse("2026-12-01T10:00:00Z"));

        StoredDocuments.Manifest manifest = StoredDocuments.replace(kept, folder.resolve("policies"),
                DocumentFolder.read(folder.resolve("policies")), Instant.parse("2026-12-02T10:00:00Z"));

        assertThat(StoredDocuments.manifest(kept)).contains(manifest);
        assertThat(manifest.source()).isEqualTo(folder.resolve("policies").toString());
        assertThat(manifest.formats()).isEqualTo(Map.of("Markdown", 1));
        List<OwnDocument> documents = StoredDocuments.documents(kept).orElseThrow();
        assertThat(documents).extracting(OwnDocument::path).containsExactly("opened-electronics.md");
        assertThat(documents.get(0)).isEqualTo(DocumentFolder.read(folder.resolve("policies")).documents().get(0));
    }

    @Test
    void a_home_without_a_set_has_none(@TempDir Path kept) {
        assertThat(StoredDocuments.manifest(kept)).isEmpty();
        assertThat(StoredDocuments.documents(kept)).isEmpty();
    }

    private static OwnDocument document(DocumentFolder.Reading reading, String path) {
        return reading.documents().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
    }
}
