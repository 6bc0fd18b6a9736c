package io.phasegate.jira.board.jsw;

import com.atlassian.greenhopper.service.sprint.Sprint;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.history.HistoryChecks;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.ChangelogText;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.jira.i18n.JiraMessages;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Jira issue of a board as the engine's {@link IssueHistory}: its current values (status, resolution,
 * estimate, Sprint and Flagged fields, assignee, labels) plus its changelog, checked by the core's
 * {@link HistoryChecks} as the standalone reader's are (statuses on no column, histories that do not
 * reach the current value).
 */
final class JswIssues {
    private final CustomFieldManager fields;
    private final JswChangelogs changelogs;

    JswIssues(CustomFieldManager fields, JswChangelogs changelogs) {
        this.fields = fields;
        this.changelogs = changelogs;
    }

    /** Reads the fields once per board reading. */
    Reader reader(JswColumns columns, JswEstimation estimation, List<BoardWarning> warnings) {
        CustomField estimate = estimation.kind() == JswEstimation.Kind.FIELD
                ? fields.getCustomFieldObject(estimation.field().id())
                : null;
        if (estimation.kind() == JswEstimation.Kind.FIELD && estimate == null) {
            warnings.add(BoardWarning.of(
                    null,
                    MessageKey.WARNING_ESTIMATION_FIELD_MISSING,
                    estimation.field().id()));
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
        private final List<BoardWarning> warnings;
        private final HistoryChecks checks;

        private Reader(
                JswColumns columns,
                JswEstimation estimation,
                CustomField estimate,
                CustomField sprint,
                CustomField flagged,
                List<BoardWarning> warnings) {
            this.columns = columns;
            this.estimation = estimation;
            this.estimate = estimate;
            this.sprint = sprint;
            this.flagged = flagged;
            this.warnings = warnings;
            this.checks = new HistoryChecks(columns.mappedNames());
        }

        IssueHistory history(Issue issue) {
            IssueKey key = IssueKey.of(issue.getKey());
            Consumer<Message> notes = message -> warnings.add(new BoardWarning(key, message));
            List<IssueChange> changes = changelogs.changes(issue, columns.namesById(), estimation, notes);
            Instant created = created(key, issue, changes);
            String status = issue.getStatus() == null
                    ? JiraMessages.UNKNOWN
                    : issue.getStatus().getName();
            boolean subtask = issue.isSubTask();
            IssueHistory history = new IssueHistory(
                    key,
                    issue.getIssueType() == null
                            ? JiraMessages.UNKNOWN
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
            checks.check(history, warnings::add);
            return history;
        }

        private Instant created(IssueKey key, Issue issue, List<IssueChange> changes) {
            Instant recorded =
                    issue.getCreated() == null ? null : issue.getCreated().toInstant();
            Instant created = HistoryChecks.created(key, recorded, changes, warnings::add);
            if (created == null) {
                // Jira always records a creation time; should one be missing, the issue still counts.
                warnings.add(BoardWarning.of(key, MessageKey.WARNING_CREATED_UNKNOWN, Instant.EPOCH.toString()));
                return Instant.EPOCH;
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
