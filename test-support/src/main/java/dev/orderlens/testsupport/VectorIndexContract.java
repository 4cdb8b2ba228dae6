package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.VectorIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VectorIndex} must do, told as scenarios: the documents an index holds, the query a test runs,
 * and the documents that match it, best first.
 *
 * <p>An index that really searches stores {@link Scenario#documents()} and ignores the rest. An index backed by a
 * stub server (WireMock) answers with {@link Scenario#matchingIds()}, all of them even beyond {@code topK}, and
 * can verify the request it received; the contract then checks that the adapter maps that answer faithfully.
 * Queries carry text only: an index that searches by vector embeds the text itself. Indexes that are
 * {@link AutoCloseable} are closed after each test.
 */
public abstract class VectorIndexContract {

    /** A source document of a scenario. */
    public record Document(String id, String title, String text, Map<String, String> metadata) {
        public Document {
            metadata = Map.copyOf(metadata);
        }
    }

    /**
     * @param matchingIds the documents that answer the query, best first (empty when none does)
     */
    public record Scenario(String name, List<Document> documents, VectorQuery query, List<String> matchingIds) {
        public Scenario {
            documents = List.copyOf(documents);
            matchingIds = List.copyOf(matchingIds);
        }

        public Document document(String id) {
            return documents.stream().filter(d -> d.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("scenario " + name + " has no document " + id));
        }
    }

    protected static final List<Document> SUPPORT_DOCUMENTS = List.of(
            new Document("fedex-hurricane", "FedEx delays in the Southeast",
                    "A hurricane closed FedEx hubs in Florida and Georgia from September 8 to 19. "
                            + "Most Southeast deliveries arrived three to five days late.",
                    Map.of("carrier", "FedEx", "kind", "incident")),
            new Document("fedex-scorecard", "FedEx scorecard for October",
                    "FedEx delivered 96% of parcels on time in October; late deliveries fell back to normal.",
                    Map.of("carrier", "FedEx", "kind", "scorecard")),
            new Document("ups-scorecard", "UPS scorecard for September",
                    "UPS delivered 94% of parcels on time; late deliveries were concentrated in the Midwest.",
                    Map.of("carrier", "UPS", "kind", "scorecard")),
            new Document("usps-rural", "USPS rural delivery times",
                    "USPS parcels to rural addresses take two extra days, so late deliveries there are common.",
                    Map.of("carrier", "USPS", "kind", "faq")),
            new Document("klarna-outage", "Klarna payment outage",
                    "On March 14 the Klarna payment outage lasted two hours and customers cancelled their orders.",
                    Map.of("kind", "incident")),
            new Document("nimbus-recall", "Nimbus X2 earbuds battery recall",
                    "The Nimbus X2 wireless earbuds had a defective battery; customers returned them for refunds.",
                    Map.of("kind", "incident")),
            new Document("returns-policy", "Returns policy",
                    "Customers may return items within 30 days of delivery for a full refund.",
                    Map.of("kind", "policy")),
            new Document("spring-sale", "Spring Refresh sale",
                    "The Spring Refresh sale took 20% off Home & Kitchen products in the first week of April.",
                    Map.of("kind", "promotion")));

    private final List<VectorIndex> opened = new ArrayList<>();

    /** An index holding {@code scenario.documents()}, ready to answer {@code scenario.query()}. */
    protected abstract VectorIndex indexFor(Scenario scenario);

    @AfterEach
    void closeIndexes() throws Exception {
        for (VectorIndex index : opened) {
            if (index instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Test
    void returns_at_most_top_k_passages() {
        Scenario scenario = new Scenario("top-k", SUPPORT_DOCUMENTS, new VectorQuery("late deliveries", null, 2),
                List.of("usps-rural", "ups-scorecard", "fedex-scorecard", "fedex-hurricane"));

        assertThat(search(scenario)).hasSize(2);
    }

    @Test
    void puts_the_document_with_the_exact_phrase_first() {
        Scenario scenario = new Scenario("exact phrase", SUPPORT_DOCUMENTS,
                new VectorQuery("Klarna payment outage", null, 3), List.of("klarna-outage"));

        assertThat(search(scenario)).first().extracting(Passage::id).isEqualTo("klarna-outage");
    }

    @Test
    void filters_restrict_results_to_matching_metadata() {
        Scenario scenario = new Scenario("filter", SUPPORT_DOCUMENTS,
                new VectorQuery("late deliveries", null, 5, Map.of("carrier", "FedEx")),
                List.of("fedex-hurricane", "fedex-scorecard"));

        List<Passage> passages = search(scenario);

        assertThat(passages).isNotEmpty()
                .allSatisfy(passage -> assertThat(passage.metadata()).containsEntry("carrier", "FedEx"));
    }

    @Test
    void returns_scores_in_descending_order() {
        Scenario scenario = new Scenario("scores", SUPPORT_DOCUMENTS,
                new VectorQuery("customers returned products for a refund", null, 4),
                List.of("returns-policy", "nimbus-recall", "klarna-outage", "spring-sale"));

        List<Passage> passages = search(scenario);

        assertThat(passages).hasSizeGreaterThan(1);
        for (int i = 1; i < passages.size(); i++) {
            assertThat(passages.get(i).score()).isLessThanOrEqualTo(passages.get(i - 1).score());
        }
    }

    @Test
    void passages_carry_the_index_name_and_the_document_title_and_metadata() {
        Scenario scenario = new Scenario("passage fields", SUPPORT_DOCUMENTS,
                new VectorQuery("Nimbus X2 earbuds battery", null, 1), List.of("nimbus-recall"));
        VectorIndex index = open(scenario);

        Passage passage = index.search(scenario.query()).get(0);

        Document source = scenario.document("nimbus-recall");
        assertThat(passage.id()).isEqualTo(source.id());
        assertThat(passage.index()).isEqualTo(index.name());
        assertThat(passage.title()).isEqualTo(source.title());
        assertThat(passage.text()).contains("defective battery");
        assertThat(passage.metadata()).containsAllEntriesOf(source.metadata());
    }

    @Test
    void an_empty_index_returns_no_passages() {
        Scenario scenario = new Scenario("empty index", List.of(),
                new VectorQuery("late deliveries", null, 5), List.of());

        assertThat(search(scenario)).isEmpty();
    }

    @Test
    void a_query_of_unknown_words_returns_no_passages() {
        Scenario scenario = new Scenario("unknown words", SUPPORT_DOCUMENTS,
                new VectorQuery("zqxjv vrotplk", null, 5), List.of());

        assertThat(search(scenario)).isEmpty();
    }

    private List<Passage> search(Scenario scenario) {
        return open(scenario).search(scenario.query());
    }

    private VectorIndex open(Scenario scenario) {
        VectorIndex index = Objects.requireNonNull(indexFor(scenario), "indexFor returned null");
        opened.add(index);
        return index;
    }
}
