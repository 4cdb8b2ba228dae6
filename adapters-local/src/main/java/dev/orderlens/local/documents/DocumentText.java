package dev.orderlens.local.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of one file: Markdown and plain text as written (UTF-8), a PDF's text layer through PDFBox. */
final class DocumentText {

    /** Why a file gave no text, worded to follow its path. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private DocumentText() {
    }

    static String read(Path file, DocumentFormat format) throws Unreadable {
        String text = format == DocumentFormat.PDF ? pdf(file) : utf8(file);
        if (text.isBlank()) {
            throw new Unreadable(format == DocumentFormat.PDF ? "has no text layer" : "is empty");
        }
        return text.strip();
    }

    private static String utf8(Path file) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable("cannot be read (" + e.getMessage() + ")");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("is not UTF-8 text");
        }
    }

    private static String pdf(Path file) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            // A blank line between paragraphs lets the index cut chunks where the text's ideas change.
            stripper.setParagraphEnd("\n");
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new Unreadable("is password-protected");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file with whichever exception its parser met first.
            throw new Unreadable("is not a readable PDF (" + e.getMessage() + ")");
        }
    }
}
