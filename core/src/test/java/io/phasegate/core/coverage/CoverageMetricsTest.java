package io.phasegate.core.coverage;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageMetricsTest {
    static final FieldRef POINTS = FieldRef.of("customfield_10016");
    static final FieldRef AC = FieldRef.of("customfield_10100");
    static final StoryPointsRule POINTS_RULE = new StoryPointsRule(POINTS, StoryPointsPolicy.ISSUE, false);
    static final AcceptanceCriteriaRule AC_RULE = new AcceptanceCriteriaRule(new CriteriaSource.Field(AC), 1, false);
    static final TestCoverageRule TEST_RULE =
            new TestCoverageRule(Set.of("Tests"), Set.of("Test"), Set.of("Obsolete"), Optional.empty(), 1);

    private final CoverageMetrics metrics =
            new CoverageMetrics(EligibleSet.allStandardTypes(), MisconfigurationPolicy.BLOCK);

    /** PG-1 ready; PG-2 0 points, TBD criteria; PG-3 no points, obsolete test only, Done; an epic and a sub-task. */
    static List<IssueSnapshot> issues() {
        return List.of(
                anIssue("PG-1")
                        .with(POINTS, 5)
                        .with(AC, FieldValue.wiki("* Invoices export as CSV"))
                        .testedBy(linkedIssue("PG-90", "Test", "Open"))
                        .build(),
                anIssue("PG-2")
                        .with(POINTS, 0)
                        .with(AC, FieldValue.wiki("* TBD"))
                        .testedBy(linkedIssue("PG-91", "Test", "Passed"))
                        .build(),
                anIssue("PG-3")
                        .withoutValue(POINTS)
                        .withoutValue(AC)
                        .status("Done", StatusCategory.DONE)
                        .testedBy(linkedIssue("PG-92", "Test", "Obsolete"))
                        .build(),
                anIssue("PG-4")
                        .type("Epic")
                        .withoutValue(POINTS)
                        .withoutValue(AC)
                        .build(),
                aSubtask("PG-5").withoutValue(POINTS).withoutValue(AC).build());
    }

    @Test
    void m35CountsOnlyIssuesThatPassTheStoryPointsRuleAndKeepsZeroApartFromMissing() {
        CoverageResult m35 = metrics.storyPoints(POINTS_RULE, issues());

        assertThat(m35.value()).isEqualByComparingTo("0.3333");
        assertThat(m35.measured()).isEqualTo(3);
        assertThat(m35.offending()).extracting(IssueKey::value).containsExactly("PG-2", "PG-3");
        assertThat(m35.notes()).contains("zero-estimates:1", "not-eligible:2", "offending-done:1");
        assertThat(m35.byRule()).singleElement().satisfies(rule -> {
            assertThat(rule.family()).isEqualTo(RuleId.STORY_POINTS);
            assertThat(rule.rule()).isEqualTo(POINTS_RULE.toString());
        });
    }

    @Test
    void m36UsesTheAcceptanceCriteriaRuleSoPlaceholdersAreNotCoverage() {
        CoverageResult m36 = metrics.acceptanceCriteria(AC_RULE, issues());

        assertThat(m36.value()).isEqualByComparingTo("0.3333");
        assertThat(m36.offending()).extracting(IssueKey::value).containsExactly("PG-2", "PG-3");
    }

    @Test
    void m37IgnoresTestsInAnIgnoredStatus() {
        CoverageResult m37 = metrics.functionalTests(TEST_RULE, issues());

        assertThat(m37.value()).isEqualByComparingTo("0.6667");
        assertThat(m37.offending()).containsExactly(IssueKey.of("PG-3"));
        assertThat(m37.toMetric().id()).isEqualTo("M37");
    }

    @Test
    void coverageOfNoIssuesIsUndefinedNotZeroOrOne() {
        CoverageResult empty = metrics.storyPoints(POINTS_RULE, List.of());

        assertThat(empty.defined()).isFalse();
        assertThat(empty.notes()).contains("no-issues");
        assertThat(empty.byRule().get(0).value()).isNull();
    }

    @Test
    void aMisconfiguredRuleCountsAsTheGatePolicySays() {
        IssueSnapshot noSuchField = anIssue("PG-7").build();
        CoverageMetrics allowing = new CoverageMetrics(EligibleSet.allStandardTypes(), MisconfigurationPolicy.ALLOW);

        CoverageResult blocked = metrics.storyPoints(POINTS_RULE, List.of(noSuchField));
        CoverageResult allowed = allowing.storyPoints(POINTS_RULE, List.of(noSuchField));

        assertThat(blocked.value()).isEqualByComparingTo("0");
        assertThat(allowed.value()).isEqualByComparingTo("1");
        assertThat(allowed.byRule().get(0).misconfigured()).containsExactly(IssueKey.of("PG-7"));
    }

    @Test
    void eligibleTypesLimitWhatIsMeasured() {
        CoverageMetrics storiesOnly =
                new CoverageMetrics(new EligibleSet(Set.of("Task")), MisconfigurationPolicy.BLOCK);

        assertThat(storiesOnly.storyPoints(POINTS_RULE, issues()).defined()).isFalse();
    }

    @Test
    void m39IsTheShareOfCommittedIssuesThatPassedEveryReadinessRuleWithAPointsWeightedVariant() {
        PhaseGate ready =
                new PhaseGate("Ready", List.of(POINTS_RULE, AC_RULE, TEST_RULE), MisconfigurationPolicy.BLOCK);
        List<IssueSnapshot> committed = issues().subList(0, 3);
        Map<IssueKey, BigDecimal> points =
                Map.of(IssueKey.of("PG-1"), BigDecimal.valueOf(5), IssueKey.of("PG-3"), BigDecimal.valueOf(3));

        CoverageResult m39 = metrics.readyAtCommitment(ready, committed, points);

        assertThat(m39.value()).isEqualByComparingTo("0.3333");
        assertThat(m39.notes()).contains("gate:Ready", "points-weighted:0.6250");
        assertThat(m39.byRule())
                .extracting(RuleCoverage::family)
                .containsExactly(RuleId.STORY_POINTS, RuleId.ACCEPTANCE_CRITERIA, RuleId.TEST_COVERAGE);
        assertThat(m39.byRule().get(2).offending()).containsExactly(IssueKey.of("PG-3"));
    }

    @Test
    void m41WeighsCoverageByDeliveredPoints() {
        Map<IssueKey, BigDecimal> points = Map.of(
                IssueKey.of("PG-1"), BigDecimal.valueOf(5),
                IssueKey.of("PG-2"), BigDecimal.valueOf(3),
                IssueKey.of("PG-3"), BigDecimal.valueOf(2));
        List<GateRule> tests = List.of(TEST_RULE);

        CoverageResult m41 = metrics.deliveredValue("tests", tests, issues(), points);

        assertThat(m41.value()).isEqualByComparingTo("0.8");
        assertThat(m41.notes()).contains("basis:tests");
        assertThat(m41.offending()).containsExactly(IssueKey.of("PG-3"));
    }

    @Test
    void m41WithoutDeliveredPointsIsUndefined() {
        CoverageResult m41 = metrics.deliveredValue("tests", List.of(TEST_RULE), issues(), Map.of());

        assertThat(m41.defined()).isFalse();
        assertThat(m41.notes()).contains("no-delivered-points");
    }
}
