package io.phasegate.jira.board.jsw;

import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.ChangelogText;
import io.phasegate.core.sprint.EstimateChange;
import io.phasegate.core.sprint.FlagChange;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.ResolutionChange;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns an issue's Jira changelog into the engine's {@link IssueChange}s, as the standalone reader does
 * for REST changelogs: status ids to current status names, Sprint id lists to ids, estimates of the
 * board's field to numbers, Flagged and assignee and resolution texts. Items of other fields (also of
 * fields since deleted or renamed) are passed over; an item that cannot be read is dropped with a note.
 */
final class JswChangelogs {
    static final String SPRINT = "Sprint";
    static final String FLAGGED = "Flagged";

    private final ChangeHistoryManager histories;

    JswChangelogs(ChangeHistoryManager histories) {
        this.histories = histories;
    }

    /** The issue's changes in time order. */
    List<IssueChange> changes(
            com.atlassian.jira.issue.Issue issue,
            Map<String, String> statusNames,
            JswEstimation estimation,
            Consumer<Message> notes) {
        List<IssueChange> changes = new ArrayList<>();
        List<ChangeHistory> entries = histories.getChangeHistories(issue);
        for (ChangeHistory entry : entries == null ? List.<ChangeHistory>of() : entries) {
            if (entry.getTimePerformed() == null) {
                notes.accept(Message.of(MessageKey.WARNING_CHANGELOG_NO_TIME));
                continue;
            }
            Instant at = entry.getTimePerformed().toInstant();
            List<ChangeItemBean> items = entry.getChangeItemBeans();
            for (ChangeItemBean item : items == null ? List.<ChangeItemBean>of() : items) {
                IssueChange change = convert(at, item, statusNames, estimation, notes);
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        changes.sort(Comparator.comparing(IssueChange::at)); // stable: items of one entry keep their order
        return changes;
    }

    private static IssueChange convert(
            Instant at,
            ChangeItemBean item,
            Map<String, String> statusNames,
            JswEstimation estimation,
            Consumer<Message> notes) {
        String field = item.getField();
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "status" -> status(at, item, statusNames, notes);
            case "resolution" -> new ResolutionChange(
                    at, ChangelogText.blankToNull(item.getFromString()), ChangelogText.blankToNull(item.getToString()));
            case "assignee" -> new AssigneeChange(
                    at, ChangelogText.blankToNull(item.getFromString()), ChangelogText.blankToNull(item.getToString()));
            case FLAGGED -> new FlagChange(
                    at, ChangelogText.flagged(item.getFromString()), ChangelogText.flagged(item.getToString()));
            case SPRINT -> sprint(at, item, notes);
            default -> field.equals(estimation.changelogName()) ? estimate(at, item, notes) : null;
        };
    }

    private static StatusChange status(
            Instant at, ChangeItemBean item, Map<String, String> statusNames, Consumer<Message> notes) {
        String from = name(item.getFrom(), item.getFromString(), statusNames);
        String to = name(item.getTo(), item.getToString(), statusNames);
        if (from == null || to == null) {
            notes.accept(Message.of(MessageKey.WARNING_CHANGELOG_STATUS_UNNAMED, at.toString()));
            return null;
        }
        return new StatusChange(at, from, to);
    }

    /** The status's current name; the changelog's text (its name back then) for a status Jira no longer has. */
    private static String name(String id, String text, Map<String, String> statusNames) {
        String current = id == null ? null : statusNames.get(id);
        return current != null ? current : ChangelogText.blankToNull(text);
    }

    private static SprintChange sprint(Instant at, ChangeItemBean item, Consumer<Message> notes) {
        Set<Long> from = ChangelogText.sprintIds(item.getFrom());
        Set<Long> to = ChangelogText.sprintIds(item.getTo());
        if (from == null || to == null) {
            notes.accept(Message.of(
                    MessageKey.WARNING_CHANGELOG_SPRINT_NO_IDS,
                    at.toString(),
                    String.valueOf(item.getFrom()),
                    String.valueOf(item.getTo())));
            return null;
        }
        return new SprintChange(at, from, to);
    }

    private static EstimateChange estimate(Instant at, ChangeItemBean item, Consumer<Message> notes) {
        try {
            return new EstimateChange(
                    at, ChangelogText.estimate(item.getFromString()), ChangelogText.estimate(item.getToString()));
        } catch (NumberFormatException e) {
            notes.accept(Message.of(
                    MessageKey.WARNING_CHANGELOG_ESTIMATE_NOT_NUMBER,
                    at.toString(),
                    String.valueOf(item.getFromString()),
                    String.valueOf(item.getToString())));
            return null;
        }
    }
}
