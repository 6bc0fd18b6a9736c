package io.phasegate.core.gate.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.RuleId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateConfigSchemaTest {

    @Test
    void describesEveryRuleKindWithTheKeysTheParserAllows() {
        Map<String, Object> tree = GateConfigSchema.tree();

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> rules = (Map<String, Map<String, Object>>) tree.get("rules");
        assertThat(rules.keySet())
                .containsExactly(
                        "story-points",
                        "acceptance-criteria",
                        "test-coverage",
                        "field-present",
                        "linked-issue",
                        "subtasks-present");
        assertThat(rules.get("acceptance-criteria").get("allowedKeys"))
                .isEqualTo(List.of("rule", "source", "field", "heading", "minItems", "givenWhenThen"));
        assertThat(rules.get("test-coverage").get("needsOneOf"))
                .isEqualTo(List.of("linkTypes", "testIssueTypes", "field"));
        assertThat(tree.get("misconfigurationPolicies")).isEqualTo(List.of("block", "allow"));
    }

    @Test
    void describesConditionsAndInferenceOfTheCriteriaSource() {
        List<RuleSetting> settings =
                GateConfigSchema.forRule(RuleId.ACCEPTANCE_CRITERIA).settings();

        assertThat(settings.get(0).inferred()).contains(new RuleSetting.Inference("description", "heading", "field"));
        assertThat(settings.get(2).onlyWhen())
                .contains(new RuleSetting.Condition("source", "description", "\"field\""));
        assertThat(settings.get(2).fallback()).isEqualTo("Acceptance Criteria");
    }

    @Test
    void whitespaceIsWhatJavaStrips() {
        String whitespace = GateConfigSchema.whitespace();

        assertThat(whitespace).contains(" ", "\t", "\u2003", "\u3000").doesNotContain("\u00a0", "\u2007", "\u202f");
        assertThat(("x" + whitespace).strip()).isEqualTo("x");
    }
}
