package io.phasegate.core.app;

import io.phasegate.core.snapshot.FrozenSprints;
import io.phasegate.core.snapshot.SnapshotBasis;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.BurnUp;
import io.phasegate.core.sprint.FlowSettings;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintHealth;
import io.phasegate.core.sprint.SprintHealthReport;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.core.sprint.TeamCapacity;
import io.phasegate.core.sprint.WorkCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sprint-health use case for one board: picks a sprint, computes its metrics and its burn-up.
 * Adapters (the Jira plugin's REST resource, {@code phasegate serve}) supply the board's data, the
 * clock and the snapshot store, and render the {@link SprintHealthView}. A closed sprint with a
 * stored close snapshot is reported from it, and missing snapshots are taken ({@link FrozenSprints}).
 */
public final class AssessSprintHealth {
    private final BoardSprints sprints;
    private final List<IssueHistory> issues;
    private final BoardConfig board;
    private final WorkCalendar calendar;
    private final SprintHealthSettings settings;
    private final Clock clock;
    private final SnapshotStore store;

    /** Without stored snapshots: every sprint is reconstructed from the changelogs. */
    public AssessSprintHealth(
            BoardSprints sprints,
            List<IssueHistory> issues,
            BoardConfig board,
            WorkCalendar calendar,
            SprintHealthSettings settings,
            Clock clock) {
        this(sprints, issues, board, calendar, settings, clock, SnapshotStore.DISABLED);
    }

    public AssessSprintHealth(
            BoardSprints sprints,
            List<IssueHistory> issues,
            BoardConfig board,
            WorkCalendar calendar,
            SprintHealthSettings settings,
            Clock clock,
            SnapshotStore store) {
        this.sprints = Objects.requireNonNull(sprints, "sprints");
        this.issues = List.copyOf(issues);
        this.board = Objects.requireNonNull(board, "board");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The sprint a pick names on this board; empty when there is none. */
    public Optional<SprintSnapshot> find(SprintPick pick) {
        return pick.find(sprints.sprints());
    }

    /**
     * The health of a started sprint.
     *
     * @param teamCapacity the team's capacity in points for M29, shared evenly by the people with
     *     work in the sprint; empty when unknown
     * @throws IllegalArgumentException when the sprint has not started
     */
    public SprintHealthView assess(SprintSnapshot sprint, Optional<BigDecimal> teamCapacity) {
        if (sprint.state() == SprintState.FUTURE) {
            throw new IllegalArgumentException("sprint " + sprint.id() + " has not started");
        }
        FrozenSprints frozen = new FrozenSprints(store, SnapshotBasis.of(board, settings), clock);
        SprintHealth plain = engine(TeamCapacity.unknown(), frozen);
        // The people who share the capacity come from the sprint's ledger; without a capacity the
        // ledger is built once, by evaluate, not twice.
        SprintHealth engine = teamCapacity
                .map(points -> engine(TeamCapacities.evenly(points, plain.ledger(sprint)), frozen))
                .orElse(plain);
        SprintHealthReport report = engine.evaluate(sprint);
        return new SprintHealthView(
                sprint, report, BurnUp.of(report.ledger(), calendar, settings), frozen.warnings(sprint.id()));
    }

    /**
     * The health of a started sprint with each person's capacity given (M29): people with work in the
     * sprint but no entry are counted as {@code no-capacity}, people with an entry but no work as
     * under capacity.
     *
     * @throws IllegalArgumentException when the sprint has not started
     */
    public SprintHealthView assess(SprintSnapshot sprint, TeamCapacity perPerson) {
        Objects.requireNonNull(perPerson, "perPerson");
        if (sprint.state() == SprintState.FUTURE) {
            throw new IllegalArgumentException("sprint " + sprint.id() + " has not started");
        }
        FrozenSprints frozen = new FrozenSprints(store, SnapshotBasis.of(board, settings), clock);
        SprintHealthReport report = engine(perPerson, frozen).evaluate(sprint);
        return new SprintHealthView(
                sprint, report, BurnUp.of(report.ledger(), calendar, settings), frozen.warnings(sprint.id()));
    }

    private SprintHealth engine(TeamCapacity capacity, FrozenSprints frozen) {
        return new SprintHealth(sprints, issues, board, calendar, settings, clock, FlowSettings.defaults(), capacity)
                .withFrozenScope(frozen);
    }
}
