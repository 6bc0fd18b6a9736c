package io.phasegate.core.testing;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-data builder for {@link IssueSnapshot}: {@code anIssue("PG-1").with(POINTS, 5).build()}.
 * Unless told otherwise an issue is an open Story without fields, links or sub-tasks.
 */
public final class IssueSnapshots {

    private IssueKey key = IssueKey.of("PG-1");
    private String type = "Story";
    private boolean subtask;
    private String status = "Open";
    private StatusCategory statusCategory = StatusCategory.TO_DO;
    private final Map<FieldRef, FieldValue> fields = new LinkedHashMap<>();
    private final Set<FieldRef> knownFields = new HashSet<>();
    private final List<IssueLinkSnapshot> links = new ArrayList<>();
    private final List<IssueSnapshot> subtasks = new ArrayList<>();

    private IssueSnapshots() {}

    public static IssueSnapshots anIssue() {
        return new IssueSnapshots();
    }

    public static IssueSnapshots anIssue(String key) {
        return anIssue().key(key);
    }

    public static IssueSnapshots aSubtask(String key) {
        IssueSnapshots builder = anIssue(key).type("Sub-task");
        builder.subtask = true;
        return builder;
    }

    /** The other end of a link. */
    public static IssueRef linkedIssue(String key, String type, String status) {
        return new IssueRef(IssueKey.of(key), type, status, StatusCategory.UNKNOWN);
    }

    public IssueSnapshots key(String key) {
        this.key = IssueKey.of(key);
        return this;
    }

    public IssueSnapshots type(String type) {
        this.type = type;
        return this;
    }

    public IssueSnapshots status(String status, StatusCategory category) {
        this.status = status;
        this.statusCategory = category;
        return this;
    }

    public IssueSnapshots status(String status) {
        return status(status, StatusCategory.UNKNOWN);
    }

    public IssueSnapshots with(FieldRef field, FieldValue value) {
        fields.put(field, value);
        return this;
    }

    public IssueSnapshots with(FieldRef field, double number) {
        return with(field, FieldValue.number(number));
    }

    public IssueSnapshots with(FieldRef field, String plainText) {
        return with(field, FieldValue.plain(plainText));
    }

    /** The field exists in Jira but this issue has no value in it (absent from the fields map). */
    public IssueSnapshots withoutValue(FieldRef field) {
        knownFields.add(field);
        return this;
    }

    public IssueSnapshots link(String typeName, String phrase, Direction direction, IssueRef other) {
        links.add(new IssueLinkSnapshot(typeName, phrase, direction, other));
        return this;
    }

    /** A link of Jira's default "Tests" type, read from the tested issue: "is tested by". */
    public IssueSnapshots testedBy(IssueRef test) {
        return link("Tests", "is tested by", Direction.INWARD, test);
    }

    public IssueSnapshots subtasks(IssueSnapshots... subtasks) {
        Arrays.stream(subtasks).map(IssueSnapshots::build).forEach(this.subtasks::add);
        return this;
    }

    public IssueSnapshot build() {
        return new IssueSnapshot(
                key, type, subtask, status, statusCategory, "Summary of " + key, fields, knownFields, links, subtasks);
    }
}
