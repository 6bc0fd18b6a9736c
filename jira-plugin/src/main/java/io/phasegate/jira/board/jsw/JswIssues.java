package io.phasegate.jira.board.jsw;

import com.atlassian.greenhopper.service.sprint.Sprint;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import io.phasegate.contract.Warning;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.ChangelogText;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Jira issue of a board as the engine's {@link IssueHistory}: its current values (status, resolution,
 * estimate, Sprint and Flagged fields, assignee, labels) plus its changelog, with the notes the
 * standalone reader also makes (statuses on no column, histories that do not reach the current value).
 */
final class JswIssues {
    private final CustomFieldManager fields;
    private final JswChangelogs changelogs;

    JswIssues(CustomFieldManager fields, JswChangelogs changelogs) {
        this.fields = fields;
        this.changelogs = changelogs;
    }

    /** Reads the fields once per board reading. */
    Reader reader(JswColumns columns, JswEstimation estimation, List<Warning> warnings) {
        CustomField estimate = estimation.kind() == JswEstimation.Kind.FIELD
                ? fields.getCustomFieldObject(estimation.field().id())
                : null;
        if (estimation.kind() == JswEstimation.Kind.FIELD && estimate == null) {
            warnings.add(new Warning(
                    null,
                    "the estimation field " + estimation.field() + " no longer exists;"
                            + " current estimates are read as not estimated"));
        }
        return new Reader(
                columns, estimation, estimate, named(JswChangelogs.SPRINT), named(JswChangelogs.FLAGGED), warnings);
    }

    private CustomField named(String name) {
        Collection<CustomField> found = fields.getCustomFieldObjectsByName(name);
        return found == null || found.isEmpty() ? null : found.iterator().next();
    }

    /** Converts the issues of one board reading. */
    final class Reader {
        private final JswColumns columns;
        private final JswEstimation estimation;
        private final CustomField estimate;
        private final CustomField sprint;
        private final CustomField flagged;
        private final List<Warning> warnings;

        private Reader(
                JswColumns columns,
                JswEstimation estimation,
                CustomField estimate,
                CustomField sprint,
                CustomField flagged,
                List<Warning> warnings) {
            this.columns = columns;
            this.estimation = estimation;
            this.estimate = estimate;
            this.sprint = sprint;
            this.flagged = flagged;
            this.warnings = warnings;
        }

        IssueHistory history(Issue issue) {
            IssueKey key = IssueKey.of(issue.getKey());
            Consumer<String> notes = text -> warnings.add(new Warning(key, text));
            List<IssueChange> changes = changelogs.changes(issue, columns.namesById(), estimation, notes);
            Instant created = created(issue, changes, notes);
            String status =
                    issue.getStatus() == null ? "Unknown" : issue.getStatus().getName();
            boolean subtask = issue.isSubTask();
            IssueHistory history = new IssueHistory(
                    key,
                    issue.getIssueType() == null
                            ? "Unknown"
                            : issue.getIssueType().getName(),
                    subtask,
                    created,
                    status,
                    issue.getResolution() == null ? null : issue.getResolution().getName(),
                    estimate(issue, subtask),
                    sprintIds(issue),
                    flagged != null && isSet(issue.getCustomFieldValue(flagged)),
                    issue.getAssignee() == null ? null : issue.getAssignee().getDisplayName(),
                    labels(issue),
                    changes);
            check(history, notes);
            return history;
        }

        private Instant created(Issue issue, List<IssueChange> changes, Consumer<String> notes) {
            Instant created =
                    issue.getCreated() == null ? null : issue.getCreated().toInstant();
            Instant first = changes.isEmpty() ? null : changes.get(0).at();
            if (created == null) {
                notes.accept("has no creation time; taken as " + (first == null ? "its first change" : first));
                return first == null ? Instant.EPOCH : first;
            }
            if (first != null && first.isBefore(created)) {
                notes.accept("has changes before its creation at " + created + " (an imported issue?); it is taken"
                        + " as created at " + first);
                return first;
            }
            return created;
        }

        private BigDecimal estimate(Issue issue, boolean subtask) {
            if (estimation.kind() != JswEstimation.Kind.FIELD) {
                return estimation.countFor(subtask);
            }
            Object value = estimate == null ? null : issue.getCustomFieldValue(estimate);
            return value instanceof Number number ? ChangelogText.plain(new BigDecimal(number.toString())) : null;
        }

        private Set<Long> sprintIds(Issue issue) {
            Set<Long> ids = new LinkedHashSet<>();
            Object value = sprint == null ? null : issue.getCustomFieldValue(sprint);
            if (value instanceof Collection<?> sprints) {
                for (Object element : sprints) {
                    if (element instanceof Sprint s && s.getId() != null) {
                        ids.add(s.getId());
                    }
                }
            }
            return ids;
        }

        private void check(IssueHistory history, Consumer<String> notes) {
            Set<String> unmapped = new LinkedHashSet<>();
            Set<String> mapped = columns.mappedNames();
            String previous = null;
            SprintChange lastSprint = null;
            for (IssueChange change : history.changes()) {
                if (change instanceof StatusChange status) {
                    addIf(!mapped.contains(status.from()), status.from(), unmapped);
                    addIf(!mapped.contains(status.to()), status.to(), unmapped);
                    previous = status.to();
                } else if (change instanceof SprintChange sprintChange) {
                    lastSprint = sprintChange;
                }
            }
            if (previous != null && !previous.equals(history.status())) {
                notes.accept("the status history ends at \"" + previous + "\" but the issue is now \""
                        + history.status() + "\" (a workflow migration?); replayed from the history");
            }
            if (lastSprint != null && !lastSprint.to().equals(history.sprintIds())) {
                notes.accept("the Sprint history ends at " + lastSprint.to() + " but the Sprint field now holds "
                        + history.sprintIds() + "; replayed from the history");
            }
            addIf(!mapped.contains(history.status()), history.status(), unmapped);
            unmapped.forEach(status -> notes.accept(
                    "status \"" + status + "\" is on no board column: while in it the issue counts 0 points"));
        }
    }

    private static void addIf(boolean condition, String status, Set<String> into) {
        if (condition) {
            into.add(status);
        }
    }

    private static boolean isSet(Object value) {
        return value instanceof Collection<?> values ? !values.isEmpty() : value != null;
    }

    private static Set<String> labels(Issue issue) {
        Set<String> labels = new LinkedHashSet<>();
        Set<Label> found = issue.getLabels();
        if (found != null) {
            found.forEach(label -> labels.add(label.getLabel()));
        }
        return labels;
    }
}
