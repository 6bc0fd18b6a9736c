package io.phasegate.core.bench;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.issue.IssueSnapshot;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of {@link GateEvaluationBenchmark#evaluateBlockingIssue} goes: each rule of the
 * benchmark gate alone on the blocked issue. A diagnostic aid, not a target; see {@code
 * docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RuleBreakdownBenchmark {

    /** The rules of {@link GateBenchmarkFixture#rules()}, in that order. */
    static final List<String> RULE_NAMES = List.of(
            "storyPoints", "acceptanceCriteria", "testCoverage", "designPresent", "rfcLinked", "subtasksPresent");

    @Param({"storyPoints", "acceptanceCriteria", "testCoverage", "designPresent", "rfcLinked", "subtasksPresent"})
    public String rule;

    private GateRule gateRule;
    private IssueSnapshot blockingIssue;

    @Setup
    public void setUp() {
        gateRule = GateBenchmarkFixture.rules().get(RULE_NAMES.indexOf(rule));
        blockingIssue = GateBenchmarkFixture.blockingIssue();
    }

    @Benchmark
    public RuleResult evaluateOneRuleOnBlockingIssue() {
        return gateRule.evaluate(blockingIssue);
    }
}
