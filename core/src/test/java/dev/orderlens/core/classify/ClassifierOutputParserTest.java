package dev.orderlens.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.QuestionClassifier.ClassificationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClassifierOutputParserTest {

    private final ClassifierOutputParser parser = new ClassifierOutputParser();

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("plain JSON", "{\"route\":\"sql\",\"confidence\":0.9,\"reasoning\":\"a count\"}",
                        Route.SQL, 0.9),
                Arguments.of("code fence", "```json\n{\"route\": \"rag\", \"confidence\": 0.8}\n```", Route.RAG, 0.8),
                Arguments.of("bare fence", "```\n{\"route\": \"sql\", \"confidence\": 1}\n```", Route.SQL, 1.0),
                Arguments.of("prose before and after",
                        "Sure! Here is my answer:\n{\"route\":\"rag\",\"confidence\":0.7}\nHope this helps.", Route.RAG,
                        0.7),
                Arguments.of("extra fields", "{\"route\":\"sql\",\"confidence\":0.6,\"mode\":\"x\",\"n\":[1,{}]}",
                        Route.SQL, 0.6),
                Arguments.of("upper-case route", "{\"route\":\"SQL\",\"confidence\":0.5}", Route.SQL, 0.5),
                Arguments.of("route with blanks", "{\"route\":\" rag \",\"confidence\":0.5}", Route.RAG, 0.5),
                Arguments.of("percent number", "{\"route\":\"sql\",\"confidence\":85}", Route.SQL, 0.85),
                Arguments.of("confidence as string", "{\"route\":\"sql\",\"confidence\":\"0.65\"}", Route.SQL, 0.65),
                Arguments.of("confidence as percent string", "{\"route\":\"rag\",\"confidence\":\"92%\"}", Route.RAG,
                        0.92),
                Arguments.of("zero", "{\"route\":\"rag\",\"confidence\":0}", Route.RAG, 0.0),
                Arguments.of("braces in a string",
                        "{\"route\":\"sql\",\"confidence\":0.9,\"reasoning\":\"uses {curly} braces\"}", Route.SQL, 0.9),
                Arguments.of("an invalid object first, a valid one next",
                        "{\"route\":\"maybe\",\"confidence\":0.9} or rather {\"route\":\"rag\",\"confidence\":0.4}",
                        Route.RAG, 0.4),
                Arguments.of("escaped quotes", "{\"reasoning\":\"says \\\"why\\\"\",\"route\":\"rag\",\"confidence\":0.3}",
                        Route.RAG, 0.3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void parses_tolerantly(String name, String output, Route route, double confidence) {
        Classification classification = parser.parse(output);

        assertThat(classification.route()).isEqualTo(route);
        assertThat(classification.confidence()).isCloseTo(confidence, within(1e-9));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("empty", "", "nothing"),
                Arguments.of("prose only", "I think this is a SQL question.", "no JSON object"),
                Arguments.of("unknown route", "{\"route\":\"graph\",\"confidence\":0.9}", "route"),
                Arguments.of("missing route", "{\"confidence\":0.9}", "route"),
                Arguments.of("route not a string", "{\"route\":1,\"confidence\":0.9}", "route"),
                Arguments.of("missing confidence", "{\"route\":\"sql\"}", "confidence"),
                Arguments.of("negative confidence", "{\"route\":\"sql\",\"confidence\":-0.2}", "confidence"),
                Arguments.of("confidence over 100", "{\"route\":\"sql\",\"confidence\":250}", "confidence"),
                Arguments.of("confidence not a number", "{\"route\":\"sql\",\"confidence\":\"high\"}", "confidence"),
                Arguments.of("confidence boolean", "{\"route\":\"sql\",\"confidence\":true}", "confidence"),
                Arguments.of("truncated JSON", "{\"route\":\"sql\",\"confidence\":0.", "no JSON object"),
                Arguments.of("an array", "[{\"route\":\"sql\"]", "no JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejects_output_without_valid_route_and_confidence(String name, String output, String messagePart) {
        assertThatThrownBy(() -> parser.parse(output))
                .isInstanceOf(ClassificationException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void none_is_a_refusal_offering_the_choices_and_naming_the_reason() {
        Classification classification = parser.parse("{\"route\":\"none\",\"confidence\":0.95,\"reasoning\":"
                + "\"the weather is in neither\",\"choices\":[\"Orders by month in 2025\", \" \", 3]}");

        Clarification refusal = classification.askBack().orElseThrow();
        assertThat(refusal.reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(refusal.text()).contains("only answer questions about the orders", "(the weather is in neither)");
        assertThat(refusal.choices()).containsExactly("Orders by month in 2025");
        assertThat(classification.suggestedSql()).isEmpty();
    }

    @Test
    void ask_is_a_question_back_with_at_most_four_choices() {
        Classification classification = parser.parse("{\"route\":\"Ask\",\"confidence\":0.9,\"choices\":"
                + "[\"a\",\"b\",\"c\",\"d\",\"e\"]}");

        Clarification back = classification.askBack().orElseThrow();
        assertThat(back.reason()).isEqualTo(Clarification.Reason.AMBIGUOUS);
        assertThat(back.text()).contains("Which of these");
        assertThat(back.choices()).containsExactly("a", "b", "c", "d");
        assertThat(parser.parse("{\"route\":\"sql\",\"confidence\":0.9,\"choices\":[\"a\"]}").askBack())
                .as("choices beside an answerable route ask nothing").isEmpty();
    }

    @Test
    void keeps_reasoning_and_sql() {
        Classification classification = parser.parse(
                "{\"route\":\"sql\",\"confidence\":0.9,\"reasoning\":\" a ranking \",\"sql\":\"SELECT 1\"}");

        assertThat(classification.reasoning()).isEqualTo("a ranking");
        assertThat(classification.suggestedSql()).contains("SELECT 1");
    }

    @Test
    void null_or_blank_sql_means_none() {
        assertThat(parser.parse("{\"route\":\"rag\",\"confidence\":0.9,\"sql\":null}").suggestedSql()).isEmpty();
        assertThat(parser.parse("{\"route\":\"rag\",\"confidence\":0.9,\"sql\":\"  \"}").suggestedSql()).isEmpty();
    }

    @Test
    void survives_deeply_nested_garbage() {
        String deep = "{\"a\":".repeat(500) + "1" + "}".repeat(500);

        assertThatThrownBy(() -> parser.parse(deep)).isInstanceOf(ClassificationException.class);
    }
}
