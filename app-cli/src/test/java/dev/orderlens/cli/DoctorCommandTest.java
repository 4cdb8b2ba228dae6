package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DoctorCommandTest {

    @Test
    void lists_each_port_its_backend_masked_target_and_reachability() {
        CliRun.Result run = new CliRun(new FakeOrderLens(true)).execute("doctor");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                PORT            BACKEND  TARGET                                 STATUS     DETAIL
                --------------  -------  -------------------------------------  ---------  --------------------
                warehouse       DuckDB   /tmp/orders.duckdb                     reachable  60000 orders
                language model  OpenAI   https://api.openai.com (key sk-…abcd)  reachable  gpt-4o-mini answered
                """);
        assertThat(run.err()).as("doctor tells which backends were picked").isEqualTo("warehouse: a fake\n");
    }

    @Test
    void exits_1_naming_the_unreachable_backends() {
        CliRun.Result run = new CliRun(new FakeOrderLens(false)).execute("doctor");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("unreachable  openai: GET /models: connection refused");
        assertThat(run.err()).endsWith("orderlens doctor: 1 of 2 backends unreachable: language model\n");
    }

    @Test
    void writes_json() throws Exception {
        CliRun.Result run = new CliRun(new FakeOrderLens(false)).execute("doctor", "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("backends").get(1).toString()).isEqualTo("{\"port\":\"language model\","
                + "\"implementation\":\"OpenAI\",\"target\":\"https://api.openai.com (key sk-…abcd)\","
                + "\"embedded\":false,\"status\":\"unreachable\",\"detail\":\"openai: GET /models: connection refused\"}");
    }
}
