package io.phasegate.core.history;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The checks every board reader makes on an issue's history, whatever the source (Jira itself or its
 * REST responses): a creation time after the first change, status histories that jump or do not reach
 * the current status (workflow migrations, cut changelogs), statuses on no board column, and Sprint
 * histories that do not reach the current Sprint field. Each finding is a {@link BoardWarning}.
 */
public final class HistoryChecks {
    private final Set<String> mappedStatuses;

    /** Checks against a board whose columns carry these status names. */
    public HistoryChecks(Collection<String> mappedStatuses) {
        this.mappedStatuses = Set.copyOf(mappedStatuses);
    }

    /**
     * The creation time to use: the recorded one, or the first change when there is none or when
     * changes precede it (an imported issue). Null, without a warning, when neither is known: the
     * reader decides what to do with such an issue.
     *
     * @param changes the issue's changes in time order
     */
    public static Instant created(
            IssueKey key, Instant recorded, List<IssueChange> changes, Consumer<BoardWarning> warnings) {
        Instant first = changes.isEmpty() ? null : changes.get(0).at();
        if (recorded == null && first != null) {
            warnings.accept(BoardWarning.of(key, MessageKey.WARNING_CREATED_MISSING, first.toString()));
            return first;
        }
        if (recorded != null && first != null && first.isBefore(recorded)) {
            warnings.accept(BoardWarning.of(
                    key, MessageKey.WARNING_CHANGES_BEFORE_CREATION, recorded.toString(), first.toString()));
            return first;
        }
        return recorded;
    }

    /** Every check of the issue's statuses and Sprint history against its current values. */
    public void check(IssueHistory history, Consumer<BoardWarning> warnings) {
        statuses(history.key(), history.status(), history.changes(), warnings);
        sprints(history, warnings);
    }

    /** Status changes that do not chain, a history that ends elsewhere, statuses on no column. */
    public void statuses(IssueKey key, String current, List<IssueChange> changes, Consumer<BoardWarning> warnings) {
        Set<String> unmapped = new LinkedHashSet<>();
        String previous = null;
        for (IssueChange change : changes) {
            if (change instanceof StatusChange status) {
                if (previous != null && !previous.equals(status.from())) {
                    warnings.accept(BoardWarning.of(
                            key,
                            MessageKey.WARNING_STATUS_JUMP,
                            previous,
                            status.from(),
                            status.at().toString()));
                }
                addIfUnmapped(status.from(), unmapped);
                addIfUnmapped(status.to(), unmapped);
                previous = status.to();
            }
        }
        if (previous != null && !previous.equals(current)) {
            warnings.accept(BoardWarning.of(key, MessageKey.WARNING_STATUS_ENDS_ELSEWHERE, previous, current));
        }
        addIfUnmapped(current, unmapped);
        unmapped.forEach(status -> warnings.accept(BoardWarning.of(key, MessageKey.WARNING_STATUS_UNMAPPED, status)));
    }

    /** A Sprint history whose last change does not reach the current Sprint field. */
    public static void sprints(IssueHistory history, Consumer<BoardWarning> warnings) {
        SprintChange last = null;
        for (IssueChange change : history.changes()) {
            if (change instanceof SprintChange sprint) {
                last = sprint;
            }
        }
        if (last != null && !last.to().equals(history.sprintIds())) {
            warnings.accept(BoardWarning.of(
                    history.key(), MessageKey.WARNING_SPRINT_ENDS_ELSEWHERE, ids(last.to()), ids(history.sprintIds())));
        }
    }

    /** Sorted, "3, 7": the sets' own order changes from run to run, the warning should not. */
    private static String ids(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void addIfUnmapped(String status, Set<String> unmapped) {
        if (!mappedStatuses.contains(status)) {
            unmapped.add(status);
        }
    }
}
