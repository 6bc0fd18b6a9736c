package io.phasegate.core.bench;

import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.issue.IssueSnapshot;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one gate evaluation takes on a large issue: the six-rule gate of {@link
 * GateBenchmarkFixture} on a Story with 50 sub-tasks and 200 links, blocked and passing, plus
 * parsing that gate's configuration tree. The target is a p99 of at most 50 µs per evaluation.
 *
 * <p>Not a unit test and not run by Surefire; run it with JMH as described in {@code
 * docs/benchmarks.md}. Sample time mode records single calls, so JMH reports percentiles.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class GateEvaluationBenchmark {

    private PhaseGate gate;
    private IssueSnapshot blockingIssue;
    private IssueSnapshot passingIssue;
    private Map<String, Object> configTree;
    private GateConfigParser parser;

    @Setup
    public void setUp() {
        gate = GateBenchmarkFixture.gate();
        blockingIssue = GateBenchmarkFixture.blockingIssue();
        passingIssue = GateBenchmarkFixture.passingIssue();
        configTree = GateBenchmarkFixture.configTree();
        parser = new GateConfigParser();
    }

    /** The worst case: every rule walks all sub-tasks or links, and three rules build violation messages. */
    @Benchmark
    public GateVerdict evaluateBlockingIssue() {
        return gate.evaluate(blockingIssue);
    }

    @Benchmark
    public GateVerdict evaluatePassingIssue() {
        return gate.evaluate(passingIssue);
    }

    /** Reading the gate from its configuration tree, as a workflow validator does with its arguments. */
    @Benchmark
    public PhaseGate parseGateConfig() {
        return parser.parse(configTree);
    }
}
