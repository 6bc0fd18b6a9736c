package io.phasegate.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.readiness.CpoCoordination;
import io.phasegate.core.readiness.CpoRelabelCount;
import io.phasegate.core.readiness.RelatedIssues;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the label {@value CpoCoordination#LABEL} on an RFC exactly when the engine finds it
 * CPO-coordinated, and takes it off when its business lines dropped below two: the one place that
 * changes the label, used on each issue event ({@link CpoLabelListener}) and for a project's
 * existing RFCs ({@link CpoRelabelling}). Labels are changed only when they are wrong, without
 * e-mail notifications.
 */
public final class CpoLabels {
    private final LabelManager labels;
    private final JiraIssueSnapshots snapshots;
    private final BusinessLinesField businessLines;

    public CpoLabels(LabelManager labels, JiraIssueSnapshots snapshots, BusinessLinesField businessLines) {
        this.labels = labels;
        this.snapshots = snapshots;
        this.businessLines = businessLines;
    }

    /** The Business Lines field as the instance has it now; empty when there is none. */
    public Optional<FieldRef> field() {
        return businessLines.find();
    }

    static boolean isRfc(Issue issue) {
        IssueType type = issue.getIssueType();
        return type != null && RelatedIssues.RFC_TYPE.equalsIgnoreCase(type.getName());
    }

    /**
     * Corrects the label of the RFC {@code issue} as {@code user}, reading Business Lines from
     * {@code field}; returns {@code count} with this RFC added. A failure of Jira's label service
     * propagates: the caller decides whether it stops anything.
     */
    CpoRelabelCount correct(ApplicationUser user, Issue issue, Optional<FieldRef> field, CpoRelabelCount count) {
        CpoCoordination cpo =
                CpoCoordination.assess(snapshots.of(issue, field.map(Set::of).orElse(Set.of())), field);
        Set<String> before = current(issue);
        cpo.labelsAfter(before).ifPresent(wanted -> labels.setLabels(user, issue.getId(), wanted, false, true));
        return count.plus(cpo, before);
    }

    private static Set<String> current(Issue issue) {
        Set<String> names = new LinkedHashSet<>();
        Set<Label> set = issue.getLabels();
        if (set != null) {
            set.stream().map(Label::getLabel).forEach(names::add);
        }
        return names;
    }
}
