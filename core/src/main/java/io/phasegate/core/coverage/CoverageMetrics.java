package io.phasegate.core.coverage;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.message.MessageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Coverage metrics (M35–M37, M39, M41 of {@code docs/metrics.md} §H) computed by evaluating the
 * readiness rules of {@code io.phasegate.core.gate.rules} on issue snapshots, so that an issue is
 * covered exactly when it would pass the gate rule. The snapshots are taken as given: the caller
 * picks the instant (t0 for readiness, Done for the definition of done).
 */
public final class CoverageMetrics {
    private final EligibleSet eligible;
    private final MisconfigurationPolicy policy;

    /** @param policy how a rule that cannot judge an issue counts, as in the gate being measured */
    public CoverageMetrics(EligibleSet eligible, MisconfigurationPolicy policy) {
        this.eligible = Objects.requireNonNull(eligible, "eligible");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * M35: the share of eligible issues that pass the story-points rule. The gate rule asks for more
     * than 0, so an estimate of 0 is not covered here; such issues are counted in {@code
     * zero-estimates} so that "estimated as 0" stays distinguishable from "not estimated".
     */
    public CoverageResult storyPoints(StoryPointsRule rule, List<IssueSnapshot> issues) {
        GateCoverage coverage = evaluate(List.of(rule), issues);
        long zero = coverage.verdicts().stream()
                .filter(verdict -> hasViolation(verdict, MessageKey.STORY_POINTS_NOT_POSITIVE))
                .count();
        return countResult("M35", coverage, issues, List.of("zero-estimates:" + zero));
    }

    /** M36: the share of eligible issues whose acceptance criteria pass the rule (present and non-trivial). */
    public CoverageResult acceptanceCriteria(AcceptanceCriteriaRule rule, List<IssueSnapshot> issues) {
        return countResult("M36", evaluate(List.of(rule), issues), issues, List.of());
    }

    /** M37: the share of eligible issues with enough linked tests not in an ignored status. */
    public CoverageResult functionalTests(TestCoverageRule rule, List<IssueSnapshot> issues) {
        return countResult("M37", evaluate(List.of(rule), issues), issues, List.of());
    }

    /**
     * M39: the share of the committed issues that passed every rule of the definition of ready at
     * t0, with the points-weighted variant as a note.
     *
     * @param committedAtT0 the committed issues as they were at t0
     * @param pointsAtT0 E(i, t0) per issue; an issue without an entry weighs 0 (G7)
     */
    public CoverageResult readyAtCommitment(
            PhaseGate definitionOfReady, List<IssueSnapshot> committedAtT0, Map<IssueKey, BigDecimal> pointsAtT0) {
        List<IssueSnapshot> committed =
                committedAtT0.stream().filter(issue -> !issue.subtask()).toList();
        GateCoverage coverage = new GateCoverage(definitionOfReady.rules(), policy, committed);
        BigDecimal weighted = weighted(coverage, committed, pointsAtT0);
        List<String> notes = new ArrayList<>(List.of("gate:" + definitionOfReady.name()));
        notes.add("points-weighted:" + (weighted == null ? "none" : weighted.toPlainString()));
        return result("M39", Shares.of(covered(coverage, committed), committed.size()), coverage, committed, notes);
    }

    /**
     * M41: Σ E over delivered issues that pass the rules ÷ Σ E over all delivered issues, for one
     * basis such as acceptance criteria, tests or the definition of ready.
     *
     * @param basis the name printed in the notes, such as {@code acceptance-criteria}
     * @param delivered the delivered issues (D) as snapshots
     * @param points E(i, t1) per delivered issue, for example from {@link DeliveredPoints}
     */
    public CoverageResult deliveredValue(
            String basis, List<GateRule> rules, List<IssueSnapshot> delivered, Map<IssueKey, BigDecimal> points) {
        List<IssueSnapshot> measured =
                delivered.stream().filter(eligible::contains).toList();
        GateCoverage coverage = new GateCoverage(rules, policy, measured);
        List<String> notes = new ArrayList<>(List.of("basis:" + basis, "weight:points-at-end"));
        BigDecimal value = weighted(coverage, measured, points);
        if (value == null) {
            notes.add("no-delivered-points");
        }
        return result("M41", value, coverage, measured, notes);
    }

    private GateCoverage evaluate(List<GateRule> rules, List<IssueSnapshot> issues) {
        return new GateCoverage(
                rules, policy, issues.stream().filter(eligible::contains).toList());
    }

    private CoverageResult countResult(
            String id, GateCoverage coverage, List<IssueSnapshot> issues, List<String> extraNotes) {
        List<IssueSnapshot> measured =
                issues.stream().filter(eligible::contains).toList();
        List<String> notes = new ArrayList<>(extraNotes);
        notes.add("not-eligible:" + (issues.size() - measured.size()));
        return result(id, Shares.of(covered(coverage, measured), measured.size()), coverage, measured, notes);
    }

    private static CoverageResult result(
            String id, BigDecimal value, GateCoverage coverage, List<IssueSnapshot> measured, List<String> notes) {
        List<String> all = new ArrayList<>(notes);
        all.add("measured:" + measured.size());
        long offendingDone = measured.stream()
                .filter(issue -> !coverage.covered(issue) && issue.statusCategory() == StatusCategory.DONE)
                .count();
        all.add("offending-done:" + offendingDone);
        if (value == null) {
            all.add("no-issues");
        }
        return new CoverageResult(id, value, measured.size(), coverage.offending(), coverage.byRule(), all);
    }

    private static long covered(GateCoverage coverage, List<IssueSnapshot> issues) {
        return issues.stream().filter(coverage::covered).count();
    }

    private static BigDecimal weighted(
            GateCoverage coverage, List<IssueSnapshot> issues, Map<IssueKey, BigDecimal> points) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        for (IssueSnapshot issue : issues) {
            BigDecimal weight = points.getOrDefault(issue.key(), BigDecimal.ZERO);
            total = total.add(weight);
            if (coverage.covered(issue)) {
                covered = covered.add(weight);
            }
        }
        return Shares.of(covered, total);
    }

    private static boolean hasViolation(GateVerdict verdict, MessageKey key) {
        return verdict.violations().stream()
                .anyMatch(violation -> violation.message().key() == key);
    }
}
