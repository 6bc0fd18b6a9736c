package io.phasegate.jira.issue;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.IssueSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the engine's {@link IssueSnapshot} from a Jira issue, reading only the fields a gate needs.
 * Linked issues the viewer may not browse are marked {@link IssueRef#hidden() hidden}: the engine
 * counts them as before, but results shown to the viewer do not name them.
 */
public final class JiraIssueSnapshots {
    private static final FieldRef SUMMARY = FieldRef.of("summary");

    private final CustomFieldManager customFields;
    private final IssueLinkManager issueLinks;

    public JiraIssueSnapshots(CustomFieldManager customFields, IssueLinkManager issueLinks) {
        this.customFields = customFields;
        this.issueLinks = issueLinks;
    }

    /**
     * The issue with the given fields, its links and its sub-tasks (with the same fields), for a
     * result nobody but the system reads: no linked issue is hidden.
     */
    public IssueSnapshot of(Issue issue, Set<FieldRef> fields) {
        return of(issue, fields, linked -> true);
    }

    /**
     * The issue as above, for a result shown to a viewer: a linked issue for which {@code browsable}
     * is false (see {@link ViewerVisibility}) is marked hidden.
     */
    public IssueSnapshot of(Issue issue, Set<FieldRef> fields, Predicate<Issue> browsable) {
        List<IssueSnapshot> subtasks = new ArrayList<>();
        Collection<Issue> children = issue.getSubTaskObjects();
        if (children != null) {
            for (Issue child : children) {
                subtasks.add(snapshot(child, fields, List.of(), List.of()));
            }
        }
        return snapshot(issue, fields, links(issue, browsable), subtasks);
    }

    private IssueSnapshot snapshot(
            Issue issue, Set<FieldRef> fields, List<IssueLinkSnapshot> links, List<IssueSnapshot> subtasks) {
        Map<FieldRef, FieldValue> values = new HashMap<>();
        Set<FieldRef> known = new HashSet<>();
        for (FieldRef ref : fields) {
            readField(issue, ref, values, known);
        }
        return new IssueSnapshot(
                JiraIssueRefs.key(issue),
                JiraIssueRefs.issueType(issue),
                issue.isSubTask(),
                JiraIssueRefs.statusName(issue),
                JiraIssueRefs.statusCategory(issue),
                issue.getSummary(),
                values,
                known,
                links,
                subtasks);
    }

    private void readField(Issue issue, FieldRef ref, Map<FieldRef, FieldValue> values, Set<FieldRef> known) {
        if (ref.equals(IssueSnapshot.DESCRIPTION)) {
            known.add(ref);
            values.put(ref, JiraFieldValues.of(issue.getDescription()));
        } else if (ref.equals(SUMMARY)) {
            known.add(ref);
            values.put(ref, JiraFieldValues.of(issue.getSummary()));
        } else if (ref.isCustom()) {
            CustomField field = customFields.getCustomFieldObject(ref.id());
            if (field != null) {
                known.add(ref);
                values.put(ref, JiraFieldValues.of(issue.getCustomFieldValue(field)));
            }
        }
        // Any other id is unknown here, so rules naming it report a misconfiguration.
    }

    private List<IssueLinkSnapshot> links(Issue issue, Predicate<Issue> browsable) {
        Long id = issue.getId();
        if (id == null) {
            return List.of(); // an issue being created has no links yet
        }
        List<IssueLinkSnapshot> links = new ArrayList<>();
        for (IssueLink link : nullSafe(issueLinks.getOutwardLinks(id))) {
            IssueLinkType type = link.getIssueLinkType();
            if (!type.isSubTaskLinkType()) {
                links.add(new IssueLinkSnapshot(
                        type.getName(),
                        type.getOutward(),
                        Direction.OUTWARD,
                        ref(link.getDestinationObject(), browsable)));
            }
        }
        for (IssueLink link : nullSafe(issueLinks.getInwardLinks(id))) {
            IssueLinkType type = link.getIssueLinkType();
            if (!type.isSubTaskLinkType()) {
                links.add(new IssueLinkSnapshot(
                        type.getName(), type.getInward(), Direction.INWARD, ref(link.getSourceObject(), browsable)));
            }
        }
        return links;
    }

    private static IssueRef ref(Issue linked, Predicate<Issue> browsable) {
        IssueRef ref = JiraIssueRefs.ref(linked);
        return browsable.test(linked) ? ref : ref.asHidden();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
