package io.phasegate.core.gate.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.LinkedIssueRule;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.testing.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GateConfigParserTest {

    private final GateConfigParser parser = new GateConfigParser();

    @Test
    void readsTheDocumentedExample() {
        PhaseGate gate = parser.parse(Json.parse(GateConfigExamples.READY_FOR_SPRINT));

        assertThat(gate.name()).isEqualTo("ready-for-sprint");
        assertThat(gate.onMisconfiguration()).isEqualTo(MisconfigurationPolicy.BLOCK);
        List<GateRule> rules = gate.rules();
        assertThat(rules.get(0))
                .isEqualTo(new StoryPointsRule(FieldRef.of("customfield_10016"), StoryPointsPolicy.ISSUE, false));
        AcceptanceCriteriaRule criteria = (AcceptanceCriteriaRule) rules.get(1);
        assertThat(criteria.source()).isEqualTo(new CriteriaSource.Field(FieldRef.of("customfield_10100")));
        assertThat(criteria.minItems()).isEqualTo(2);
        assertThat(criteria.requireGivenWhenThen()).isFalse();
        assertThat(rules.subList(2, 6))
                .containsExactly(
                        new TestCoverageRule(
                                Set.of("is tested by"),
                                Set.of("Test"),
                                Set.of("Obsolete"),
                                Optional.of(FieldRef.of("customfield_10200")),
                                1),
                        new FieldPresentRule(FieldRef.of("customfield_10300"), Optional.of("Architectural design")),
                        new LinkedIssueRule(Set.of("relates to"), Set.of("RFC"), 1),
                        new SubtasksPresentRule(1, Set.of("Won't do")));
    }

    @Test
    void appliesDefaults() {
        PhaseGate gate = parser.parse(
                Json.parse(
                        """
                {"gate": "g", "rules": [
                  {"rule": "story-points", "field": "customfield_10016", "policy": null},
                  {"rule": "subtasks-present"},
                  {"rule": "acceptance-criteria", "source": "description"},
                  {"rule": "acceptance-criteria", "heading": "Definition of Ready"}
                ]}
                """));

        assertThat(gate.onMisconfiguration()).isEqualTo(MisconfigurationPolicy.BLOCK);
        assertThat(gate.rules().subList(0, 2))
                .containsExactly(
                        new StoryPointsRule(FieldRef.of("customfield_10016"), StoryPointsPolicy.ISSUE, false),
                        new SubtasksPresentRule(1, Set.of()));
        assertThat(((AcceptanceCriteriaRule) gate.rules().get(2)).source())
                .isEqualTo(new CriteriaSource.DescriptionSection("Acceptance Criteria"));
        assertThat(((AcceptanceCriteriaRule) gate.rules().get(3)).source())
                .isEqualTo(new CriteriaSource.DescriptionSection("Definition of Ready"));
        assertThat(((AcceptanceCriteriaRule) gate.rules().get(3)).minItems()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "2.0", "2.00", "2E0"})
    void acceptsWholeNumbersWrittenAsDecimals(String number) {
        PhaseGate gate = parser.parse(
                Json.parse("{'gate': 'g', 'rules': [{'rule': 'subtasks-present', 'min': " + number + "}]}"));

        assertThat(gate.rules()).containsExactly(new SubtasksPresentRule(2, Set.of()));
    }

    @Test
    void acceptsEveryNumberTypeAJsonLibraryYields() {
        for (Number two : List.<Number>of(2, 2L, 2.0d, 2.0f, new BigDecimal("2"), BigInteger.TWO)) {
            Map<String, Object> rule = new LinkedHashMap<>(Map.of("rule", "subtasks-present", "min", two));
            PhaseGate gate = parser.parse(Map.of("gate", "g", "rules", List.of(rule)));

            assertThat(gate.rules())
                    .as(two.getClass().getSimpleName())
                    .containsExactly(new SubtasksPresentRule(2, Set.of()));
        }
    }
}
