package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.orderlens.bootstrap.DatabricksWorkspaceStubs.ORDERS_INDEX_QUERY;
import static dev.orderlens.bootstrap.DatabricksWorkspaceStubs.STATEMENTS;
import static dev.orderlens.bootstrap.DatabricksWorkspaceStubs.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pointed at a Databricks workspace by settings alone, OrderLens answers in SQL and RAG mode through it. */
class DatabricksWorkspaceEndToEndTest {

    @RegisterExtension
    static final WireMockExtension WORKSPACE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();

    private static OrderLens orderLens;

    @BeforeAll
    static void start() {
        DatabricksWorkspaceStubs.stubAnsweringWorkspace(WORKSPACE);
        WORKSPACE.stubFor(post(urlEqualTo(STATEMENTS)).atPriority(1)
                .withRequestBody(containing("message_feedback")).willReturn(aResponse().withStatus(503)));

        orderLens = OrderLensWiring.start(DatabricksWorkspaceStubs.settings(WORKSPACE,
                SharedTestHome.path().resolve("databricks")), StartupListener.SILENT);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    @Test
    void picks_the_databricks_backends_from_settings_alone() {
        assertThat(orderLens.backends()).filteredOn(status -> status.port().startsWith("warehouse")
                        || status.port().startsWith("vector index") || status.port().equals("feedback store"))
                .allSatisfy(status -> {
                    assertThat(status.embedded()).isFalse();
                    assertThat(status.implementation()).startsWith("Databricks");
                    assertThat(status.target()).doesNotContain(TOKEN);
                });
    }

    @Test
    void answers_sql_questions_on_the_workspace_warehouse_in_databricks_sql() {
        Answer answer = orderLens.assistant().ask(
                new AskCommand("Which carrier was late most often in September 2025?", SessionId.random().value()));

        assertThat(answer).isInstanceOf(SqlAnswer.class);
        assertThat(((SqlAnswer) answer).result().rows().get(0)).containsExactly("FedEx", 412L);
        assertThat(((SqlAnswer) answer).sql()).contains("main.support.orders");
        WORKSPACE.verify(postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(matchingJsonPath("$.warehouse_id", equalTo("abc123def456")))
                .withRequestBody(matchingJsonPath("$.statement", containing("FROM main.support.orders"))));
    }

    @Test
    void answers_rag_questions_from_the_workspace_vector_indexes_with_citations() {
        Answer answer = orderLens.assistant().ask(
                new AskCommand("Why were Southeast deliveries late in September?", SessionId.random().value()));

        assertThat(answer).isInstanceOf(RagAnswer.class);
        assertThat(((RagAnswer) answer).sources()).extracting(Passage::id)
                .contains("incident-fedex-southeast-2025-09");
        assertThat(answer.text()).contains("[1]").containsIgnoringCase("hurricane");
        WORKSPACE.verify(postRequestedFor(urlEqualTo(ORDERS_INDEX_QUERY)));
    }
}
