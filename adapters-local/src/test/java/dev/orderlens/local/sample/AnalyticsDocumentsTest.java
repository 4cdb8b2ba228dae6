package dev.orderlens.local.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyticsDocumentsTest {

    /** The RAG questions of the shared evaluation set and the words their answers must contain (any of them). */
    private static final Map<String, List<String>> SHARED_RAG_QUESTIONS = Map.of(
            "Has any product been recalled?", List.of("recall"),
            "What did the carrier scorecard say about UPS?", List.of("UPS"),
            "How should I handle a customer who wants a refund for a damaged item?", List.of("refund", "damage"),
            "Why did cancellations spike on March 14, 2025?", List.of("Klarna", "payment"),
            "What did the December 2025 monthly review say?", List.of("December"));

    @TempDir
    static Path dir;
    static SampleDataset dataset;
    static Map<String, AnalyticsDocument> documents;
    static OrdersDatabase db;

    @BeforeAll
    static void generateDefaultDataset() throws Exception {
        dataset = SampleDataset.ensure(dir, SampleOptions.defaults(), ProgressListener.NONE);
        documents = SampleDataset.readDocuments(dir).stream()
                .collect(Collectors.toMap(AnalyticsDocument::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        db = new OrdersDatabase(dataset.ordersDatabase());
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void writes_about_sixty_documents_of_every_kind_with_unique_ids() {
        List<AnalyticsDocument> all = SampleDataset.readDocuments(dataset.documentsFile());
        assertThat(all).hasSizeBetween(50, 70);
        assertThat(documents).hasSameSizeAs(all);
        Map<String, Long> kinds = all.stream().collect(Collectors.groupingBy(AnalyticsDocument::kind, Collectors.counting()));
        assertThat(kinds).containsEntry(AnalyticsDocument.MONTHLY_REVIEW, 24L)
                .containsEntry(AnalyticsDocument.CARRIER_SCORECARD, 8L)
                .containsEntry(AnalyticsDocument.INCIDENT_REPORT, 4L)
                .containsKeys(AnalyticsDocument.POLICY, AnalyticsDocument.FAQ);
        assertThat(kinds.get(AnalyticsDocument.FAQ)).isBetween(10L, 15L);
        assertThat(documents).containsKeys("monthly-review-2024-01", "monthly-review-2025-12", "carrier-scorecard-ups-2025",
                "carrier-scorecard-dhl-2024", "incident-fedex-southeast-2025-09", "incident-klarna-outage-2025-03-14",
                "incident-nimbus-x2-battery-recall-2025", "incident-spring-refresh-sale-2025-04", "policy-returns",
                "policy-shipping", "faq-damaged-item-refund");
        assertThat(all).allSatisfy(d -> {
            assertThat(d.title()).isNotBlank();
            assertThat(d.text()).hasSizeGreaterThan(300).doesNotContain("null").doesNotContain("%s");
        });
    }

    @Test
    void documents_are_recomputed_identically_from_the_same_data() {
        assertThat(AnalyticsDocuments.computeFrom(dataset.ordersDatabase())).containsExactlyElementsOf(documents.values());
    }

    @Test
    void every_monthly_review_quotes_the_orders_revenue_and_rates_of_its_month() throws Exception {
        for (AnalyticsDocument review : byKind(AnalyticsDocument.MONTHLY_REVIEW)) {
            String month = review.metadata().get("month");
            String where = "strftime(order_ts, '%Y-%m') = '" + month + "'";
            assertThat(integer(review, "received ([\\d,]+) orders")).as(review.id()).isEqualTo(db.count(where));
            assertThat(money(review, "booked (\\$[\\d,]+\\.\\d{2}) in revenue")).as(review.id())
                    .isEqualTo(db.number("SELECT sum(order_total) FROM orders WHERE status <> 'cancelled' AND " + where));
            assertThat(percent(review, "late delivery rate was ([\\d.]+)%")).as(review.id())
                    .isEqualTo(rounded("SELECT 100.0 * count(*) FILTER (WHERE is_late) / count(*) FROM orders "
                            + "WHERE delivered_at IS NOT NULL AND " + where));
            assertThat(percent(review, "return rate was ([\\d.]+)%")).as(review.id())
                    .isEqualTo(rounded("SELECT 100.0 * count(*) FILTER (WHERE status = 'returned') / count(*) FROM orders "
                            + "WHERE status IN ('delivered', 'returned') AND " + where));
        }
    }

    @Test
    void december_2025_review_matches_the_data() throws Exception {
        AnalyticsDocument december = documents.get("monthly-review-2025-12");
        String where = "order_ts >= TIMESTAMP '2025-12-01' AND order_ts < TIMESTAMP '2026-01-01'";
        assertThat(integer(december, "received ([\\d,]+) orders")).isEqualTo(db.count(where));
        assertThat(money(december, "booked (\\$[\\d,]+\\.\\d{2}) in revenue"))
                .isEqualTo(db.number("SELECT sum(order_total) FROM orders WHERE status <> 'cancelled' AND " + where));
        assertThat(december.text()).contains("December 2025", "Cyber Monday", "Holiday peak");
    }

    @Test
    void every_carrier_scorecard_quotes_the_late_delivery_rate_of_its_year() throws Exception {
        for (AnalyticsDocument card : byKind(AnalyticsDocument.CARRIER_SCORECARD)) {
            assertThat(percent(card, "late delivery rate was ([\\d.]+)%")).as(card.id())
                    .isEqualTo(rounded("SELECT 100.0 * count(*) FILTER (WHERE is_late) / count(*) FROM orders WHERE carrier = '"
                            + card.metadata().get("carrier") + "' AND delivered_at IS NOT NULL AND year(order_ts) = "
                            + card.metadata().get("year")));
        }
        assertThat(documents.get("carrier-scorecard-ups-2025").text()).contains("UPS", "2025", "CSAT", "support tickets");
    }

    @Test
    void incident_reports_quote_the_figures_of_their_events() throws Exception {
        AnalyticsDocument fedex = documents.get("incident-fedex-southeast-2025-09");
        assertThat(percent(fedex, "late delivery rate ([\\d.]+)%")).isEqualTo(rounded(
                "SELECT 100.0 * count(*) FILTER (WHERE is_late) / count(*) FROM orders WHERE carrier = 'FedEx' "
                        + "AND ship_region = 'Southeast' AND delivered_at IS NOT NULL "
                        + "AND CAST(order_ts AS DATE) BETWEEN DATE '2025-09-08' AND DATE '2025-09-19'"));
        assertThat(fedex.text()).containsIgnoringCase("hurricane");

        AnalyticsDocument earbuds = documents.get("incident-nimbus-x2-battery-recall-2025");
        assertThat(percent(earbuds, "a return rate of ([\\d.]+)%")).isEqualTo(rounded(
                "SELECT 100.0 * count(*) FILTER (WHERE status = 'returned') / count(*) FROM orders "
                        + "WHERE product_name = 'Nimbus X2 wireless earbuds' AND status IN ('delivered', 'returned') "
                        + "AND order_ts >= TIMESTAMP '2025-05-01' AND order_ts < TIMESTAMP '2025-08-01'"));
        assertThat(earbuds.text()).contains("Recall notice", "battery");

        AnalyticsDocument klarna = documents.get("incident-klarna-outage-2025-03-14");
        assertThat(integer(klarna, "([\\d,]+) Klarna orders were cancelled")).isEqualTo(db.count(
                "payment_method = 'klarna' AND status = 'cancelled' AND CAST(order_ts AS DATE) = DATE '2025-03-14'"));

        AnalyticsDocument sale = documents.get("incident-spring-refresh-sale-2025-04");
        assertThat(integer(sale, "Home & Kitchen orders rose to ([\\d,]+)")).isEqualTo(db.count(
                "category = 'Home & Kitchen' AND CAST(order_ts AS DATE) BETWEEN DATE '2025-04-01' AND DATE '2025-04-07'"));
        assertThat(sale.text()).contains("20% off");
    }

    @Test
    void policies_state_the_terms_the_orders_follow() throws Exception {
        assertThat(documents.get("policy-returns").text()).contains("30 days", "full refund", "damaged in transit",
                "shipping fee is not refunded");
        assertThat(db.count("return_reason IN ('defective', 'damaged_in_transit', 'wrong_item') AND refund_amount <> order_total"))
                .isZero();
        assertThat(db.count("return_reason IN ('size_fit', 'no_longer_needed') AND refund_amount <> order_total - shipping_fee"))
                .isZero();

        assertThat(documents.get("policy-shipping").text()).contains("$49.00", "$5.99", "$14.99", "refund the shipping fee");
        assertThat(db.count("shipping_fee NOT IN (0, 5.99, 14.99)")).isZero();
        assertThat(db.count("shipping_fee = 5.99 AND quantity * unit_price - discount_amount >= 49")).isZero();
        assertThat(db.count("shipping_fee = 5.99 AND customer_segment = 'vip'")).isZero();
        assertThat(db.count("status IN ('delivered', 'returned') AND promised_date - CAST(order_ts AS DATE) NOT IN (3, 5, 6)")).isZero();
    }

    @Test
    void shared_rag_questions_find_their_words_in_their_documents() {
        Map<String, List<String>> expected = ragQuestions().stream()
                .filter(q -> SHARED_RAG_QUESTIONS.containsKey(q.get("question").asText()))
                .collect(Collectors.toMap(q -> q.get("question").asText(), AnalyticsDocumentsTest::expectedDocs));
        assertThat(expected).containsOnlyKeys(SHARED_RAG_QUESTIONS.keySet());
        expected.forEach((question, ids) -> assertThat(ids).as(question).allSatisfy(id -> {
            String text = documents.get(id).text().toLowerCase(Locale.ROOT);
            assertThat(SHARED_RAG_QUESTIONS.get(question)).as(id).anyMatch(word -> text.contains(word.toLowerCase(Locale.ROOT)));
        }));
    }

    @Test
    void rag_questions_point_at_existing_documents_and_order_notes_of_every_kind() throws Exception {
        List<JsonNode> questions = ragQuestions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(45);
        assertThat(questions.stream().map(q -> q.get("id").asText()).distinct()).hasSameSizeAs(questions);
        Set<String> kinds = new HashSet<>();
        for (JsonNode question : questions) {
            assertThat(question.get("question").asText()).isNotBlank();
            for (String id : expectedDocs(question)) {
                if (id.startsWith("order-")) {
                    assertThat(db.count("order_id = '" + id.substring("order-".length()) + "' AND support_note IS NOT NULL"))
                            .as(id).isEqualTo(1);
                    kinds.add("order");
                } else {
                    assertThat(documents).as(question.get("id").asText()).containsKey(id);
                    kinds.add(documents.get(id).kind());
                }
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("order", AnalyticsDocument.MONTHLY_REVIEW, AnalyticsDocument.CARRIER_SCORECARD,
                AnalyticsDocument.INCIDENT_REPORT, AnalyticsDocument.POLICY, AnalyticsDocument.FAQ);
    }

    private static List<AnalyticsDocument> byKind(String kind) {
        return documents.values().stream().filter(d -> d.kind().equals(kind)).toList();
    }

    private static List<JsonNode> ragQuestions() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> questions = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AnalyticsDocumentsTest.class.getResourceAsStream("/eval/rag-questions.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    questions.add(json.readTree(line));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return questions;
    }

    private static List<String> expectedDocs(JsonNode question) {
        List<String> ids = new ArrayList<>();
        question.get("expect_doc").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String find(AnalyticsDocument document, String regex) {
        Matcher m = Pattern.compile(regex).matcher(document.text());
        assertThat(m.find()).as(regex + " in " + document.id()).isTrue();
        return m.group(1);
    }

    private static long integer(AnalyticsDocument document, String regex) {
        return Long.parseLong(find(document, regex).replace(",", ""));
    }

    private static BigDecimal money(AnalyticsDocument document, String regex) {
        return new BigDecimal(find(document, regex).replace("$", "").replace(",", ""));
    }

    private static BigDecimal percent(AnalyticsDocument document, String regex) {
        return new BigDecimal(find(document, regex));
    }

    private static BigDecimal rounded(String sql) throws Exception {
        return db.number(sql).setScale(1, RoundingMode.HALF_UP);
    }
}
