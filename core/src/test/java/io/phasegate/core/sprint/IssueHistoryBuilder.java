package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds issue histories forwards in time: values set before the first {@link #on} are the values
 * at creation; after it, every setter records a changelog entry at the current instant.
 *
 * <pre>story("PG-1").estimate(5).inSprint(10).on(day(2)).status("In Progress").on(day(4)).done()</pre>
 */
final class IssueHistoryBuilder {
    private final IssueKey key;
    private final String type;
    private final boolean subtask;
    private Instant created = TestTime.day(-10);
    private Instant now;
    private String status = "To Do";
    private String resolution;
    private BigDecimal estimate;
    private Set<Long> sprints = Set.of();
    private boolean flagged;
    private String assignee;
    private Set<String> labels = Set.of();
    private final List<IssueChange> changes = new ArrayList<>();

    private IssueHistoryBuilder(String key, String type, boolean subtask) {
        this.key = IssueKey.of(key);
        this.type = type;
        this.subtask = subtask;
    }

    static IssueHistoryBuilder story(String key) {
        return new IssueHistoryBuilder(key, "Story", false);
    }

    static IssueHistoryBuilder bug(String key) {
        return new IssueHistoryBuilder(key, "Bug", false);
    }

    static IssueHistoryBuilder ofType(String key, String type) {
        return new IssueHistoryBuilder(key, type, false);
    }

    static IssueHistoryBuilder subtask(String key) {
        return new IssueHistoryBuilder(key, "Sub-task", true);
    }

    IssueHistoryBuilder created(Instant at) {
        this.created = at;
        return this;
    }

    /** From now on, setters record changes at {@code at}. */
    IssueHistoryBuilder on(Instant at) {
        this.now = at;
        return this;
    }

    IssueHistoryBuilder labels(String... newLabels) {
        this.labels = Set.of(newLabels);
        return this;
    }

    IssueHistoryBuilder inSprint(long... ids) {
        Set<Long> next = new HashSet<>();
        for (long id : ids) {
            next.add(id);
        }
        if (now != null) {
            changes.add(new SprintChange(now, sprints, next));
        }
        sprints = Set.copyOf(next);
        return this;
    }

    IssueHistoryBuilder noSprint() {
        return inSprint();
    }

    IssueHistoryBuilder estimate(String points) {
        BigDecimal next = points == null ? null : new BigDecimal(points);
        if (now != null) {
            changes.add(new EstimateChange(now, estimate, next));
        }
        estimate = next;
        return this;
    }

    IssueHistoryBuilder estimate(int points) {
        return estimate(Integer.toString(points));
    }

    IssueHistoryBuilder status(String next) {
        if (now != null) {
            changes.add(new StatusChange(now, status, next));
        }
        status = next;
        return this;
    }

    IssueHistoryBuilder resolution(String next) {
        if (now != null) {
            changes.add(new ResolutionChange(now, resolution, next));
        }
        resolution = next;
        return this;
    }

    IssueHistoryBuilder flagged(boolean next) {
        if (now != null) {
            changes.add(new FlagChange(now, flagged, next));
        }
        flagged = next;
        return this;
    }

    IssueHistoryBuilder assignee(String next) {
        if (now != null) {
            changes.add(new AssigneeChange(now, assignee, next));
        }
        assignee = next;
        return this;
    }

    /** Status Done with resolution Done. */
    IssueHistoryBuilder done() {
        return status("Done").resolution("Done");
    }

    /** Out of Done again, unresolved. */
    IssueHistoryBuilder reopened() {
        return status("In Progress").resolution(null);
    }

    IssueHistory build() {
        return new IssueHistory(
                key, type, subtask, created, status, resolution, estimate, sprints, flagged, assignee, labels, changes);
    }
}
