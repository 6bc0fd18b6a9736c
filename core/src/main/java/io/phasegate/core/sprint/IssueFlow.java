package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One issue's way through the board up to an instant, in working days (G3): when it first started,
 * when it was finally Done (null while not Done), its cycle time under the chosen variant (null when
 * undefined) and the time it spent in each status between the first start and the end.
 */
public record IssueFlow(
        IssueKey key,
        boolean subtask,
        Instant firstStart,
        Instant finalDone,
        BigDecimal cycleTime,
        Map<String, BigDecimal> statusTime) {
    public IssueFlow {
        Objects.requireNonNull(key, "key");
        statusTime = Map.copyOf(statusTime);
    }

    /** Done at the end, having been in progress before: it has a cycle time. */
    public boolean completed() {
        return cycleTime != null;
    }

    /** Done at the end without ever being in an in-progress column (a To Do → Done jump). */
    public boolean neverStarted() {
        return finalDone != null && firstStart == null;
    }
}
