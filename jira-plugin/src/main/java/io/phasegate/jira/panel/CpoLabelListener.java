package io.phasegate.jira.panel;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import io.phasegate.core.readiness.CpoCoordination;
import io.phasegate.core.readiness.CpoRelabelCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the label {@value CpoCoordination#LABEL} on exactly the RFCs the engine finds
 * CPO-coordinated, so JQL finds them ({@code labels = phasegate-cpo-coordinated}). It runs on every
 * issue event (create, edit, transition ...) of an RFC and changes labels only when they are wrong;
 * the label is stored by Jira, so every cluster node sees the same. The label itself is set by
 * {@link CpoLabels}, shared with the relabelling of existing RFCs.
 */
public final class CpoLabelListener {
    private static final Logger LOG = LoggerFactory.getLogger(CpoLabelListener.class);

    private final EventPublisher events;
    private final CpoLabels cpoLabels;

    public CpoLabelListener(EventPublisher events, CpoLabels cpoLabels) {
        this.events = events;
        this.cpoLabels = cpoLabels;
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
        if (issue == null || issue.getId() == null || !CpoLabels.isRfc(issue)) {
            return;
        }
        try {
            cpoLabels.correct(event.getUser(), issue, cpoLabels.field(), CpoRelabelCount.NONE);
        } catch (RuntimeException e) {
            // A failed label update must not disturb the user's edit; the next event tries again.
            LOG.warn("Phasegate could not update the CPO label of {}", issue.getKey(), e);
        }
    }
}
