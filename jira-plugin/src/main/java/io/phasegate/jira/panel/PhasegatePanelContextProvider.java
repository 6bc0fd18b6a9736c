package io.phasegate.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.plugin.web.ContextProvider;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.readiness.OutgoingTransition;
import io.phasegate.core.readiness.ReadinessChecklist;
import io.phasegate.core.readiness.ReadinessChecklists;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.issue.ViewerVisibility;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supplies the Phasegate issue panel: reads the issue's next transitions (and which of them the
 * viewing user can take), their gates and the issue's fields from Jira, lets the engine build the
 * viewer's checklist, and hands the template a {@code panel} map. Any failure becomes a
 * one-line message on the panel and a log entry, never a broken issue page.
 */
public final class PhasegatePanelContextProvider implements ContextProvider {
    private static final Logger LOG = LoggerFactory.getLogger(PhasegatePanelContextProvider.class);

    private final JiraNextGates nextGates;
    private final JiraIssueSnapshots snapshots;
    private final BusinessLinesField businessLines;
    private final ViewerVisibility visibility;
    private final PanelView view;

    public PhasegatePanelContextProvider(
            JiraNextGates nextGates,
            JiraIssueSnapshots snapshots,
            BusinessLinesField businessLines,
            JiraMessages messages,
            PanelLinks links,
            ViewerVisibility visibility) {
        this.nextGates = nextGates;
        this.snapshots = snapshots;
        this.visibility = visibility;
        this.businessLines = businessLines;
        this.view = new PanelView(messages, links);
    }

    @Override
    public void init(Map<String, String> params) {
        // No configuration: the panel reads everything from the issue's workflow at render time.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        Object candidate = context.get("issue");
        if (!(candidate instanceof Issue issue)) {
            result.put("panel", view.failed(""));
            return result;
        }
        try {
            result.put("panel", view.of(checklist(issue), issue.getId()));
        } catch (RuntimeException e) {
            LOG.error("Phasegate panel could not be built for {}", issue.getKey(), e);
            result.put("panel", view.failed(statusName(issue)));
        }
        return result;
    }

    private ReadinessChecklist checklist(Issue issue) {
        Optional<List<OutgoingTransition>> transitions = nextGates.of(issue);
        Optional<FieldRef> linesField = businessLines.find();
        Set<FieldRef> fields = new LinkedHashSet<>();
        // Only the gates the viewer gets a checklist for are evaluated, so only their fields are read.
        transitions.orElse(List.of()).stream()
                .filter(OutgoingTransition::availableToViewer)
                .flatMap(t -> t.gates().stream())
                .forEach(gate -> gate.gate().ifPresent(g -> fields.addAll(g.fieldsRead())));
        linesField.ifPresent(fields::add);
        // Linked issues the viewer may not browse count as always, but the panel does not name them.
        IssueSnapshot snapshot = snapshots.of(issue, fields, visibility.ofLoggedInUser());
        return ReadinessChecklists.forViewer(snapshot, transitions, linesField);
    }

    private static String statusName(Issue issue) {
        Status status = issue.getStatus();
        return status == null || status.getName() == null ? "" : status.getName();
    }
}
