package io.phasegate.core.issue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable picture of one issue, built by an adapter from Jira's Java API or REST JSON. The
 * engine never sees a live Jira object.
 *
 * @param fields values of the fields the issue has; a field absent from this map and from
 *     {@code knownFields} does not exist in the Jira instance (for example a deleted custom field)
 * @param knownFields every field id that exists in the Jira instance the snapshot came from
 * @param subtasks the issue's sub-tasks as snapshots of their own (without further nesting)
 */
public record IssueSnapshot(
        IssueKey key,
        String issueType,
        boolean subtask,
        String status,
        StatusCategory statusCategory,
        String summary,
        Map<FieldRef, FieldValue> fields,
        Set<FieldRef> knownFields,
        List<IssueLinkSnapshot> links,
        List<IssueSnapshot> subtasks) {

    /** The description field, which Jira has on every issue type. */
    public static final FieldRef DESCRIPTION = FieldRef.of("description");

    public IssueSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusCategory, "statusCategory");
        summary = summary == null ? "" : summary;
        fields = Map.copyOf(fields);
        knownFields = Set.copyOf(knownFields);
        links = List.copyOf(links);
        subtasks = List.copyOf(subtasks);
    }

    /** The value of a field; empty when the issue has no value or the field does not exist. */
    public Optional<FieldValue> field(FieldRef ref) {
        return Optional.ofNullable(fields.get(ref));
    }

    /** Whether the field exists in the Jira instance, whatever its value on this issue. */
    public boolean fieldExists(FieldRef ref) {
        return knownFields.contains(ref) || fields.containsKey(ref);
    }

    public IssueRef asRef() {
        return new IssueRef(key, issueType, status, statusCategory);
    }
}
