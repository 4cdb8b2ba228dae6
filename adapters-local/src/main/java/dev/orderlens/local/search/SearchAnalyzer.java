package dev.orderlens.local.search;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Lucene's English analysis (possessives, stop words, Porter stemming) that keeps identifiers whole. */
final class SearchAnalyzer extends Analyzer {

    /**
     * Lucene's English stop words plus the question words and auxiliaries that every question has and no
     * document is about; left in, they let "what did…" match any text that happens to say "did".
     */
    private static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return Identifiers.joinedForTokenizing(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(List.of("what", "which", "who", "whom", "whose", "why", "how", "when", "where",
                "do", "does", "did", "has", "have", "had", "been", "were", "can", "could", "should", "would",
                "i", "me", "my", "we", "us", "our", "you", "your", "any", "about", "so", "many", "much"));
        return CharArraySet.unmodifiableSet(words);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
