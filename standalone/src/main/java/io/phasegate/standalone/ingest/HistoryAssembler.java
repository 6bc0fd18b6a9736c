package io.phasegate.standalone.ingest;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Builds the engine's {@link IssueHistory} from a {@link RawIssue} once the fields are known, and
 * notes everything odd on the way: changelogs out of order or cut short, status histories that do
 * not reach the current status (workflow migrations), statuses on no board column.
 */
final class HistoryAssembler {
    private static final Comparator<RawChange> TIME_ORDER =
            Comparator.comparingLong(RawChange::epochSecond).thenComparingInt(RawChange::nano);
    private final FieldChoice fields;
    private final StatusCatalogue statuses;
    private final ChangeConverter converter;
    private final Set<String> mappedStatuses;
    private final List<DataWarning> warnings;

    HistoryAssembler(
            FieldChoice fields,
            StatusCatalogue statuses,
            ChangeConverter converter,
            Set<String> mappedStatuses,
            List<DataWarning> warnings) {
        this.fields = fields;
        this.statuses = statuses;
        this.converter = converter;
        this.mappedStatuses = Set.copyOf(mappedStatuses);
        this.warnings = warnings;
    }

    /** The issue's history, or null (with a warning) when it has no usable key or creation time. */
    IssueHistory assemble(RawIssue raw) {
        IssueKey key = key(raw);
        if (key == null) {
            return null;
        }
        Consumer<String> notes = text -> warnings.add(new DataWarning(key, text));
        if (raw.notes != null) {
            raw.notes.forEach(notes);
        }
        List<IssueChange> changes = changes(raw, notes);
        Instant created = created(raw, changes, notes);
        if (created == null) {
            return null;
        }
        String status = statuses.name(raw.statusId, raw.statusName);
        if (status == null) {
            notes.accept("(" + raw.where() + ") has no status; taken as \"Unknown\"");
            status = "Unknown";
        }
        if (raw.changelogTruncated()) {
            notes.accept("the changelog has " + raw.changelogTotal + " histories but the response holds only "
                    + raw.histories + " (Data Center inlines at most 100): the history may be incomplete, "
                    + "so the sprint, status and estimate at earlier times may be wrong");
        }
        checkStatuses(status, changes, notes);
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
        checkSprints(history, notes);
        return history;
    }

    private IssueKey key(RawIssue raw) {
        try {
            return IssueKey.of(raw.key == null ? "" : raw.key);
        } catch (IllegalArgumentException e) {
            String what = raw.key == null ? "has no key" : "has key \"" + raw.key + "\", which is not an issue key";
            warnings.add(new DataWarning(null, raw.where() + " " + what + "; the issue is skipped"));
            return null;
        }
    }

    private List<IssueChange> changes(RawIssue raw, Consumer<String> notes) {
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

    private Instant created(RawIssue raw, List<IssueChange> changes, Consumer<String> notes) {
        Instant created = JiraTime.parse(raw.created).orElse(null);
        Instant first = changes.isEmpty() ? null : changes.get(0).at();
        if (created == null && first == null) {
            notes.accept("(" + raw.where() + ") has no fields.created and no changelog; the issue is skipped");
            return null;
        }
        if (created == null) {
            notes.accept("has no fields.created; taken as its first change at " + first);
            return first;
        }
        if (first != null && first.isBefore(created)) {
            notes.accept("has changes before its creation at " + created + " (an imported issue?); "
                    + "it is taken as created at " + first);
            return first;
        }
        return created;
    }

    private void checkStatuses(String current, List<IssueChange> changes, Consumer<String> notes) {
        Set<String> unmapped = new LinkedHashSet<>();
        String previous = null;
        for (IssueChange change : changes) {
            if (change instanceof StatusChange status) {
                if (previous != null && !previous.equals(status.from())) {
                    notes.accept("the status history jumps from \"" + previous + "\" to a change from \""
                            + status.from() + "\" at " + status.at() + " (a workflow migration?)");
                }
                addIfUnmapped(status.from(), unmapped);
                addIfUnmapped(status.to(), unmapped);
                previous = status.to();
            }
        }
        if (previous != null && !previous.equals(current)) {
            notes.accept("the status history ends at \"" + previous + "\" but the issue is now \"" + current
                    + "\" (a workflow migration or a cut changelog?); replayed from the history");
        }
        addIfUnmapped(current, unmapped);
        unmapped.forEach(status ->
                notes.accept("status \"" + status + "\" is on no board column: while in it the issue counts 0 points"));
    }

    private void addIfUnmapped(String status, Set<String> unmapped) {
        if (!mappedStatuses.contains(status)) {
            unmapped.add(status);
        }
    }

    private static void checkSprints(IssueHistory history, Consumer<String> notes) {
        SprintChange last = null;
        for (IssueChange change : history.changes()) {
            if (change instanceof SprintChange sprint) {
                last = sprint;
            }
        }
        if (last != null && !last.to().equals(history.sprintIds())) {
            // Sorted: the sets' own order changes from run to run, the warning should not.
            notes.accept("the Sprint history ends at " + new TreeSet<>(last.to()) + " but the Sprint field now holds "
                    + new TreeSet<>(history.sprintIds()) + "; replayed from the history");
        }
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
