package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.VerifiedQuestions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link VerifiedQuestions} store must do. */
public abstract class VerifiedQuestionsContract {

    private static final Instant AT = Instant.parse("2026-12-04T09:30:15.250Z");

    /** A store with nothing saved yet. */
    protected abstract VerifiedQuestions newStore();

    private static VerifiedQuestion question(String id, String question, Instant at) {
        return new VerifiedQuestion(id, question, "SELECT count(*) FROM orders WHERE year = 2025 LIMIT 10000",
                new ConversationContext(Map.of("query.metric", "orders", "query.year", "2025")), "Ana", at,
                "msg-" + id);
    }

    @Test
    void a_new_store_lists_nothing() {
        assertThat(newStore().list()).isEmpty();
    }

    @Test
    void keeps_a_saved_question_with_its_query_context_author_time_and_message() {
        VerifiedQuestions store = newStore();
        VerifiedQuestion saved = question("v-1", "How many orders in 2025?", AT);

        store.save(saved);

        assertThat(store.list()).containsExactly(saved);
    }

    @Test
    void keeps_a_question_entered_by_hand_without_message_or_context() {
        VerifiedQuestions store = newStore();
        VerifiedQuestion saved = new VerifiedQuestion("v-2", "Revenue by carrier", "SELECT 1", null, "terminal", AT,
                null);

        store.save(saved);

        assertThat(store.list()).containsExactly(saved);
    }

    @Test
    void lists_the_newest_first() {
        VerifiedQuestions store = newStore();
        store.save(question("v-old", "Orders in 2024", AT));
        store.save(question("v-new", "Orders in 2025", AT.plusSeconds(60)));
        store.save(question("v-mid", "Orders in 2023", AT.plusSeconds(30)));

        assertThat(store.list()).extracting(VerifiedQuestion::id).containsExactly("v-new", "v-mid", "v-old");
    }

    @Test
    void saving_the_same_question_again_replaces_the_earlier_query() {
        VerifiedQuestions store = newStore();
        store.save(question("v-1", "How many orders in 2025?", AT));
        VerifiedQuestion again = question("v-2", "how many orders in 2025", AT.plusSeconds(5));

        store.save(again);

        assertThat(store.list()).containsExactly(again);
    }

    @Test
    void removes_by_id_and_says_whether_there_was_one() {
        VerifiedQuestions store = newStore();
        VerifiedQuestion kept = question("v-kept", "Orders in 2024", AT);
        store.save(kept);
        store.save(question("v-gone", "Orders in 2025", AT));

        assertThat(store.remove("v-gone")).isTrue();
        assertThat(store.remove("v-gone")).isFalse();
        assertThat(store.remove("never-saved")).isFalse();
        assertThat(store.list()).containsExactly(kept);
    }

    @Test
    void keeps_text_verbatim_whatever_characters_it_holds() {
        VerifiedQuestions store = newStore();
        VerifiedQuestion odd = new VerifiedQuestion("v-'odd'", "Orders from \"O'Brien\"\nand émoji 😀?",
                "SELECT count(*) FROM orders WHERE customer = 'O''Brien' -- \\ backslash", ConversationContext.empty(),
                "Zoë \"the lead\"", AT, "msg-\t1");

        store.save(odd);

        assertThat(store.list()).containsExactly(odd);
    }

    @Test
    void keeps_every_question_saved_concurrently() throws Exception {
        VerifiedQuestions store = newStore();
        List<VerifiedQuestion> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sent.add(question("v-" + i, "Orders of carrier " + i, AT.plusMillis(i)));
        }
        ExecutorService users = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (VerifiedQuestion question : sent) {
                saves.add(users.submit(() -> store.save(question)));
            }
            for (Future<?> save : saves) {
                save.get();
            }
        } finally {
            users.shutdownNow();
        }

        assertThat(store.list()).containsExactlyInAnyOrderElementsOf(sent);
    }
}
