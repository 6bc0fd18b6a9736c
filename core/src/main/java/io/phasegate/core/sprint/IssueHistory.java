package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An issue's current values plus its time-ordered changelog, from which its state at any earlier
 * instant can be replayed.
 *
 * <p>{@code estimate}, {@code resolution} and {@code assignee} may be null; a null estimate means
 * "not estimated" and is never treated as 0 here. {@code sprintIds} is the current Sprint field.
 */
public record IssueHistory(
        IssueKey key,
        String issueType,
        boolean subtask,
        Instant created,
        String status,
        String resolution,
        BigDecimal estimate,
        Set<Long> sprintIds,
        boolean flagged,
        String assignee,
        Set<String> labels,
        List<IssueChange> changes) {
    public IssueHistory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(status, "status");
        sprintIds = Set.copyOf(sprintIds);
        labels = Set.copyOf(labels);
        changes = List.copyOf(changes);
        requireTimeOrdered(key, created, changes);
    }

    private static void requireTimeOrdered(IssueKey key, Instant created, List<IssueChange> changes) {
        Instant previous = created;
        for (IssueChange change : changes) {
            if (change.at().isBefore(previous)) {
                throw new IllegalArgumentException(
                        key + ": changelog is not time-ordered or starts before creation at " + change.at());
            }
            previous = change.at();
        }
    }

    /** The changes of one kind, in time order. */
    public <T extends IssueChange> List<T> changesOf(Class<T> kind) {
        return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
