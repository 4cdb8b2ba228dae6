package dev.orderlens.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed mix of questions the throughput run asks: the single-turn SQL and RAG questions of the shared
 * evaluation set, plus RAG questions from the retrieval evaluation so that both modes get a fair share.
 */
final class ThroughputQuestions {

    static final List<String> SQL = List.of(
            "How many orders did we get in 2025?",
            "Revenue by month in 2024",
            "Which category had the most returns?",
            "What is the late delivery rate for UPS?",
            "Average order value in Q4 2025",
            "Top 3 states by revenue in 2025",
            "How many orders were cancelled last month?",
            "Refunds by return reason in 2025",
            "How many VIP customers do we have?",
            "Which carrier delivers the fastest on average?",
            "What share of 2025 revenue came from the mobile channel?",
            "Daily orders from April 1 to April 7, 2025",
            "How many orders were paid with gift cards in 2024?",
            "Average CSAT by carrier",
            "Which region has the highest return rate?",
            "Units sold per category in November 2025",
            "How many orders did DHL deliver in 2025?",
            "Apparel revenue in the West region in 2025",
            "How many orders got a CSAT score of 1?",
            "How many orders did customer CUST-00007 place in 2025?");

    static final List<String> RAG = List.of(
            "Has any product been recalled?",
            "What did the carrier scorecard say about UPS?",
            "How should I handle a customer who wants a refund for a damaged item?",
            "Why did cancellations spike on March 14, 2025?",
            "What did the December 2025 monthly review say?",
            "Summarise how the business did in November 2024.",
            "What were the highlights of the business review for July 2025?",
            "How did Black Friday 2025 go?");

    private ThroughputQuestions() {
    }

    /** SQL and RAG questions interleaved, so that every stretch of the run asks both kinds. */
    static List<String> mix() {
        List<String> mix = new ArrayList<>();
        int longest = Math.max(SQL.size(), RAG.size());
        for (int i = 0; i < longest; i++) {
            if (i < SQL.size()) {
                mix.add(SQL.get(i));
            }
            if (i < RAG.size()) {
                mix.add(RAG.get(i));
            }
        }
        return List.copyOf(mix);
    }
}
