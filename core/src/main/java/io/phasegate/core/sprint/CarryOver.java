package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.SprintLedger.keys;
import static io.phasegate.core.sprint.SprintLedger.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Carry-over into a sprint and spill-over out of it (M8): committed issues that were still open
 * when the consecutive previous sprints closed, with their depth, and final-scope issues left
 * undone at the end.
 */
public final class CarryOver {
    private final SprintLedger ledger;
    private final BoardSprints board;
    private List<SprintSnapshot> chain;

    public CarryOver(SprintLedger ledger, BoardSprints board) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.board = Objects.requireNonNull(board, "board");
    }

    /** d(i): in how many consecutive previous sprints the issue was in scope and not Done at close. */
    public int depth(ScopeItem item) {
        IssueTimeline timeline = ledger.timeline(item.key());
        int depth = 0;
        for (SprintSnapshot previous : previousChain()) {
            if (!openAtClose(timeline, previous)) {
                break;
            }
            depth++;
        }
        return depth;
    }

    /**
     * The consecutive previous sprints, latest first, at most as many as the board has (so a cycle in
     * the data cannot loop); the same for every issue, so it is walked once.
     */
    private List<SprintSnapshot> previousChain() {
        if (chain == null) {
            List<SprintSnapshot> found = new ArrayList<>();
            SprintSnapshot previous = board.previousConsecutive(ledger.sprint());
            while (previous != null && found.size() < board.sprints().size()) {
                found.add(previous);
                previous = board.previousConsecutive(previous);
            }
            chain = found;
        }
        return chain;
    }

    /** M8: Σ E(t0) of carried-over committed issues / C_pts, with the depth histogram as notes. */
    public MetricResult carryOverIn() {
        List<ScopeItem> carried = new ArrayList<>();
        int[] histogram = new int[3];
        for (ScopeItem item : ledger.committed()) {
            int depth = depth(item);
            if (depth > 0) {
                carried.add(item);
                histogram[Math.min(depth, 3) - 1]++;
            }
        }
        BigDecimal value = Ratio.of(sum(carried, ScopeItem::entryPoints), ledger.committedPoints());
        List<String> notes = new ArrayList<>(
                List.of("depth-1:" + histogram[0], "depth-2:" + histogram[1], "depth-3+:" + histogram[2]));
        if (value == null) {
            notes.add(Units.NO_COMMITMENT);
        }
        return new MetricResult("M8", 1, value, Units.RATIO, keys(carried), notes);
    }

    /** M8b: Σ E(t1) of final-scope issues not Done (nor closed-not-delivered) / C_pts. */
    public MetricResult spillOverOut() {
        List<ScopeItem> spilled = ledger.finalScope().stream()
                .filter(item -> !item.done() && !item.closedNotDelivered())
                .toList();
        BigDecimal value = Ratio.of(sum(spilled, ScopeItem::endPoints), ledger.committedPoints());
        List<String> notes = new ArrayList<>(List.of(Units.count("count", spilled.size())));
        if (value == null) {
            notes.add(Units.NO_COMMITMENT);
        }
        return new MetricResult("M8b", 1, value, Units.RATIO, keys(spilled), notes);
    }

    private boolean openAtClose(IssueTimeline timeline, SprintSnapshot sprint) {
        Instant beforeClose = sprint.completeDate().minusNanos(1);
        return timeline.inSprintAt(sprint.id(), beforeClose) && !ledger.board().isDone(timeline.statusAt(beforeClose));
    }
}
