package io.phasegate.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.plugin.web.ContextProvider;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.readiness.NextGate;
import io.phasegate.core.readiness.ReadinessChecklist;
import io.phasegate.core.readiness.ReadinessChecklists;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supplies the Phasegate issue panel: reads the issue's next gates and fields from Jira, lets the
 * engine build the checklist, and hands the template a {@code panel} map. Any failure becomes a
 * one-line message on the panel and a log entry, never a broken issue page.
 */
public final class PhasegatePanelContextProvider implements ContextProvider {
    private static final Logger LOG = LoggerFactory.getLogger(PhasegatePanelContextProvider.class);

    private final JiraNextGates nextGates;
    private final JiraIssueSnapshots snapshots;
    private final BusinessLinesField businessLines;
    private final PanelView view;

    public PhasegatePanelContextProvider(
            JiraNextGates nextGates,
            JiraIssueSnapshots snapshots,
            BusinessLinesField businessLines,
            JiraMessages messages,
            PanelLinks links) {
        this.nextGates = nextGates;
        this.snapshots = snapshots;
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
        JiraNextGates.Outgoing outgoing = nextGates.of(issue);
        Optional<FieldRef> linesField = businessLines.find();
        Set<FieldRef> fields = new LinkedHashSet<>();
        for (NextGate gate : outgoing.gates()) {
            gate.gate().ifPresent(g -> fields.addAll(g.fieldsRead()));
        }
        linesField.ifPresent(fields::add);
        IssueSnapshot snapshot = snapshots.of(issue, fields);
        return ReadinessChecklists.of(snapshot, outgoing.transitions(), outgoing.gates(), linesField);
    }

    private static String statusName(Issue issue) {
        Status status = issue.getStatus();
        return status == null || status.getName() == null ? "" : status.getName();
    }
}
