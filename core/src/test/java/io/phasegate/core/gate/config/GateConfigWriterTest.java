package io.phasegate.core.gate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.LinkedIssueRule;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.testing.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateConfigWriterTest {

    private final GateConfigParser parser = new GateConfigParser();
    private final GateConfigWriter writer = new GateConfigWriter();

    @Test
    void writesEverySettingOfTheDocumentedExample() {
        PhaseGate gate = parser.parse(Json.parse(GateConfigExamples.READY_FOR_SPRINT));

        assertThat(writer.toTree(gate)).isEqualTo(Json.parse(GateConfigExamples.READY_FOR_SPRINT_WRITTEN));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameGate() {
        PhaseGate gate = new PhaseGate(
                "definition-of-ready",
                List.of(
                        new StoryPointsRule(FieldRef.of("customfield_10016"), StoryPointsPolicy.SUM_OF_SUBTASKS, true),
                        new TestCoverageRule(Set.of(), Set.of("Test", "Xray Test"), Set.of(), Optional.empty(), 3),
                        new FieldPresentRule(FieldRef.of("environment"), Optional.empty()),
                        new LinkedIssueRule(Set.of(), Set.of(), 2),
                        new SubtasksPresentRule(4, Set.of("Won't do", "Duplicate"))),
                MisconfigurationPolicy.ALLOW);

        PhaseGate reread = parser.parse(writer.toTree(gate));

        assertThat(reread).isEqualTo(gate);
        assertThat(reread.rules())
                .map(GateRule::toString)
                .isEqualTo(gate.rules().stream().map(GateRule::toString).toList());
    }

    @Test
    void acceptanceCriteriaFromTheDescriptionReadBack() {
        PhaseGate gate = new PhaseGate(
                "g",
                List.of(new AcceptanceCriteriaRule(new CriteriaSource.DescriptionSection("AC"), 3, true)),
                MisconfigurationPolicy.BLOCK);

        Map<String, Object> tree = writer.toTree(gate);

        assertThat(tree.get("rules"))
                .isEqualTo(List.of(Map.of(
                        "rule", "acceptance-criteria",
                        "source", "description",
                        "heading", "AC",
                        "minItems", 3,
                        "givenWhenThen", true)));
        assertThat(writer.toTree(parser.parse(tree))).isEqualTo(tree);
    }

    @Test
    void refusesRulesThatHaveNoConfigurationFormat() {
        GateRule custom = new GateRule() {
            @Override
            public RuleId id() {
                return RuleId.LINKED_ISSUE;
            }

            @Override
            public RuleResult evaluate(IssueSnapshot issue) {
                return RuleResult.satisfied();
            }
        };

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.toTree(new PhaseGate("g", List.of(custom), MisconfigurationPolicy.BLOCK)));
    }
}
