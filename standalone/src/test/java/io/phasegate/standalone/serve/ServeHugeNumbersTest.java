package io.phasegate.standalone.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Numbers whose plain form has a billion digits, sent by a caller: a capacity such as {@code
 * 1E-999999999} used to exhaust the server's memory (its cache key wrote it out plainly); now it is
 * a 400 and the server goes on answering.
 */
class ServeHugeNumbersTest {
    static LiveServer live;

    @BeforeAll
    static void start() throws IOException {
        live = LiveServer.sample();
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    @Test
    void aCapacityWithABillionDecimalsIsABadParameter() {
        HttpResponse<String> response = live.get(PhasegateServer.BASE + "/boards/7/health?capacity=1E-999999999");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = LiveServer.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad-parameter");
        assertThat(error.get("message").asText())
                .isEqualTo("capacity must have at most 2 decimals, such as 35.25, not \"1E-999999999\"");
        assertThat(live.api("/boards/7/health?capacity=40.00")
                        .get("sprint")
                        .get("id")
                        .asLong())
                .isEqualTo(104);
    }

    @Test
    void aDryRunGateWithAHugeMinimumIsABadGateAndTheServerGoesOn() {
        String body = "{\"gate\":{\"gate\":\"g\",\"rules\":[{\"rule\":\"subtasks-present\",\"min\":1E+999999999}]},"
                + "\"issueKey\":\"SHOP-1\"}";

        HttpResponse<String> response = live.post("/gates/dry-run", body, "X-Atlassian-Token", "no-check");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = LiveServer.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad-gate");
        // The dry-run body's gate is copied as JSON text first, which reads 1E+999999999 as a double.
        assertThat(error.get("message").asText()).contains("$.rules[0].min:");
        assertThat(live.api("/boards").get("boards")).hasSize(1);
    }
}
