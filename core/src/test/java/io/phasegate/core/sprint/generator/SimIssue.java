package io.phasegate.core.sprint.generator;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.EstimateChange;
import io.phasegate.core.sprint.FlagChange;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.ResolutionChange;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One generated issue, moved forwards in time by the generator. Its current fields are the
 * generator's own record of the truth; every move also appends the changelog entry Jira would write.
 */
final class SimIssue {
    final IssueKey key;
    final String type;
    final boolean subtask;
    final Instant created;
    final Set<String> labels;
    String status = "To Do";
    String resolution;
    BigDecimal estimate;
    Set<Long> sprints = Set.of();
    boolean flagged;
    String assignee;
    private final List<IssueChange> changes = new ArrayList<>();

    SimIssue(IssueKey key, String type, boolean subtask, Instant created, Set<String> labels) {
        this.key = key;
        this.type = type;
        this.subtask = subtask;
        this.created = created;
        this.labels = Set.copyOf(labels);
    }

    boolean isDone() {
        return status.equals("Done");
    }

    /** Points as the engine's ledger counts them: null is 0 (G7); every generated status is mapped. */
    BigDecimal points() {
        return estimate == null ? BigDecimal.ZERO : estimate;
    }

    void status(Instant at, String next) {
        changes.add(new StatusChange(at, status, next));
        status = next;
    }

    void resolution(Instant at, String next) {
        changes.add(new ResolutionChange(at, resolution, next));
        resolution = next;
    }

    void estimate(Instant at, BigDecimal next) {
        changes.add(new EstimateChange(at, estimate, next));
        estimate = next;
    }

    void flag(Instant at) {
        changes.add(new FlagChange(at, flagged, !flagged));
        flagged = !flagged;
    }

    void assign(Instant at, String next) {
        changes.add(new AssigneeChange(at, assignee, next));
        assignee = next;
    }

    void addSprint(Instant at, long sprintId) {
        Set<Long> next = new HashSet<>(sprints);
        next.add(sprintId);
        moveSprints(at, next);
    }

    void removeSprint(Instant at, long sprintId, Long replacement) {
        Set<Long> next = new HashSet<>(sprints);
        next.remove(sprintId);
        if (replacement != null) {
            next.add(replacement);
        }
        moveSprints(at, next);
    }

    private void moveSprints(Instant at, Set<Long> next) {
        changes.add(new SprintChange(at, sprints, next));
        sprints = Set.copyOf(next);
    }

    int changeCount() {
        return changes.size();
    }

    IssueHistory history() {
        return new IssueHistory(
                key, type, subtask, created, status, resolution, estimate, sprints, flagged, assignee, labels, changes);
    }
}
