package dev.orderlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A folder of a user's own documents, as {@code orderlens data docs} reads them: Markdown, plain text, a PDF with a
 * text layer and one without (a scan), in subfolders, each about something the sample's documents never mention.
 */
public final class DocumentFolders {

    /** The Markdown policy, titled by its first heading. */
    public static final String POLICY = "policies/opened-electronics.md";
    public static final String POLICY_TITLE = "Returns of opened electronics";
    /** The plain-text note, titled by its file name. */
    public static final String NOTE = "notes/warehouse-move.txt";
    /** The PDF with a text layer. */
    public static final String AUDIT = "reports/cold-chain-audit.pdf";
    /** The PDF without one, which is skipped. */
    public static final String SCAN = "scans/scan.pdf";

    private DocumentFolders() {
    }

    /** Writes the four documents under {@code folder} and returns it. */
    public static Path write(Path folder) {
        try {
            Files.createDirectories(folder.resolve("policies"));
            Files.createDirectories(folder.resolve("notes"));
            Files.createDirectories(folder.resolve("reports"));
            Files.createDirectories(folder.resolve("scans"));
            Files.writeString(folder.resolve(POLICY), "# " + POLICY_TITLE + "\n\n"
                    + "Opened headphones and speakers may be returned within 14 days when the seal sticker is "
                    + "intact.\n\n"
                    + "## Drones\n\nA restocking fee of 12 percent applies to opened drones.\n");
            Files.writeString(folder.resolve(NOTE), "The Reno warehouse moved to Sparks on 3 March. Parcels from the "
                    + "new site leave two hours later, so the same-day cut-off is now 1 pm.\n");
            pdf(folder.resolve(AUDIT), "Cold chain audit, July",
                    "Frozen desserts spoiled in transit because the Zephyr Logistics vans lost refrigeration.",
                    "Zephyr replaced the compressors, and no spoiled parcel was reported in August.");
            pdf(folder.resolve(SCAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** A one-page PDF with {@code lines} as its text layer; with no lines, a page as a scan gives it: no text. */
    public static void pdf(Path file, String... lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (lines.length > 0) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.setLeading(16);
                    content.newLineAtOffset(60, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
