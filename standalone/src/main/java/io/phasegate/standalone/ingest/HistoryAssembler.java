package io.phasegate.standalone.ingest;

import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.history.HistoryChecks;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the engine's {@link IssueHistory} from a {@link RawIssue} once the fields are known, and
 * notes everything odd on the way: changelogs cut short, items that cannot be read, and what the
 * core's {@link HistoryChecks} find (status histories that do not reach the current status, statuses
 * on no board column, ...).
 */
final class HistoryAssembler {
    private static final Comparator<RawChange> TIME_ORDER =
            Comparator.comparingLong(RawChange::epochSecond).thenComparingInt(RawChange::nano);
    private final FieldChoice fields;
    private final StatusCatalogue statuses;
    private final ChangeConverter converter;
    private final HistoryChecks checks;
    private final List<BoardWarning> warnings;

    HistoryAssembler(
            FieldChoice fields,
            StatusCatalogue statuses,
            ChangeConverter converter,
            Set<String> mappedStatuses,
            List<BoardWarning> warnings) {
        this.fields = fields;
        this.statuses = statuses;
        this.converter = converter;
        this.checks = new HistoryChecks(mappedStatuses);
        this.warnings = warnings;
    }

    /** The issue's history, or null (with a warning) when it has no usable key or creation time. */
    IssueHistory assemble(RawIssue raw) {
        IssueKey key = key(raw);
        if (key == null) {
            return null;
        }
        Consumer<BoardWarning> found = warnings::add;
        Consumer<Message> notes = message -> warnings.add(new BoardWarning(key, message));
        if (raw.notes != null) {
            raw.notes.forEach(text -> warnings.add(BoardWarning.plain(key, text)));
        }
        List<IssueChange> changes = changes(raw, notes);
        Instant created = HistoryChecks.created(key, JiraTime.parse(raw.created).orElse(null), changes, found);
        if (created == null) {
            warnings.add(BoardWarning.plain(
                    key, "(" + raw.where() + ") has no fields.created and no changelog; the issue is skipped"));
            return null;
        }
        String status = statuses.name(raw.statusId, raw.statusName);
        if (status == null) {
            warnings.add(BoardWarning.plain(key, "(" + raw.where() + ") has no status; taken as \"Unknown\""));
            status = "Unknown";
        }
        if (raw.changelogTruncated()) {
            notes.accept(Message.of(MessageKey.WARNING_CHANGELOG_TRUNCATED, raw.changelogTotal, raw.histories));
        }
        checks.statuses(key, status, changes, found);
        IssueHistory history = new IssueHistory(
                key,
                raw.issueType == null ? "Unknown" : raw.issueType,
                raw.subtask(),
                created,
                status,
                raw.resolution,
                fields.estimateField() == null ? null : ChangeConverter.plain(raw.numbers.get(fields.estimateField())),
                sprintIds(raw),
                flagged(raw),
                raw.assignee,
                raw.labels.size() == 1 ? Set.of(raw.labels.get(0)) : Set.copyOf(raw.labels),
                changes);
        HistoryChecks.sprints(history, found);
        return history;
    }

    private IssueKey key(RawIssue raw) {
        try {
            return IssueKey.of(raw.key == null ? "" : raw.key);
        } catch (IllegalArgumentException e) {
            String what = raw.key == null ? "has no key" : "has key \"" + raw.key + "\", which is not an issue key";
            warnings.add(BoardWarning.plain(null, raw.where() + " " + what + "; the issue is skipped"));
            return null;
        }
    }

    private List<IssueChange> changes(RawIssue raw, Consumer<Message> notes) {
        // Cloud lists histories newest first. Sorted here, on one record type, rather than after
        // conversion on six; the sort is stable, so the items of one history keep their order.
        if (raw.changesOutOfOrder) {
            raw.changes.sort(TIME_ORDER);
        }
        List<IssueChange> changes = new ArrayList<>(raw.changes.size());
        for (RawChange item : raw.changes) {
            IssueChange change = converter.convert(item, notes);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private Set<Long> sprintIds(RawIssue raw) {
        List<SprintRef> refs = fields.sprintField() != null
                ? raw.sprintFields.get(fields.sprintField())
                : raw.sprintFields.values().stream().findFirst().orElse(null);
        if (refs == null) {
            return Set.of();
        }
        if (refs.size() == 1) {
            return Set.of(refs.get(0).id());
        }
        Set<Long> ids = new LinkedHashSet<>();
        refs.forEach(ref -> ids.add(ref.id()));
        return ids;
    }

    private boolean flagged(RawIssue raw) {
        return fields.flagField() != null ? raw.impediments.contains(fields.flagField()) : !raw.impediments.isEmpty();
    }
}
