package io.phasegate.jira.panel;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.readiness.CpoCoordination;
import io.phasegate.core.readiness.RelatedIssues;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the label {@value CpoCoordination#LABEL} on exactly the RFCs the engine finds
 * CPO-coordinated, so JQL finds them ({@code labels = phasegate-cpo-coordinated}). It runs on every
 * issue event (create, edit, transition ...) of an RFC and changes labels only when they are wrong;
 * the label is stored by Jira, so every cluster node sees the same.
 */
public final class CpoLabelListener {
    private static final Logger LOG = LoggerFactory.getLogger(CpoLabelListener.class);

    private final EventPublisher events;
    private final LabelManager labels;
    private final JiraIssueSnapshots snapshots;
    private final BusinessLinesField businessLines;

    public CpoLabelListener(
            EventPublisher events,
            LabelManager labels,
            JiraIssueSnapshots snapshots,
            BusinessLinesField businessLines) {
        this.events = events;
        this.labels = labels;
        this.snapshots = snapshots;
        this.businessLines = businessLines;
    }

    /** Called by Spring when the plugin starts. */
    public void register() {
        events.register(this);
    }

    /** Called by Spring when the plugin stops. */
    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null || !isRfc(issue)) {
            return;
        }
        try {
            Optional<FieldRef> field = businessLines.find();
            CpoCoordination cpo = CpoCoordination.assess(
                    snapshots.of(issue, field.map(Set::of).orElse(Set.of())), field);
            cpo.labelsAfter(current(issue))
                    .ifPresent(wanted -> labels.setLabels(event.getUser(), issue.getId(), wanted, false, true));
        } catch (RuntimeException e) {
            // A failed label update must not disturb the user's edit; the next event tries again.
            LOG.warn("Phasegate could not update the CPO label of {}", issue.getKey(), e);
        }
    }

    private static boolean isRfc(Issue issue) {
        IssueType type = issue.getIssueType();
        return type != null && RelatedIssues.RFC_TYPE.equalsIgnoreCase(type.getName());
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
