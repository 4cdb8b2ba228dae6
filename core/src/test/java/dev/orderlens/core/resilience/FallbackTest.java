package dev.orderlens.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FallbackTest {

    private final List<String> calls = new ArrayList<>();
    private final List<RuntimeException> fellBack = new ArrayList<>();

    private Function<String, String> greet() {
        return name -> {
            calls.add(name);
            if (name.startsWith("broken")) {
                throw new IllegalStateException(name + " is down");
            }
            return "hello from " + name;
        };
    }

    @Test
    void a_working_primary_answers_alone() {
        assertThat(Fallback.of("primary", "local").call(greet(), fellBack::add)).isEqualTo("hello from primary");
        assertThat(calls).containsExactly("primary");
        assertThat(fellBack).isEmpty();
    }

    @Test
    void a_failing_primary_hands_over_to_the_fallback_and_says_why() {
        assertThat(Fallback.of("broken llm", "local").call(greet(), fellBack::add)).isEqualTo("hello from local");
        assertThat(calls).containsExactly("broken llm", "local");
        assertThat(fellBack).singleElement().extracting(RuntimeException::getMessage).isEqualTo("broken llm is down");
    }

    @Test
    void a_failure_not_worth_a_second_try_reaches_the_caller() {
        assertThatThrownBy(() -> Fallback.of("broken llm", "local")
                .call(greet(), failure -> !(failure instanceof IllegalStateException), fellBack::add))
                .hasMessage("broken llm is down");
        assertThat(calls).containsExactly("broken llm");
        assertThat(fellBack).isEmpty();
    }

    @Test
    void without_a_fallback_the_failure_reaches_the_caller() {
        assertThatThrownBy(() -> Fallback.of("broken llm", null).call(greet(), fellBack::add))
                .hasMessage("broken llm is down");
        assertThat(fellBack).isEmpty();
    }

    @Test
    void the_fallback_failing_too_reaches_the_caller_after_the_hand_over() {
        assertThatThrownBy(() -> Fallback.of("broken llm", "broken local").call(greet(), fellBack::add))
                .hasMessage("broken local is down");
        assertThat(calls).containsExactly("broken llm", "broken local");
        assertThat(fellBack).hasSize(1);
    }
}
