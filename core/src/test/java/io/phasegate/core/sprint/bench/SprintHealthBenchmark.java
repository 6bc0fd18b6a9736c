package io.phasegate.core.sprint.bench;

import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.SprintHealth;
import io.phasegate.core.sprint.SprintHealthReport;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.WorkCalendar;
import io.phasegate.core.sprint.generator.SyntheticBoard;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One sprint of a synthetic board with 1,000 planned issues (plus their sub-tasks and mid-sprint
 * bugs) and about 100,000 changelog entries: the ledger and every sprint-health metric, in the
 * generator's UTC calendar and in a Europe/Berlin one. See
 * {@code docs/benchmarks-sprint.md} for the command and the measured numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SprintHealthBenchmark {
    /** Chosen so the generated changelog holds about 100,000 entries (printed at setup). */
    static final int EVENTS_PER_ISSUE = 117;

    private SprintHealth health;
    private SprintSnapshot sprint;
    private SprintHealth berlin;

    @Setup
    public void generate() {
        SyntheticBoard board = SyntheticBoard.generate(2026, 1, 1_000, EVENTS_PER_ISSUE);
        health = board.health();
        sprint = board.sprints().get(0);
        // The same board under a calendar with daylight saving, which takes WorkCalendar's zoned path.
        berlin = new SprintHealth(
                new BoardSprints(board.sprints()),
                board.issues(),
                SyntheticBoard.boardConfig(),
                WorkCalendar.mondayToFriday(ZoneId.of("Europe/Berlin")),
                SprintHealthSettings.defaults(),
                board.clock());
        System.out.println("issues=" + board.issues().size() + " changelog=" + board.changelogSize());
    }

    @Benchmark
    public SprintHealthReport ledgerAndAllMetrics() {
        return health.evaluate(sprint);
    }

    @Benchmark
    public SprintHealthReport ledgerAndAllMetricsBerlin() {
        return berlin.evaluate(sprint);
    }
}
