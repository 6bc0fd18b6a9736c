package io.phasegate.standalone.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.contract.ContractRoutes;
import io.phasegate.contract.openapi.OpenApiDocument;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real answers of {@code phasegate serve}, good and bad, against {@code docs/rest/openapi.yaml}. */
class OpenApiContractTest {
    static final OpenApiDocument DOC = OpenApiDocument.load();
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
    void servesExactlyTheDocumentedRoutes() {
        assertThat(live.server.router().routes().stream()
                        .map(route -> new ContractRoutes.Route(
                                route.method(), route.template().substring(PhasegateServer.BASE.length())))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(DOC.routes());
    }

    @ParameterizedTest
    @CsvSource({
        "/meta, /meta, 200",
        "/boards, /boards, 200",
        "/boards/7/sprints, /boards/{boardId}/sprints, 200",
        "/boards/8/sprints, /boards/{boardId}/sprints, 404",
        "/boards/7/health, /boards/{boardId}/health, 200",
        "/boards/7/health?sprint=101, /boards/{boardId}/health, 200",
        "/boards/7/health?sprint=last-closed&capacity=35.5, /boards/{boardId}/health, 200",
        "/boards/7/health?sprint=105, /boards/{boardId}/health, 400",
        "/boards/7/health?sprint=soon, /boards/{boardId}/health, 400",
        "/boards/7/health?capacity=-3, /boards/{boardId}/health, 400",
        "/boards/7/health?sprint=999, /boards/{boardId}/health, 404",
        "/boards/x/health, /boards/{boardId}/health, 404",
        "/boards/7/coverage?sprint=active, /boards/{boardId}/coverage, 200",
        "/boards/7/coverage?sprint=backlog, /boards/{boardId}/coverage, 200",
        "/boards/7/coverage?sprint=101, /boards/{boardId}/coverage, 200",
        "/boards/9/coverage, /boards/{boardId}/coverage, 404",
    })
    void getAnswersFitTheDocument(String url, String route, int status) {
        HttpResponse<String> response = live.get(PhasegateServer.BASE + url);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(DOC.problems("GET", route, status, response.body())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"gate\":" + ServeEndpointsTest.GATE + ",\"issueKey\":\"SHOP-7\"} | no-check | 200",
                "{\"gate\":" + ServeEndpointsTest.GATE + ",\"issueKey\":\"SHOP-7\"} | | 409",
                "{\"gate\":{\"rules\":[]},\"issueKey\":\"SHOP-7\"} | no-check | 400",
                "{\"gate\":" + ServeEndpointsTest.GATE + ",\"issueKey\":\"SHOP-99999\"} | no-check | 404",
                "not json | no-check | 400",
            })
    void dryRunAnswersFitTheDocument(String body, String token, int status) {
        HttpResponse<String> response = token == null
                ? live.post("/gates/dry-run", body)
                : live.post("/gates/dry-run", body, "X-Atlassian-Token", token);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(DOC.problems("POST", "/gates/dry-run", status, response.body()))
                .isEmpty();
    }
}
