package dev.orderlens.local.search;

import dev.orderlens.core.domain.calendar.WrittenDays;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.VectorIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;

/**
 * A hybrid search index on disk: BM25 over titles and texts, HNSW nearest neighbours over embeddings, fused by
 * reciprocal rank (see {@link SearchMode}). One instance per index ({@code orders}, {@code analytics}), each in its
 * own directory.
 *
 * <p>Long documents are cut into chunks (title repeated in each); a search returns at most one passage per
 * document, its best chunk, with the document's id and the metadata {@code chunk} (1-based) and {@code chunks}.
 * Passage scores are the fused scores; documents that carry an identifier the question names (ORD-000123), or whose
 * title names a day it writes out (March 14, 2025), come first in keyword and hybrid searches. Vector hits below
 * {@link Builder#minVectorSimilarity(double)} are dropped, so a question about nothing in the index finds nothing.
 *
 * <p>{@link #rebuild} replaces the contents and records a fingerprint of the data it was built from, so that a
 * caller can ask {@link #isCurrent(String)} instead of rebuilding on every start. {@link #upsert} and
 * {@link #delete} change single documents and are visible to the next search. Searching is thread-safe; writes
 * are serialised.
 *
 * <p>When another process holds the index's write lock, the index opens {@linkplain #isReadOnly() read-only}: searches
 * see that process's last commit (each search reopens when it committed since), and every write is rejected, so
 * a second process never takes the lock to answer a question.
 */
public final class LuceneVectorIndex implements VectorIndex, AutoCloseable {

    private static final String FINGERPRINT = "orderlens.fingerprint";
    private static final String EMBEDDING_MODEL = "orderlens.embedding_model";
    private static final float TITLE_BOOST = 1.5f;
    private static final int CANDIDATES_PER_RESULT = 4;
    private static final int MIN_CANDIDATES = 40;
    /**
     * A document of at most this many chunks is returned whole, found by its best chunk: an incident report's
     * follow-up or notes answer questions its opening does not, and the reader picks among all its sentences.
     */
    private static final int WHOLE_DOCUMENT_CHUNKS = 4;
    /** Documents embedded per call to the model, and so between progress reports. */
    private static final int EMBEDDING_BATCH = 64;

    private final String name;
    private final Path directory;
    private final EmbeddingModel embeddingModel;
    private final SearchMode defaultMode;
    private final double minVectorSimilarity;
    private final TextChunker chunker;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final ReentrantLock writes = new ReentrantLock();
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private Engine engine;
    private boolean closed;

    /**
     * The writer and the near-real-time searchers over it, replaced together after a failed rebuild; without a
     * writer when another process owns the index, the searchers then read its commits.
     */
    private record Engine(FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
        boolean readOnly() {
            return writer == null;
        }

        void close() throws IOException {
            IOUtils.close(searchers, writer, directory);
        }
    }

    private LuceneVectorIndex(Builder builder) {
        this.name = builder.name;
        this.directory = builder.directory;
        this.embeddingModel = builder.embeddingModel;
        this.defaultMode = builder.mode;
        this.minVectorSimilarity = builder.minVectorSimilarity;
        this.chunker = new TextChunker(builder.chunkSize);
        this.engine = openEngine();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return name;
    }

    /** Whether another process owns the index, so that this one only searches it. */
    public boolean isReadOnly() {
        return engine.readOnly();
    }

    @Override
    public List<Passage> search(VectorQuery query) {
        return search(query, defaultMode);
    }

    /** Searches with the given legs instead of the index's default mode. */
    public List<Passage> search(VectorQuery query, SearchMode mode) {
        try {
            return withSearcher("search of", searcher -> search(searcher, query, mode));
        } catch (IllegalArgumentException e) {
            throw new BackendException("lucene", BackendException.Kind.REJECTED,
                    "search of index " + name + " rejected: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the indexed titles or texts hold the word, read as searches read it (so "returns" finds "returned"):
     * a cheap term look-up that tells which words of a question the documents know.
     */
    public boolean containsWord(String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return false;
        }
        return withSearcher("word look-up in", searcher -> {
            for (String term : terms) {
                if (searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT, term)) > 0
                        || searcher.getIndexReader().docFreq(new Term(IndexFields.TITLE, term)) > 0) {
                    return true;
                }
            }
            return false;
        });
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs a read on the current searcher, while the index stays open. */
    private <T> T withSearcher(String operation, SearcherWork<T> work) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            SearcherManager searchers = engine.searchers();
            if (engine.readOnly()) {
                // The owning process commits ingested orders and rebuilds; cheap to check when nothing changed.
                searchers.maybeRefresh();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new BackendException("lucene", BackendException.Kind.UNAVAILABLE,
                    operation + " index " + name + " failed: " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Replaces the whole contents with {@code documents}, embedding them in batches, and records
     * {@code fingerprint} with them. Searches see the old contents until the new ones are committed; if the build
     * fails, the old contents stay.
     *
     * @param fingerprint identifies the data (see {@link DocumentFingerprint}, or a caller's own data version)
     * @param progress hears after each embedded batch; total is -1 unless {@code documents} is a collection
     */
    public void rebuild(Iterable<IndexDocument> documents, String fingerprint, IndexProgress progress) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        int total = documents instanceof Collection<?> collection ? collection.size() : -1;
        writeLocked("rebuild", writer -> {
            writer.deleteAll();
            List<IndexDocument> batch = new ArrayList<>();
            int done = 0;
            for (IndexDocument document : documents) {
                batch.add(document);
                if (batch.size() == EMBEDDING_BATCH) {
                    addAll(writer, batch);
                    done += batch.size();
                    progress.update(done, total);
                    batch.clear();
                }
            }
            addAll(writer, batch);
            progress.update(done + batch.size(), total);
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint,
                    EMBEDDING_MODEL, embeddingModel.modelName()).entrySet());
        });
    }

    /** Adds the document, or replaces the document with the same id. */
    public void upsert(IndexDocument document) {
        update(List.of(document), List.of());
    }

    /** Removes the document with this id, if there is one. */
    public void delete(String documentId) {
        update(List.of(), List.of(documentId));
    }

    /** Adds or replaces {@code upserts} and removes the documents with the ids {@code deletions}, in one commit. */
    public void update(Collection<IndexDocument> upserts, Collection<String> deletions) {
        List<Document> chunks = chunkDocuments(List.copyOf(upserts));
        writeLocked("update of " + (upserts.size() + deletions.size()) + " documents", writer -> {
            for (String documentId : deletions) {
                writer.deleteDocuments(IndexFields.documentTerm(Objects.requireNonNull(documentId, "documentId")));
            }
            int next = 0;
            for (IndexDocument document : upserts) {
                List<Document> own = new ArrayList<>();
                while (next < chunks.size() && document.id().equals(chunks.get(next).get(IndexFields.DOCUMENT_ID))) {
                    own.add(chunks.get(next++));
                }
                writer.updateDocuments(IndexFields.documentTerm(document.id()), own);
            }
        });
    }

    /**
     * Makes the index hold exactly {@code documents}, recording {@code fingerprint}: documents whose content changed
     * or that are new are embedded and written, those no longer there removed, the rest left alone. An index
     * built by another embedding model is rebuilt whole.
     *
     * @return how many documents were written or removed
     */
    public int synchronize(Collection<IndexDocument> documents, String fingerprint, IndexProgress progress) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!embeddingModel.modelName().equals(commitData().get(EMBEDDING_MODEL))) {
            rebuild(documents, fingerprint, progress);
            return documents.size();
        }
        Map<String, String> held = contentHashes();
        List<IndexDocument> changed = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        for (IndexDocument document : documents) {
            wanted.add(document.id());
            if (!DocumentFingerprint.of(List.of(document)).equals(held.get(document.id()))) {
                changed.add(document);
            }
        }
        List<String> gone = held.keySet().stream().filter(id -> !wanted.contains(id)).toList();
        int done = 0;
        for (int from = 0; from < changed.size(); from += EMBEDDING_BATCH) {
            List<IndexDocument> batch = changed.subList(from, Math.min(changed.size(), from + EMBEDDING_BATCH));
            update(batch, List.of());
            done += batch.size();
            progress.update(done, changed.size());
        }
        writeLocked("sync of " + name, writer -> {
            for (String documentId : gone) {
                writer.deleteDocuments(IndexFields.documentTerm(documentId));
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint,
                    EMBEDDING_MODEL, embeddingModel.modelName()).entrySet());
        });
        return changed.size() + gone.size();
    }

    /** The content hash of every document held, by id; documents written before hashes were kept have none. */
    private Map<String, String> contentHashes() {
        return withSearcher("reading the documents of", searcher -> {
            Map<String, String> hashes = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            int count = Math.max(1, searcher.count(IndexFields.firstChunks()));
            for (ScoreDoc hit : searcher.search(IndexFields.firstChunks(), count).scoreDocs) {
                Document document = stored.document(hit.doc, Set.of(IndexFields.DOCUMENT_ID, IndexFields.CONTENT_HASH));
                hashes.put(document.get(IndexFields.DOCUMENT_ID), String.valueOf(document.get(IndexFields.CONTENT_HASH)));
            }
            return hashes;
        });
    }

    /** The fingerprint recorded by the last {@link #rebuild}, if any. */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(commitData().get(FINGERPRINT));
    }

    /** Whether the index was built from the data with this fingerprint, by this index's embedding model. */
    public boolean isCurrent(String fingerprint) {
        Map<String, String> data = commitData();
        return fingerprint.equals(data.get(FINGERPRINT))
                && embeddingModel.modelName().equals(data.get(EMBEDDING_MODEL));
    }

    /** How many documents (not chunks) the index holds. */
    public int documentCount() {
        return withSearcher("counting documents of", searcher -> searcher.count(IndexFields.firstChunks()));
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                engine.close();
            }
        } catch (IOException e) {
            throw new BackendException("lucene", BackendException.Kind.UNAVAILABLE,
                    "closing index " + name + " failed: " + e.getMessage(), e);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private List<Passage> search(IndexSearcher searcher, VectorQuery query, SearchMode mode) throws IOException {
        int candidates = Math.max(query.topK() * CANDIDATES_PER_RESULT, MIN_CANDIDATES);
        Query filter = filterQuery(query.filters());
        List<List<RankFusion.ChunkHit>> legs = new ArrayList<>();
        Set<String> pinned = new LinkedHashSet<>();
        if (mode.usesKeywords() && query.text() != null) {
            Query keywords = keywordQuery(query.text());
            if (keywords != null) {
                legs.add(hits(searcher, withFilter(keywords, filter), candidates));
            }
            for (Query named : exactlyNamed(query.text())) {
                List<RankFusion.ChunkHit> found = hits(searcher, withFilter(named, filter), candidates);
                found.forEach(hit -> pinned.add(hit.documentId()));
                legs.add(found);
            }
        }
        if (mode.usesVectors()) {
            float[] vector = query.vector() != null ? query.vector() : embeddingModel.embed(query.text());
            legs.add(vectorHits(searcher, Vectors.unit(vector), filter, candidates));
        }
        List<RankFusion.FusedHit> fused = RankFusion.fuse(legs, pinned);
        StoredFields stored = searcher.storedFields();
        List<Passage> passages = new ArrayList<>(Math.min(query.topK(), fused.size()));
        for (RankFusion.FusedHit hit : fused.subList(0, Math.min(query.topK(), fused.size()))) {
            passages.add(whole(searcher, stored, IndexFields.passage(stored.document(hit.luceneDocId()), name,
                    hit.score())));
        }
        return passages;
    }

    /** The passage with the text of its whole document, when the document is short enough to read whole. */
    private static Passage whole(IndexSearcher searcher, StoredFields stored, Passage found) throws IOException {
        int chunks = Integer.parseInt(found.metadata().getOrDefault(IndexFields.CHUNKS, "1"));
        if (chunks <= 1 || chunks > WHOLE_DOCUMENT_CHUNKS) {
            return found;
        }
        String[] texts = new String[chunks];
        for (ScoreDoc chunk : searcher.search(new TermQuery(IndexFields.documentTerm(found.id())), chunks).scoreDocs) {
            Document document = stored.document(chunk.doc, Set.of(IndexFields.CHUNK, IndexFields.TEXT));
            int position = document.getField(IndexFields.CHUNK).numericValue().intValue() - 1;
            if (position >= 0 && position < chunks) {
                texts[position] = document.get(IndexFields.TEXT);
            }
        }
        if (Arrays.stream(texts).anyMatch(Objects::isNull)) {
            return found;
        }
        return new Passage(found.id(), found.index(), found.title(), String.join("\n\n", texts), found.score(),
                found.metadata());
    }

    private Query keywordQuery(String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query title = builder.createBooleanQuery(IndexFields.TITLE, text);
        Query body = builder.createBooleanQuery(IndexFields.TEXT, text);
        if (title == null && body == null) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (title != null) {
            either.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
        }
        if (body != null) {
            either.add(body, BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    /**
     * Queries for the documents a question names exactly, which go before all others: those carrying an identifier
     * it names, and those whose title names a day it writes out. A report of that one day shares fewer of the
     * question's words than a review of its whole month, which would otherwise outrank it.
     */
    private List<Query> exactlyNamed(String text) {
        return Stream.of(identifierQuery(text), datedTitleQuery(text)).filter(Objects::nonNull).toList();
    }

    private Query datedTitleQuery(String text) {
        List<LocalDate> days = WrittenDays.in(text);
        if (days.isEmpty()) {
            return null;
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (LocalDate day : days) {
            for (String spelling : WrittenDays.spellings(day)) {
                any.add(builder.createPhraseQuery(IndexFields.TITLE, spelling), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query identifierQuery(String text) {
        Set<String> identifiers = Identifiers.in(text);
        if (identifiers.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        identifiers.forEach(identifier -> any.add(IndexFields.identifierQuery(identifier), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static Query filterQuery(Map<String, String> filters) {
        if (filters.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        filters.forEach((key, value) -> all.add(IndexFields.metadataFilter(key, value), BooleanClause.Occur.FILTER));
        return all.build();
    }

    private static Query withFilter(Query query, Query filter) {
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    private static List<RankFusion.ChunkHit> hits(IndexSearcher searcher, Query query, int count) throws IOException {
        return chunkHits(searcher, searcher.search(query, count).scoreDocs, Double.NEGATIVE_INFINITY);
    }

    private List<RankFusion.ChunkHit> vectorHits(IndexSearcher searcher, float[] vector, Query filter, int count)
            throws IOException {
        // For DOT_PRODUCT Lucene scores (1 + cosine) / 2.
        double minScore = (1 + minVectorSimilarity) / 2;
        KnnFloatVectorQuery nearest = new KnnFloatVectorQuery(IndexFields.VECTOR, vector, count, filter);
        return chunkHits(searcher, searcher.search(nearest, count).scoreDocs, minScore);
    }

    /** Reads document ids from doc values: loading stored fields for every candidate would dominate a search. */
    private static List<RankFusion.ChunkHit> chunkHits(IndexSearcher searcher, ScoreDoc[] scoreDocs, double minScore)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<RankFusion.ChunkHit> hits = new ArrayList<>(scoreDocs.length);
        for (ScoreDoc scoreDoc : scoreDocs) {
            if (scoreDoc.score >= minScore) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.DOCUMENT_ID);
                if (!ids.advanceExact(scoreDoc.doc - leaf.docBase)) {
                    throw new IllegalStateException("chunk " + scoreDoc.doc + " has no document id");
                }
                hits.add(new RankFusion.ChunkHit(ids.lookupOrd(ids.ordValue()).utf8ToString(), scoreDoc.doc));
            }
        }
        return hits;
    }

    private void addAll(IndexWriter writer, List<IndexDocument> documents) throws IOException {
        if (!documents.isEmpty()) {
            writer.addDocuments(chunkDocuments(documents));
        }
    }

    /** Every chunk of every document, embedded together in one call. */
    private List<Document> chunkDocuments(List<IndexDocument> documents) {
        List<String> embeddingInputs = new ArrayList<>();
        List<List<String>> chunksPerDocument = new ArrayList<>();
        for (IndexDocument document : documents) {
            List<String> chunks = chunker.chunks(document.text());
            chunksPerDocument.add(chunks);
            chunks.forEach(chunk -> embeddingInputs.add(document.title() + "\n" + chunk));
        }
        List<float[]> vectors = embeddingInputs.isEmpty() ? List.of() : embeddingModel.embedAll(embeddingInputs);
        List<Document> luceneDocuments = new ArrayList<>(vectors.size());
        int next = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<String> chunks = chunksPerDocument.get(d);
            for (int c = 0; c < chunks.size(); c++) {
                luceneDocuments.add(IndexFields.chunkDocument(documents.get(d), chunks.get(c), c, chunks.size(),
                        Vectors.unit(vectors.get(next++))));
            }
        }
        return luceneDocuments;
    }

    @FunctionalInterface
    private interface WriterAction {
        void apply(IndexWriter writer) throws IOException;
    }

    /**
     * Runs a write, commits it and makes it visible to the next search. Every write commits, so a failed one is
     * undone by rolling back to the last commit.
     */
    private void writeLocked(String operation, WriterAction action) {
        writes.lock();
        try {
            Engine current = openEngineForWrite();
            if (current.readOnly()) {
                throw new BackendException("lucene", BackendException.Kind.REJECTED, operation + " in index " + name
                        + " refused: another process owns " + directory + ", so it is open read-only here");
            }
            try {
                action.apply(current.writer());
                current.writer().commit();
                current.searchers().maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                rollBack(e);
                throw e;
            }
        } catch (IOException e) {
            throw new BackendException("lucene", BackendException.Kind.UNAVAILABLE,
                    operation + " in index " + name + " failed: " + e.getMessage(), e);
        } finally {
            writes.unlock();
        }
    }

    private Engine openEngineForWrite() {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return engine;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Drops uncommitted changes by reopening the index at its last commit, unless it was closed meanwhile. */
    private void rollBack(Exception cause) {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            engine.writer().rollback();
            engine.close();
            engine = openEngine();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private Map<String, String> commitData() {
        if (isReadOnly()) {
            return withSearcher("reading the commit of", searcher ->
                    ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
        }
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = engine.writer().getLiveCommitData();
            if (live != null) {
                live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            }
            return data;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private Engine openEngine() {
        FSDirectory fsDirectory = null;
        try {
            Files.createDirectories(directory);
            fsDirectory = FSDirectory.open(directory);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer;
            try {
                writer = new IndexWriter(fsDirectory, config);
            } catch (LockObtainFailedException ownedElsewhere) {
                return new Engine(fsDirectory, null, new SearcherManager(DirectoryReader.open(fsDirectory), null));
            }
            return new Engine(fsDirectory, writer, new SearcherManager(writer, null));
        } catch (IndexNotFoundException e) {
            closeQuietly(fsDirectory, e);
            throw new BackendException("lucene", BackendException.Kind.UNAVAILABLE, "index " + name + " at "
                    + directory + " is still being built by the process that owns it; try again when it has started",
                    e);
        } catch (IOException e) {
            closeQuietly(fsDirectory, e);
            throw new BackendException("lucene", BackendException.Kind.UNAVAILABLE,
                    "opening index " + name + " at " + directory + " failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FSDirectory fsDirectory, IOException cause) {
        if (fsDirectory != null) {
            try {
                fsDirectory.close();
            } catch (IOException suppressed) {
                cause.addSuppressed(suppressed);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("index " + name + " is closed");
        }
    }

    public static final class Builder {
        private String name;
        private Path directory;
        private EmbeddingModel embeddingModel;
        private SearchMode mode = SearchMode.HYBRID;
        private int chunkSize = 800;
        private double minVectorSimilarity = 0.3;

        private Builder() {
        }

        /** The index's name, which passages report ({@code orders}, {@code analytics}). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Where the index lives; created when absent, opened when present. */
        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** Embeds documents, and questions that come without a vector. */
        public Builder embeddingModel(EmbeddingModel embeddingModel) {
            this.embeddingModel = embeddingModel;
            return this;
        }

        /** The legs {@link #search(VectorQuery)} runs; default {@link SearchMode#HYBRID}. */
        public Builder mode(SearchMode mode) {
            this.mode = mode;
            return this;
        }

        /** Longest chunk in characters; default 800. */
        public Builder chunkSize(int chunkSize) {
            this.chunkSize = chunkSize;
            return this;
        }

        /**
         * Cosine similarity below which a vector hit does not count; default 0.3, above what MiniLM gives
         * unrelated text (up to about 0.25) and below what it gives a paraphrase. Use -1 to keep every neighbour.
         */
        public Builder minVectorSimilarity(double minVectorSimilarity) {
            this.minVectorSimilarity = minVectorSimilarity;
            return this;
        }

        /** Opens the index, creating it if the directory holds none. */
        public LuceneVectorIndex build() {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(embeddingModel, "embeddingModel");
            Objects.requireNonNull(mode, "mode");
            return new LuceneVectorIndex(this);
        }
    }
}
