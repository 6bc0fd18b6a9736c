package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.ScopeItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One issue of a close snapshot: its place in the scope (committed or added, when it entered, when
 * it left if removed), its points at entry and at the end ({@code finalPoints}, the estimate at the
 * close or at its removal), how it ended, and the facts the scope metrics need besides.
 */
public record ClosedIssue(
        IssueKey key,
        boolean committed,
        Instant entry,
        Instant exit,
        BigDecimal entryPoints,
        BigDecimal finalPoints,
        IssueOutcome outcome,
        boolean unestimatedAtEntry,
        boolean unmappedAtEntry,
        boolean interrupt,
        BigDecimal churnAdded,
        BigDecimal churnRemoved) {
    public ClosedIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(entryPoints, "entryPoints");
        Objects.requireNonNull(finalPoints, "finalPoints");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.removed() != (exit != null)) {
            throw new IllegalArgumentException(key + ": an issue has an exit exactly when it was removed");
        }
    }

    /** The record of a scope item of the ledger at the close. */
    public static ClosedIssue of(ScopeItem item) {
        return new ClosedIssue(
                item.key(),
                item.committed(),
                item.entry(),
                item.exit(),
                item.entryPoints(),
                item.endPoints(),
                outcome(item),
                item.unestimatedAtEntry(),
                item.unmappedAtEntry(),
                item.interrupt(),
                item.churnAdded(),
                item.churnRemoved());
    }

    /** How a scope item ended. */
    public static IssueOutcome outcome(ScopeItem item) {
        if (item.removed()) {
            return item.removedWhileDone() ? IssueOutcome.REMOVED_WHILE_DONE : IssueOutcome.REMOVED;
        }
        if (item.closedNotDelivered()) {
            return IssueOutcome.CLOSED_NOT_DELIVERED;
        }
        return item.done() ? IssueOutcome.DONE : IssueOutcome.NOT_DONE;
    }

    /** Back to the scope item the metrics read. */
    public ScopeItem toScopeItem() {
        return new ScopeItem(
                key,
                committed,
                entry,
                exit,
                entryPoints,
                finalPoints,
                unestimatedAtEntry,
                unmappedAtEntry,
                outcome == IssueOutcome.DONE,
                outcome == IssueOutcome.CLOSED_NOT_DELIVERED,
                outcome == IssueOutcome.REMOVED_WHILE_DONE,
                interrupt,
                churnAdded,
                churnRemoved);
    }
}
