package dev.orderlens.bootstrap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.route.Route;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalQuestionFileTest {

    @Test
    void reads_sql_rag_and_multi_turn_items_with_their_options() {
        List<EvalQuestion> questions = EvalQuestionFile.parse(List.of(
                "{\"id\":\"p03\",\"route\":\"sql\",\"question\":\"Top category?\",\"gold\":\"SELECT 1\",\"key\":\"top\"}",
                "",
                "# a comment",
                "{\"id\":\"p04\",\"route\":\"SQL\",\"question\":\"Late rate?\",\"gold\":\"SELECT 2\",\"pct\":true,"
                        + "\"tol\":0.02}",
                "{\"id\":\"pf2\",\"route\":\"sql\",\"turns\":[\"Revenue in Q1 2025\",\"and Q2?\"],\"gold\":\"SELECT 3\"}",
                "{\"id\":\"pr1\",\"route\":\"rag\",\"question\":\"Any recall?\",\"expect_any\":[\"recall\",\"battery\"]}"),
                "q.jsonl");

        assertThat(questions).containsExactly(
                new EvalQuestion("p03", Route.SQL, null, null, List.of("Top category?"), "SELECT 1", true, false, 0.005, List.of()),
                new EvalQuestion("p04", Route.SQL, null, null, List.of("Late rate?"), "SELECT 2", false, true, 0.02, List.of()),
                new EvalQuestion("pf2", Route.SQL, null, null, List.of("Revenue in Q1 2025", "and Q2?"), "SELECT 3", false, false,
                        0.005, List.of()),
                new EvalQuestion("pr1", Route.RAG, null, null, List.of("Any recall?"), null, false, false, 0.005,
                        List.of("recall", "battery")));
        assertThat(questions.get(2).question()).isEqualTo("and Q2?");
    }

    @Test
    void reads_questions_that_expect_a_refusal_a_question_back_or_a_mention() {
        List<EvalQuestion> questions = EvalQuestionFile.parse(List.of(
                "{\"id\":\"w\",\"expect\":\"refuse\",\"question\":\"Weather in Paris?\"}",
                "{\"id\":\"h\",\"expect\":\"clarify\",\"turns\":[\"Orders by carrier\",\"How are we doing?\"]}",
                "{\"id\":\"b\",\"expect\":\"mention\",\"phrase\":\"Black Friday\",\"question\":\"Orders in the week "
                        + "of Black Friday\"}"),
                "q.jsonl");

        assertThat(questions).containsExactly(
                EvalQuestion.expecting("w", Expectation.REFUSE, null, "Weather in Paris?"),
                EvalQuestion.expecting("h", Expectation.CLARIFY, null, "Orders by carrier", "How are we doing?"),
                EvalQuestion.expecting("b", Expectation.MENTION, "Black Friday", "Orders in the week of Black Friday"));
        assertThat(questions).allSatisfy(q -> assertThat(q.route()).isNull());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"a\",\"route\":\"sql\",\"question\":\"q\"}|q.jsonl line 1: an sql question needs a gold query",
        "{\"id\":\"a\",\"route\":\"rag\",\"question\":\"q\"}|q.jsonl line 1: a rag question needs expect_any strings",
        "{\"id\":\"a\",\"route\":\"maybe\",\"question\":\"q\"}|q.jsonl line 1: 'route' must be sql or rag",
        "{\"route\":\"rag\",\"question\":\"q\",\"expect_any\":[\"x\"]}|q.jsonl line 1: 'id' is required",
        "{\"id\":\"a\",\"route\":\"rag\",\"expect_any\":[\"x\"]}|q.jsonl line 1: give either 'question' or a non-empty 'turns'",
        "{\"id\":\"a\",\"route\":\"rag\",\"question\":\"q\",\"turns\":[\"q\"],\"expect_any\":[\"x\"]}|q.jsonl line 1: give either 'question' or a non-empty 'turns'",
        "{\"id\":\"a\",\"route\":\"sql\",\"question\":\"q\",\"gold\":\"S\",\"key\":\"first\"}|q.jsonl line 1: 'key' may only be \"top\" (was 'first')",
        "{\"id\":\"a\",\"route\":\"sql\",\"question\":\"q\",\"gold\":\"S\",\"tol\":\"5%\"}|q.jsonl line 1: 'tol' must be a number",
        "{\"id\":\"a\",\"route\":\"sql\",\"question\":\"q\",\"gold\":\"S\",\"tol\":5}|q.jsonl line 1: tol must be a fraction between 0 and 1 (was 5.0)",
        "{\"id\":\"a\",\"route\":\"sql\",\"question\":\"q\",\"gold\":\"S\",\"pct\":\"yes\"}|q.jsonl line 1: 'pct' must be true or false",
        "{\"id\":\"a\",\"route\":\"sql\",\"question\":\"q\",\"gold\":\"S\",\"golden\":\"S\"}|q.jsonl line 1: unknown field 'golden'",
        "{\"id\":\"a\",\"route\":\"rag\",\"question\":\"q\",\"expect_any\":\"x\"}|q.jsonl line 1: 'expect_any' must be an array of strings",
        "[1,2]|q.jsonl line 1: expected a JSON object",
        "{\"id\":\"a\",\"question\":\"q\"}|q.jsonl line 1: give either 'route' or 'expect'",
        "{\"id\":\"a\",\"route\":\"sql\",\"expect\":\"refuse\",\"question\":\"q\",\"gold\":\"S\"}|q.jsonl line 1: give either 'route' or 'expect'",
        "{\"id\":\"a\",\"expect\":\"answer\",\"question\":\"q\"}|q.jsonl line 1: 'expect' must be refuse, clarify or mention (was 'answer')",
        "{\"id\":\"a\",\"expect\":\"refuse\",\"question\":\"q\",\"gold\":\"S\"}|q.jsonl line 1: an 'expect' question takes no 'gold' or 'expect_any'",
        "{\"id\":\"a\",\"expect\":\"mention\",\"question\":\"q\"}|q.jsonl line 1: 'phrase' goes with \"expect\": \"mention\", and only there",
        "{\"id\":\"a\",\"expect\":\"clarify\",\"phrase\":\"p\",\"question\":\"q\"}|q.jsonl line 1: 'phrase' goes with \"expect\": \"mention\", and only there",
    })
    void names_the_line_and_the_problem_of_a_bad_item(String line, String message) {
        assertThatThrownBy(() -> EvalQuestionFile.parse(List.of(line), "q.jsonl"))
                .isInstanceOf(InvalidEvalFileException.class)
                .hasMessage(message);
    }

    @Test
    void refuses_broken_json_duplicate_ids_and_empty_files() {
        String item = "{\"id\":\"a\",\"route\":\"rag\",\"question\":\"q\",\"expect_any\":[\"x\"]}";

        assertThatThrownBy(() -> EvalQuestionFile.parse(List.of(item, "{\"id\":"), "q.jsonl"))
                .hasMessageStartingWith("q.jsonl line 2: not a JSON object");
        assertThatThrownBy(() -> EvalQuestionFile.parse(List.of(item, "", item), "q.jsonl"))
                .hasMessage("q.jsonl line 3: id 'a' is used twice");
        assertThatThrownBy(() -> EvalQuestionFile.parse(List.of("# nothing"), "q.jsonl"))
                .hasMessage("q.jsonl: holds no questions");
    }

    @Test
    void says_when_the_file_is_missing() {
        Path missing = Path.of("no-such-questions.jsonl");

        assertThatThrownBy(() -> EvalQuestionFile.read(missing))
                .isInstanceOf(InvalidEvalFileException.class)
                .hasMessage("no-such-questions.jsonl: no such file");
    }

    @Test
    void reads_the_labelled_sample_question_set() throws Exception {
        Path file = Path.of(getClass().getResource("questions.jsonl").toURI());

        List<EvalQuestion> questions = EvalQuestionFile.read(file);

        assertThat(questions).hasSize(27);
        assertThat(questions).filteredOn(q -> q.route() == Route.RAG).hasSize(5);
        assertThat(questions).filteredOn(q -> q.turns().size() == 2).extracting(EvalQuestion::id)
                .containsExactly("pf1", "pf2");
    }

    @Test
    void reads_the_development_set_of_questions_to_refuse_ask_back_about_or_own_up_to() {
        List<EvalQuestion> questions = EvalQuestionFile.read(
                Path.of("../adapters-local/src/test/resources/eval/abstain-dev.jsonl"));

        assertThat(questions).hasSize(20);
        assertThat(questions).filteredOn(q -> q.expect() == Expectation.REFUSE).hasSize(6);
        assertThat(questions).filteredOn(q -> q.expect() == Expectation.CLARIFY).hasSize(6);
        assertThat(questions).filteredOn(q -> q.expect() == Expectation.MENTION)
                .allSatisfy(q -> assertThat(q.question()).containsIgnoringCase(q.phrase())).hasSize(5);
        assertThat(questions).filteredOn(q -> q.route() != null).hasSize(3);
    }
}
