package io.phasegate.core.readiness;

import io.phasegate.core.gate.config.ConfigProblem;
import java.util.List;
import java.util.Objects;

/**
 * The checklist of one gate on a transition leaving the current status.
 *
 * @param gateName the gate's name; empty when its configuration cannot be read
 * @param items one per rule, in the gate's order; empty when the configuration cannot be read
 * @param configProblems why the configuration cannot be read; empty when it can
 * @param blocks whether the gate would stop the transition now
 */
public record GateChecklist(
        String transition,
        String targetStatus,
        String gateName,
        List<ChecklistItem> items,
        List<ConfigProblem> configProblems,
        boolean blocks) {
    public GateChecklist {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(targetStatus, "targetStatus");
        Objects.requireNonNull(gateName, "gateName");
        items = List.copyOf(items);
        configProblems = List.copyOf(configProblems);
    }

    /** Whether the saved configuration could not be read at all. */
    public boolean unreadable() {
        return !configProblems.isEmpty();
    }

    /** How many items are satisfied. */
    public long passedCount() {
        return items.stream().filter(ChecklistItem::passed).count();
    }
}
