package io.phasegate.contract.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.contract.ContractRoutes;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
    static final OpenApiDocument DOC = OpenApiDocument.load();

    @Test
    void documentsEveryRouteOfTheContractAndNoOther() {
        assertThat(DOC.routes()).containsExactlyInAnyOrderElementsOf(ContractRoutes.ALL);
    }

    @Test
    void isOpenApi30() {
        assertThat(DOC.tree().path("openapi").asText()).startsWith("3.0.");
    }

    @Test
    void refusesAnAnswerThatLeavesTheContract() {
        assertThat(DOC.problems("GET", "/meta", 200, "{\"version\":\"1\",\"chartJs\":\"/x.js\",\"mode\":\"jira\"}"))
                .isEmpty();
        assertThat(DOC.problems("GET", "/meta", 200, "{\"version\":\"1\",\"chartJs\":\"/x.js\",\"mode\":\"other\"}"))
                .isNotEmpty();
        assertThat(DOC.problems(
                        "GET", "/meta", 200, "{\"version\":\"1\",\"chartJs\":\"/x.js\",\"mode\":\"jira\",\"x\":1}"))
                .isNotEmpty();
        assertThat(DOC.problems("GET", "/meta", 418, "{}")).containsExactly("GET /meta does not document status 418");
    }

    @Test
    void understandsNullable() {
        assertThat(DOC.problems("GET", "/boards", 200, "{\"boards\":[{\"id\":7,\"name\":\"B\",\"project\":null}]}"))
                .isEmpty();
        assertThat(DOC.problems("GET", "/boards", 200, "{\"boards\":[{\"id\":7,\"name\":null,\"project\":null}]}"))
                .isNotEmpty();
    }
}
