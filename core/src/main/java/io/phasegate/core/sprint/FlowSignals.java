package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.SprintLedger.keys;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Warning signs inside a sprint: blockers (M18), stale work (M19) and boomerangs (M20). */
public final class FlowSignals {
    private final SprintLedger ledger;
    private final WorkCalendar calendar;
    private final SprintHealthSettings settings;

    public FlowSignals(SprintLedger ledger, WorkCalendar calendar, SprintHealthSettings settings) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** M18, M19 and M20 in order. */
    public List<MetricResult> all() {
        return List.of(blockers(), staleWork(), boomerangs());
    }

    /** M18: open issues flagged or in a blocked status at τ; each issue's blocked time as a note. */
    public MetricResult blockers() {
        Instant tau = ledger.observedEnd();
        List<ScopeItem> blocked = open().stream()
                .filter(item -> blockedAt(ledger.timeline(item.key()), tau))
                .toList();
        List<String> notes = new ArrayList<>();
        for (ScopeItem item : ledger.items()) {
            Duration time = blockedTime(item);
            if (!time.isZero()) {
                notes.add("blocked-time:" + item.key() + ":" + time);
            }
        }
        return new MetricResult("M18", 1, BigDecimal.valueOf(blocked.size()), Units.ISSUES, keys(blocked), notes);
    }

    /** Time within the sprint during which the issue was flagged or in a blocked status. */
    public Duration blockedTime(ScopeItem item) {
        IssueTimeline timeline = ledger.timeline(item.key());
        Instant end = item.removed() ? item.exit() : ledger.observedEnd();
        List<Instant> cuts = new ArrayList<>();
        cuts.add(item.entry());
        for (IssueChange change : timeline.history().changes()) {
            Instant at = change.at();
            if ((change instanceof FlagChange || change instanceof StatusChange)
                    && at.isAfter(item.entry())
                    && at.isBefore(end)) {
                cuts.add(at);
            }
        }
        cuts.add(end);
        Duration total = Duration.ZERO;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            if (blockedAt(timeline, cuts.get(i))) {
                total = total.plus(Duration.between(cuts.get(i), cuts.get(i + 1)));
            }
        }
        return total;
    }

    /** M19: open issues in an in-progress column without a status change for ≥ k working days. */
    public MetricResult staleWork() {
        Instant tau = ledger.observedEnd();
        BigDecimal threshold = BigDecimal.valueOf(settings.staleAfterWorkingDays());
        List<ScopeItem> stale = open().stream()
                .filter(item ->
                        ledger.board().isInProgress(ledger.timeline(item.key()).statusAt(tau)))
                .filter(item -> calendar.workingDaysBetween(lastStatusChange(item, tau), tau)
                                .compareTo(threshold)
                        >= 0)
                .toList();
        return new MetricResult(
                "M19",
                1,
                BigDecimal.valueOf(stale.size()),
                Units.ISSUES,
                keys(stale),
                List.of("threshold-working-days:" + settings.staleAfterWorkingDays()));
    }

    /** M20: share of scope issues with at least one backward column move during the sprint. */
    public MetricResult boomerangs() {
        List<ScopeItem> items = ledger.items();
        List<ScopeItem> boomerangs = new ArrayList<>();
        long moves = 0;
        for (ScopeItem item : items) {
            long backward = backwardMoves(item);
            moves += backward;
            if (backward > 0) {
                boomerangs.add(item);
            }
        }
        BigDecimal value = Ratio.of(boomerangs.size(), items.size());
        List<String> notes = new ArrayList<>(List.of("backward-moves:" + moves, "denominator:scope-issues"));
        if (value == null) {
            notes.add("no-scope");
        }
        return new MetricResult("M20", 1, value, Units.RATIO, keys(boomerangs), notes);
    }

    /** The number of status changes in the sprint that moved the issue to an earlier board column. */
    public long backwardMoves(ScopeItem item) {
        BoardConfig board = ledger.board();
        Instant end = item.removed() ? item.exit() : ledger.observedEnd();
        long moves = 0;
        for (StatusChange change : ledger.timeline(item.key()).statusChangesIn(item.entry(), end)) {
            int to = board.columnOf(change.to());
            if (to >= 0 && to < board.columnOf(change.from())) {
                moves++;
            }
        }
        return moves;
    }

    private List<ScopeItem> open() {
        return ledger.finalScope().stream()
                .filter(item -> !item.done() && !item.closedNotDelivered())
                .toList();
    }

    private boolean blockedAt(IssueTimeline timeline, Instant t) {
        return timeline.flaggedAt(t) || settings.blockedStatuses().contains(timeline.statusAt(t));
    }

    private Instant lastStatusChange(ScopeItem item, Instant tau) {
        IssueTimeline timeline = ledger.timeline(item.key());
        List<StatusChange> changes = timeline.statusChangesIn(Instant.MIN, tau);
        return changes.isEmpty()
                ? timeline.history().created()
                : changes.get(changes.size() - 1).at();
    }
}
