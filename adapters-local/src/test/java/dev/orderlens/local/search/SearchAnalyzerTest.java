package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTest {

    @Test
    void keeps_order_and_customer_ids_whole() throws IOException {
        assertThat(tokens("What happened to ORD-000123 of cust-00007?")).containsExactly("happen", "ord_000123", "cust_00007");
    }

    @Test
    void stems_english_words_and_drops_stop_and_question_words() throws IOException {
        assertThat(tokens("Why were the deliveries delayed by the carrier's hubs?"))
                .containsExactly("deliveri", "delai", "carrier", "hub");
    }

    @Test
    void finds_identifiers_in_text_upper_cased() {
        assertThat(Identifiers.in("orders ord-000123 and ORD-000124, customer CUST-00007, model X2"))
                .containsExactly("ORD-000123", "ORD-000124", "CUST-00007");
    }

    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (SearchAnalyzer analyzer = new SearchAnalyzer(); TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
