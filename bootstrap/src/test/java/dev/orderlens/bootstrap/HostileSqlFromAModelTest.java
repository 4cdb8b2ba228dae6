package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SqlCorpus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement corpora as a model's SQL: an OpenAI-compatible server routes every question to SQL with full
 * confidence, says the semantic query form cannot express it, and writes the statement itself; OrderLens, wired as in
 * production on its embedded warehouse, must refuse every hostile one and answer every legitimate one.
 */
class HostileSqlFromAModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();

    private static OrderLens orderLens;

    @BeforeAll
    static void start() {
        orderLens = ChatCompletionResponses.startAnswering(SERVER);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    static Stream<SqlCorpus.Entry> hostileStatements() {
        return Stream.of("/sql/hostile.sql", "/sql/hostile-heldout.sql").flatMap(c -> SqlCorpus.load(c).stream());
    }

    static Stream<SqlCorpus.Entry> legitimateQueries() {
        return Stream.of("/sql/legit.sql", "/sql/legit-heldout.sql").flatMap(c -> SqlCorpus.load(c).stream())
                .filter(e -> !e.databricksOnly());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStatements")
    void refuses_every_hostile_statement_the_model_writes(SqlCorpus.Entry entry) throws Exception {
        Answer answer = askWithTheModelWriting(entry.sql());

        if (entry.resource()) {
            assertThat(askWithTheModelWriting("SELECT count(*) AS n FROM orders")).isInstanceOf(SqlAnswer.class);
        } else {
            assertThat(answer.text()).as(entry.name()).contains("The query was not safe to run: ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legitimateQueries")
    void answers_every_legitimate_query_the_model_writes(SqlCorpus.Entry entry) throws Exception {
        Answer answer = askWithTheModelWriting(entry.sql());

        assertThat(answer).as(answer.text()).isInstanceOf(SqlAnswer.class);
    }

    private static Answer askWithTheModelWriting(String sql) throws JsonProcessingException {
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("route", "sql");
        routing.put("confidence", 0.99);
        routing.put("reasoning", "the question asks for rows");
        SERVER.stubFor(post(urlEqualTo(ChatCompletionResponses.CHAT)).atPriority(1)
                .withRequestBody(containing("You route questions"))
                .willReturn(okJson(ChatCompletionResponses.completion(JSON.writeValueAsString(routing)))));
        SERVER.stubFor(post(urlEqualTo(ChatCompletionResponses.CHAT)).atPriority(1)
                .withRequestBody(containing("into a semantic query"))
                .willReturn(okJson(ChatCompletionResponses.completion(ChatCompletionResponses.NOT_EXPRESSIBLE))));
        SERVER.stubFor(post(urlEqualTo(ChatCompletionResponses.CHAT)).atPriority(1)
                .withRequestBody(containing("You write one read-only"))
                .willReturn(okJson(ChatCompletionResponses.completion(sql))));
        return orderLens.assistant().ask(new AskCommand("Show me the rows, please.", SessionId.random().value()));
    }
}
