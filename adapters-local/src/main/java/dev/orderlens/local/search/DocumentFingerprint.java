package dev.orderlens.local.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of documents' ids, titles, texts and metadata, to pass to {@link LuceneVectorIndex#rebuild} and
 * {@link LuceneVectorIndex#isCurrent}: equal inputs give equal fingerprints, any change gives another.
 * Callers that know a version of their data may use it as the fingerprint instead and skip reading the data.
 */
public final class DocumentFingerprint {

    private DocumentFingerprint() {
    }

    public static String of(Iterable<IndexDocument> documents) {
        MessageDigest digest = sha256();
        for (IndexDocument document : documents) {
            update(digest, document.id());
            update(digest, document.title());
            update(digest, document.text());
            for (Map.Entry<String, String> entry : new TreeMap<>(document.metadata()).entrySet()) {
                update(digest, entry.getKey());
                update(digest, entry.getValue());
            }
            update(digest, "\u001e");
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    // A separator no text contains keeps ("ab","c") and ("a","bc") apart.
    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
