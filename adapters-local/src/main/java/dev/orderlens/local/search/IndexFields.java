package dev.orderlens.local.search;

import dev.orderlens.core.domain.search.Passage;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** How one chunk of an {@link IndexDocument} is laid out as a Lucene document, and read back as a passage. */
final class IndexFields {

    static final String DOCUMENT_ID = "doc_id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String IDENTIFIER = "identifier";
    static final String CHUNK = "chunk";
    static final String CHUNKS = "chunks";
    /** A digest of the whole source document, on its first chunk, so a sync re-embeds only what changed. */
    static final String CONTENT_HASH = "content_hash";
    private static final String METADATA_PREFIX = "m.";

    private IndexFields() {
    }

    static Term documentTerm(String documentId) {
        return new Term(DOCUMENT_ID, documentId);
    }

    static TermQuery metadataFilter(String key, String value) {
        return new TermQuery(new Term(METADATA_PREFIX + key, value));
    }

    /** Matches one chunk per document. */
    static Query firstChunks() {
        return IntPoint.newExactQuery(CHUNK, 1);
    }

    static TermQuery identifierQuery(String identifier) {
        return new TermQuery(new Term(IDENTIFIER, identifier));
    }

    /**
     * @param chunk 0-based position of the chunk in its document
     * @param vector unit-length embedding of the title and the chunk
     */
    static Document chunkDocument(IndexDocument source, String chunkText, int chunk, int chunks, float[] vector) {
        Document document = new Document();
        document.add(new StringField(DOCUMENT_ID, source.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(DOCUMENT_ID, new BytesRef(source.id())));
        document.add(new TextField(TITLE, source.title(), Field.Store.YES));
        document.add(new TextField(TEXT, chunkText, Field.Store.YES));
        document.add(new IntPoint(CHUNK, chunk + 1));
        document.add(new StoredField(CHUNK, chunk + 1));
        document.add(new StoredField(CHUNKS, chunks));
        if (chunk == 0) {
            document.add(new StoredField(CONTENT_HASH, DocumentFingerprint.of(List.of(source))));
        }
        source.metadata().forEach((key, value) ->
                document.add(new StringField(METADATA_PREFIX + key, value, Field.Store.YES)));
        for (String identifier : identifiersOf(source, chunkText)) {
            document.add(new StringField(IDENTIFIER, identifier, Field.Store.NO));
        }
        document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return document;
    }

    static Passage passage(Document stored, String indexName, double score) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (IndexableField field : stored.getFields()) {
            if (field.name().startsWith(METADATA_PREFIX)) {
                metadata.put(field.name().substring(METADATA_PREFIX.length()), field.stringValue());
            }
        }
        metadata.put(CHUNK, String.valueOf(stored.getField(CHUNK).numericValue()));
        metadata.put(CHUNKS, String.valueOf(stored.getField(CHUNKS).numericValue()));
        return new Passage(stored.get(DOCUMENT_ID), indexName, stored.get(TITLE), stored.get(TEXT), score, metadata);
    }

    private static Set<String> identifiersOf(IndexDocument source, String chunkText) {
        Set<String> identifiers = new TreeSet<>(Identifiers.in(source.title()));
        identifiers.addAll(Identifiers.in(chunkText));
        Collection<String> values = source.metadata().values();
        values.forEach(value -> identifiers.addAll(Identifiers.in(value)));
        return identifiers;
    }
}
