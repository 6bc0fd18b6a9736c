package io.phasegate.core.sprint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sprint-health engine for one board: given its sprints, its issues' histories, its
 * configuration and calendar, it computes the metrics M1–M13, M15–M20, the flow metrics M22–M26b,
 * the work mix M27–M28 and the people-load risk M29 of a sprint.
 */
public final class SprintHealth {
    private final BoardSprints sprints;
    private final List<IssueHistory> issues;
    private final BoardConfig board;
    private final WorkCalendar calendar;
    private final SprintHealthSettings settings;
    private final Clock clock;
    private final FlowSettings flow;
    private final TeamCapacity capacity;
    private final FrozenScope frozen;

    /** An engine with the default flow settings and no known capacity (M29 reports "no-capacity"). */
    public SprintHealth(
            BoardSprints sprints,
            List<IssueHistory> issues,
            BoardConfig board,
            WorkCalendar calendar,
            SprintHealthSettings settings,
            Clock clock) {
        this(sprints, issues, board, calendar, settings, clock, FlowSettings.defaults(), TeamCapacity.unknown());
    }

    public SprintHealth(
            BoardSprints sprints,
            List<IssueHistory> issues,
            BoardConfig board,
            WorkCalendar calendar,
            SprintHealthSettings settings,
            Clock clock,
            FlowSettings flow,
            TeamCapacity capacity) {
        this.sprints = Objects.requireNonNull(sprints, "sprints");
        this.issues = List.copyOf(issues);
        this.board = Objects.requireNonNull(board, "board");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.flow = Objects.requireNonNull(flow, "flow");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.frozen = FrozenScope.NONE;
    }

    private SprintHealth(SprintHealth source, FrozenScope frozen) {
        this.sprints = source.sprints;
        this.issues = source.issues;
        this.board = source.board;
        this.calendar = source.calendar;
        this.settings = source.settings;
        this.clock = source.clock;
        this.flow = source.flow;
        this.capacity = source.capacity;
        this.frozen = Objects.requireNonNull(frozen, "frozen");
    }

    /**
     * This engine with every ledger — the sprint's and the earlier sprints' behind the rolling
     * metrics — passed through {@code frozen}, which swaps in stored snapshots (G2, G9).
     */
    public SprintHealth withFrozenScope(FrozenScope frozen) {
        return new SprintHealth(this, frozen);
    }

    /** The sprint's ledger: reconstructed from the changelogs, then passed through the frozen scope. */
    public SprintLedger ledger(SprintSnapshot sprint) {
        return frozen.apply(SprintLedger.build(sprint, issues, board, settings, clock));
    }

    /** All metrics of a started sprint. */
    public SprintHealthReport evaluate(SprintSnapshot sprint) {
        SprintLedger ledger = ledger(sprint);
        List<SprintLedger> earlier = sprints.closedBefore(sprint, ledger.t0(), settings.rollingWindow()).stream()
                .map(this::ledger)
                .toList();
        List<MetricResult> metrics = new ArrayList<>(new ScopeMetrics(ledger, calendar).all());
        CarryOver carryOver = new CarryOver(ledger, sprints);
        metrics.add(carryOver.carryOverIn());
        metrics.add(carryOver.spillOverOut());
        metrics.addAll(new DeliveryMetrics(ledger, earlier, calendar, settings.rollingWindow()).all());
        metrics.addAll(new ProgressMetrics(ledger, calendar, settings).all());
        metrics.addAll(new FlowSignals(ledger, calendar, settings).all());
        List<IssueFlow> reference = new ArrayList<>();
        earlier.forEach(previous -> reference.addAll(new FlowMetrics(previous, calendar, flow, List.of()).completed()));
        metrics.addAll(new FlowMetrics(ledger, calendar, flow, reference).all());
        metrics.addAll(new WorkMix(ledger, flow).all());
        metrics.add(new PeopleLoad(ledger, flow, capacity).load());
        return new SprintHealthReport(ledger, metrics);
    }
}
