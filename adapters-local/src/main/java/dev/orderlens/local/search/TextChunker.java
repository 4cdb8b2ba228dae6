package dev.orderlens.local.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts long texts into chunks of at most {@code maxChars}, at paragraph boundaries where possible, then at
 * sentence boundaries, and only as a last resort between words, so that each chunk embeds one coherent idea.
 */
final class TextChunker {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private final int maxChars;

    TextChunker(int maxChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("chunks shorter than 100 characters lose their meaning");
        }
        this.maxChars = maxChars;
    }

    List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : PARAGRAPHS.split(text.strip())) {
            String separator = "\n\n";
            for (String piece : pieces(paragraph.strip())) {
                if (current.length() > 0 && current.length() + separator.length() + piece.length() > maxChars) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append(separator);
                }
                current.append(piece);
                separator = " ";
            }
        }
        chunks.add(current.toString());
        return chunks;
    }

    /** A paragraph as one piece if it fits, else its sentences, long sentences split between words. */
    private List<String> pieces(String paragraph) {
        if (paragraph.length() <= maxChars) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        for (String sentence : SENTENCES.split(paragraph)) {
            if (sentence.length() <= maxChars) {
                pieces.add(sentence);
            } else {
                pieces.addAll(wordRuns(sentence));
            }
        }
        return pieces;
    }

    private List<String> wordRuns(String sentence) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String word : WORDS.split(sentence)) {
            if (run.length() + 1 + word.length() > maxChars && run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
            if (run.length() > 0) {
                run.append(' ');
            }
            run.append(word.length() > maxChars ? word.substring(0, maxChars) : word);
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }
}
