package io.phasegate.standalone.check;

import static io.phasegate.standalone.check.Cli.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A Jira Cloud issue from REST API v3: rich text is ADF, and Cloud has both "Story point estimate"
 * (team-managed, customfield_10016 here) and a separate "Story Points" field.
 */
class CheckCloudTest {
    private final Cli.Run run =
            Cli.run("check", "--gate", file("check/cloud.json"), "--issue", file("rest/cloud-v3-story.json"));

    @Test
    void eachNameResolvesToItsOwnFieldAndOnlyTheEmptyOneIsAViolation() {
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode violations = run.json().get("violations");
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.get("rule").asText()).isEqualTo("story-points");
            assertThat(violation.get("field").asText()).isEqualTo("customfield_10070");
            assertThat(violation.get("fieldName").asText()).isEqualTo("Story Points");
            assertThat(violation.get("message").asText())
                    .isEqualTo("SHOP-17 has no story points. Enter a number greater than 0 in field Story Points.");
        });
    }

    @Test
    void anAdfFieldWithTextCountsAsPresent() {
        assertThat(run.json().get("misconfigurations")).isEmpty();
        assertThat(run.json().get("violations"))
                .noneSatisfy(
                        violation -> assertThat(violation.get("field").asText()).isEqualTo("customfield_10050"));
        assertThat(run.json().get("issue").get("summary").asText()).isEqualTo("Save the cart");
        assertThat(run.err()).isEmpty();
    }
}
