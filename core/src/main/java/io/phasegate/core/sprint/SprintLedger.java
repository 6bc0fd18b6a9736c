package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A sprint's scope reconstructed from its issues' changelogs: the committed (C), added (A),
 * removed (R), final (F) and done (D) buckets between the actual start {@code t0} and the end
 * {@code t1}, with their points.
 *
 * <p>{@code F_pts = C_pts + A_pts − R_pts + Δ} holds exactly, {@code C ∪ A = F ∪ R} and {@code F ∩ R
 * = ∅}. Sub-tasks carry no points and are left out (G6); issues Done when they entered are
 * "completed outside" (G8). For a closed sprint the end state is read an instant before
 * {@code completeDate}, because closing moves unfinished issues to the next sprint at that moment.
 */
public final class SprintLedger {
    private final SprintSnapshot sprint;
    private final Instant t0;
    private final Instant t1;
    private final Instant observed;
    private final BoardConfig board;
    private final Map<IssueKey, IssueTimeline> timelines = new LinkedHashMap<>();
    private final List<ScopeItem> items = new ArrayList<>();
    private final List<IssueKey> completedOutside = new ArrayList<>();
    private final List<IssueKey> subtasks = new ArrayList<>();
    // The buckets and their points, fixed once the replay is done: every metric asks for them, often
    // several times, so they are selected and summed once instead of on each call.
    private List<ScopeItem> allItems;
    private List<ScopeItem> committed;
    private List<ScopeItem> added;
    private List<ScopeItem> removed;
    private List<ScopeItem> finalScope;
    private List<ScopeItem> done;
    private List<ScopeItem> closedNotDelivered;
    private List<IssueKey> outside;
    private List<IssueKey> subtaskKeys;
    private BigDecimal committedPoints;
    private BigDecimal addedPoints;
    private BigDecimal removedPoints;
    private BigDecimal finalPoints;
    private BigDecimal velocity;
    private BigDecimal estimateChange;
    private BigDecimal estimateIncrease;
    private BigDecimal estimateDecrease;

    private SprintLedger(SprintLedger source, Instant t0) {
        this.sprint = source.sprint;
        this.board = source.board;
        this.t0 = t0;
        this.t1 = source.t1.isBefore(t0) ? t0 : source.t1;
        this.observed = source.observed.isBefore(t0) ? t0 : source.observed;
        this.timelines.putAll(source.timelines);
    }

    private SprintLedger(SprintSnapshot sprint, BoardConfig board, SprintHealthSettings settings, Clock clock) {
        if (sprint.state() == SprintState.FUTURE) {
            throw new IllegalArgumentException("sprint " + sprint.id() + " has not started");
        }
        this.sprint = sprint;
        this.board = board;
        this.t0 = sprint.actualStart().plus(settings.grace());
        Instant end = sprint.isClosed() ? sprint.completeDate() : clock.instant();
        this.t1 = end.isBefore(t0) ? t0 : end;
        Instant beforeClose = sprint.isClosed() ? t1.minusNanos(1) : t1;
        this.observed = beforeClose.isBefore(t0) ? t0 : beforeClose;
    }

    /** Replays every issue against the sprint; "now" for an active sprint comes from {@code clock}. */
    public static SprintLedger build(
            SprintSnapshot sprint,
            List<IssueHistory> issues,
            BoardConfig board,
            SprintHealthSettings settings,
            Clock clock) {
        SprintLedger ledger = new SprintLedger(sprint, board, settings, clock);
        ScopeReplay replay = new ScopeReplay(sprint.id(), ledger.t0, ledger.observed, board, settings);
        for (IssueHistory issue : issues) {
            IssueTimeline timeline = new IssueTimeline(issue);
            boolean inLedger;
            if (issue.subtask()) {
                inLedger = timeline.inSprintAt(sprint.id(), ledger.t0)
                        || timeline.inSprintAt(sprint.id(), ledger.observed);
                if (inLedger) {
                    ledger.subtasks.add(issue.key());
                }
            } else {
                int outside = ledger.completedOutside.size();
                ScopeItem item = replay.place(timeline, ledger.completedOutside);
                if (item != null) {
                    ledger.items.add(item);
                }
                inLedger = item != null || ledger.completedOutside.size() > outside;
            }
            // Only this sprint's issues keep their timeline: a board has far more issues than a
            // sprint, and evaluating a sprint holds up to eight ledgers at once. A later listing of
            // the same key still replaces an earlier one, as it always did.
            if (inLedger || ledger.timelines.containsKey(issue.key())) {
                ledger.timelines.put(issue.key(), timeline);
            }
        }
        ledger.settle();
        return ledger;
    }

    /**
     * The same sprint with its scope taken from a stored snapshot (G2) instead of this replay: the
     * given items, "completed outside" and sub-task keys, and {@code t0} as it was when the snapshot
     * was taken. Issues of the snapshot that the data no longer holds (deleted, or outside a changed
     * board filter) get an empty history in an unmapped status, so flow metrics skip over them.
     */
    public SprintLedger withScope(
            Instant storedT0, List<ScopeItem> scope, List<IssueKey> storedOutside, List<IssueKey> storedSubtasks) {
        SprintLedger ledger = new SprintLedger(this, storedT0);
        ledger.items.addAll(scope);
        ledger.completedOutside.addAll(storedOutside);
        ledger.subtasks.addAll(storedSubtasks);
        for (ScopeItem item : scope) {
            ledger.timelines.computeIfAbsent(item.key(), key -> new IssueTimeline(unknown(key, item.entry())));
        }
        ledger.settle();
        return ledger;
    }

    private IssueHistory unknown(IssueKey key, Instant entry) {
        Instant created = entry.isBefore(t0) ? entry : t0;
        return new IssueHistory(
                key, "", false, created, "", null, null, Set.of(sprint.id()), false, null, Set.of(), List.of());
    }

    private void settle() {
        allItems = List.copyOf(items);
        committed = select(ScopeItem::committed);
        added = select(item -> !item.committed());
        removed = select(ScopeItem::removed);
        finalScope = select(item -> !item.removed());
        done = select(ScopeItem::done);
        closedNotDelivered = select(ScopeItem::closedNotDelivered);
        outside = List.copyOf(completedOutside);
        subtaskKeys = List.copyOf(subtasks);
        committedPoints = sum(committed, ScopeItem::entryPoints);
        addedPoints = sum(added, ScopeItem::entryPoints);
        removedPoints = sum(removed, ScopeItem::endPoints);
        finalPoints = sum(finalScope, ScopeItem::endPoints);
        velocity = sum(done, ScopeItem::endPoints);
        estimateChange = sum(items, ScopeItem::estimateChange);
        estimateIncrease = sum(select(item -> item.estimateChange().signum() > 0), ScopeItem::estimateChange);
        estimateDecrease = sum(select(item -> item.estimateChange().signum() < 0), ScopeItem::estimateChange);
    }

    public SprintSnapshot sprint() {
        return sprint;
    }

    public BoardConfig board() {
        return board;
    }

    /** The actual start plus grace (G1). */
    public Instant t0() {
        return t0;
    }

    /** {@code completeDate} of a closed sprint, otherwise "now" (never before {@code t0}). */
    public Instant t1() {
        return t1;
    }

    /** The instant at which the end state (F, D) is read. */
    public Instant observedEnd() {
        return observed;
    }

    /** All issues of C ∪ A. */
    public List<ScopeItem> items() {
        return allItems;
    }

    public List<ScopeItem> committed() {
        return committed;
    }

    public List<ScopeItem> added() {
        return added;
    }

    public List<ScopeItem> removed() {
        return removed;
    }

    public List<ScopeItem> finalScope() {
        return finalScope;
    }

    public List<ScopeItem> done() {
        return done;
    }

    public List<ScopeItem> closedNotDelivered() {
        return closedNotDelivered;
    }

    public List<IssueKey> completedOutside() {
        return outside;
    }

    public List<IssueKey> subtasks() {
        return subtaskKeys;
    }

    /**
     * The timeline of one of this ledger's issues: a scope item, a sub-task in the sprint or an issue
     * completed outside it; null for the board's other issues.
     */
    public IssueTimeline timeline(IssueKey key) {
        return timelines.get(key);
    }

    public BigDecimal committedPoints() {
        return committedPoints;
    }

    public BigDecimal addedPoints() {
        return addedPoints;
    }

    public BigDecimal removedPoints() {
        return removedPoints;
    }

    public BigDecimal finalPoints() {
        return finalPoints;
    }

    /** Velocity (M9): points of D at the end. */
    public BigDecimal velocity() {
        return velocity;
    }

    /** Δ (M4) over F and R. */
    public BigDecimal estimateChange() {
        return estimateChange;
    }

    /** Δ+: the sum of the per-issue increases. */
    public BigDecimal estimateIncrease() {
        return estimateIncrease;
    }

    /** Δ−: the sum of the per-issue decreases (zero or negative). */
    public BigDecimal estimateDecrease() {
        return estimateDecrease;
    }

    static BigDecimal sum(List<ScopeItem> items, Function<ScopeItem, BigDecimal> points) {
        return items.stream().map(points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<IssueKey> keys(List<ScopeItem> items) {
        return items.stream().map(ScopeItem::key).toList();
    }

    private List<ScopeItem> select(Predicate<ScopeItem> filter) {
        return items.stream().filter(filter).toList();
    }
}
