package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuthMachineToMachineTest {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";
    static final String CLIENT_SECRET = "dose-oauth-secret-0123456789";
    static final String TOKEN_PATH = "/oidc/v1/token";
    static final String STATEMENTS = "/api/2.0/sql/statements";

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    DatabricksSqlWarehouse warehouse() {
        DatabricksWorkspace workspace = stub.workspaceBuilder()
                .credentials(DatabricksCredentials.servicePrincipal(CLIENT_ID, CLIENT_SECRET))
                .clock(clock)
                .build();
        return DatabricksSqlWarehouse.builder().workspace(workspace).warehouseId(WorkspaceStub.WAREHOUSE).build();
    }

    static String token(String value) {
        return "{\"access_token\": \"" + value + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600, \"scope\": \"all-apis\"}";
    }

    static void stubStatements() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(DatabricksSqlWarehouseTest.SUCCEEDED)));
    }

    static SqlQuery query() {
        return new SqlQuery("SELECT 1", 10, Duration.ofSeconds(30));
    }

    @Test
    void fetches_a_token_with_client_credentials_in_basic_auth() {
        stub.server.stubFor(post(TOKEN_PATH).willReturn(okJson(token("eyJ-first"))));
        stubStatements();

        warehouse().execute(query());

        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        stub.server.verify(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("scope", equalTo("all-apis")));
        stub.server.verify(postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer eyJ-first")));
    }

    @Test
    void reuses_the_cached_token_across_calls_and_threads() throws Exception {
        stub.server.stubFor(post(TOKEN_PATH).willReturn(okJson(token("eyJ-first")).withFixedDelay(50)));
        stubStatements();
        DatabricksSqlWarehouse warehouse = warehouse();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit((Callable<Object>) () -> warehouse.execute(query())));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }

        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));
        stub.server.verify(exactly(8), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void refreshes_the_token_before_it_expires() {
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(token("eyJ-first"))).willSetStateTo("second"));
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson(token("eyJ-second"))));
        stubStatements();
        DatabricksSqlWarehouse warehouse = warehouse();

        warehouse.execute(query());
        clock.advance(Duration.ofMinutes(50));
        warehouse.execute(query());
        clock.advance(Duration.ofMinutes(6));
        warehouse.execute(query());

        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer eyJ-first")));
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer eyJ-second")));
    }

    @Test
    void keeps_a_still_valid_token_when_an_early_refresh_fails() {
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(token("eyJ-first"))).willSetStateTo("down"));
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(500)));
        stubStatements();
        DatabricksSqlWarehouse warehouse = warehouse();
        warehouse.execute(query());

        clock.advance(Duration.ofMinutes(57));
        warehouse.execute(query());

        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer eyJ-first")));
        clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(() -> warehouse.execute(query())).isInstanceOf(BackendException.class)
                .hasMessageContaining("OAuth token request");
    }

    @Test
    void refreshes_once_and_retries_after_a_401_with_a_cached_token() {
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(token("eyJ-revoked"))).willSetStateTo("second"));
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson(token("eyJ-second"))));
        stub.server.stubFor(post(STATEMENTS).withHeader("Authorization", equalTo("Bearer eyJ-revoked"))
                .willReturn(aResponse().withStatus(401)));
        stub.server.stubFor(post(STATEMENTS).withHeader("Authorization", equalTo("Bearer eyJ-second"))
                .willReturn(okJson(DatabricksSqlWarehouseTest.SUCCEEDED)));

        assertThat(warehouse().execute(query()).rows()).hasSize(3);
        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void refused_client_credentials_are_unauthorized_and_never_show_the_secret() {
        stub.server.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withBody(
                "{\"error\": \"invalid_client\", \"error_description\": \"Client authentication failed for "
                        + CLIENT_SECRET + "\"}")));

        assertThatThrownBy(() -> warehouse().execute(query()))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED))
                .hasMessageContaining("OAuth token request (POST /oidc/v1/token)")
                .hasMessageContaining("invalid_client")
                .hasMessageNotContaining(CLIENT_SECRET);
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));
        stub.server.verify(exactly(0), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void retries_the_token_request_on_503() {
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        stub.server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("up")
                .willReturn(okJson(token("eyJ-first"))));
        stubStatements();

        assertThat(warehouse().execute(query()).rows()).hasSize(3);
        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }
}
