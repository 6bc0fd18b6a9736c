package io.phasegate.core.app;

import io.phasegate.core.coverage.CoverageMetrics;
import io.phasegate.core.coverage.CoverageResult;
import io.phasegate.core.coverage.EligibleSet;
import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.sprint.MetricResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The readiness-coverage use case: measures a set of issues (a sprint's or the backlog's) against
 * a readiness gate. M35–M37 use the gate's first rule of their kind and are undefined ({@code
 * no-rule}) when the gate has none; M39 and M41 use the whole gate. The issues are taken as they
 * are now ({@code as-of:now}): field values are not replayed to the sprint start.
 */
public final class MeasureReadiness {
    private final PhaseGate gate;
    private final CoverageMetrics coverage;
    private final EligibleSet eligible;

    public MeasureReadiness(PhaseGate gate, EligibleSet eligible) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.eligible = Objects.requireNonNull(eligible, "eligible");
        this.coverage = new CoverageMetrics(eligible, gate.onMisconfiguration());
    }

    /**
     * Coverage of {@code issues}.
     *
     * @param points each issue's current estimate in points, for the weighted M39 and M41; missing means 0
     */
    public ReadinessView measure(List<IssueSnapshot> issues, Map<IssueKey, BigDecimal> points) {
        List<MetricResult> metrics = new ArrayList<>();
        metrics.add(byRule("M35", StoryPointsRule.class, rule -> coverage.storyPoints(rule, issues)));
        metrics.add(byRule("M36", AcceptanceCriteriaRule.class, rule -> coverage.acceptanceCriteria(rule, issues)));
        metrics.add(byRule("M37", TestCoverageRule.class, rule -> coverage.functionalTests(rule, issues)));
        metrics.add(asOfNow(coverage.readyAtCommitment(gate, issues, points)));
        List<IssueSnapshot> done = issues.stream()
                .filter(issue -> issue.statusCategory() == StatusCategory.DONE)
                .toList();
        metrics.add(asOfNow(coverage.deliveredValue("gate:" + gate.name(), gate.rules(), done, points)));
        return new ReadinessView(gate, issues.size(), metrics, offenders(issues));
    }

    private <R extends GateRule> MetricResult byRule(String id, Class<R> kind, Function<R, CoverageResult> measure) {
        return gate.rules().stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .findFirst()
                .map(rule -> asOfNow(measure.apply(rule)))
                .orElseGet(() -> new MetricResult(id, 1, null, "ratio", List.of(), List.of("no-rule")));
    }

    private static MetricResult asOfNow(CoverageResult result) {
        MetricResult metric = result.toMetric();
        List<String> notes = new ArrayList<>(metric.notes());
        notes.add("as-of:now");
        return new MetricResult(
                metric.id(), metric.formulaVersion(), metric.value(), metric.unit(), metric.issues(), notes);
    }

    private List<Offender> offenders(List<IssueSnapshot> issues) {
        List<Offender> offenders = new ArrayList<>();
        for (IssueSnapshot issue : issues) {
            if (!eligible.contains(issue)) {
                continue;
            }
            GateVerdict verdict = gate.evaluate(issue);
            if (!verdict.violations().isEmpty()) {
                offenders.add(new Offender(issue.key(), issue.summary(), verdict.violations()));
            }
        }
        return offenders;
    }
}
