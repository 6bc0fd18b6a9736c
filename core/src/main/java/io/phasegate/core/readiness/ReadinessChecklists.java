package io.phasegate.core.readiness;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.readiness.ReadinessChecklist.Outlook;
import java.util.List;
import java.util.Optional;

/** Builds an issue's {@link ReadinessChecklist} from what the adapter read of its workflow. */
public final class ReadinessChecklists {
    private ReadinessChecklists() {}

    /**
     * The checklist of an issue for the user viewing it: only the gates on transitions that user can
     * take are listed, because a checklist for a transition the user does not have is of no use to
     * them; gates on the other transitions are only counted.
     *
     * @param issue the issue, with every field the gates and the CPO rule read
     * @param transitions the transitions leaving the current status, in workflow order; empty when
     *     the workflow or the current step could not be read
     * @param businessLinesField the Business Lines custom field, empty if the instance has none
     */
    public static ReadinessChecklist forViewer(
            IssueSnapshot issue,
            Optional<List<OutgoingTransition>> transitions,
            Optional<FieldRef> businessLinesField) {
        Optional<Phase> phase = Phase.ofStatus(issue.status());
        List<OutgoingTransition> all = transitions.orElse(List.of());
        List<GateChecklist> checklists =
                gates(all, true).stream().map(g -> GateChecklists.of(g, issue)).toList();
        int hidden = gates(all, false).size();
        return new ReadinessChecklist(
                issue.status(),
                phase,
                outlook(phase, transitions.map(List::size), checklists, hidden),
                checklists,
                hidden,
                RelatedIssues.of(issue),
                CpoCoordination.assess(issue, businessLinesField));
    }

    private static List<NextGate> gates(List<OutgoingTransition> transitions, boolean available) {
        return transitions.stream()
                .filter(t -> t.availableToViewer() == available)
                .flatMap(t -> t.gates().stream())
                .toList();
    }

    private static Outlook outlook(
            Optional<Phase> phase, Optional<Integer> outgoing, List<GateChecklist> gates, int hiddenGates) {
        if (!gates.isEmpty()) {
            return Outlook.GATED;
        }
        if (outgoing.isEmpty()) {
            return Outlook.WORKFLOW_UNKNOWN;
        }
        if (phase.map(Phase::isLast).orElse(false) || outgoing.get() == 0) {
            return Outlook.LAST_PHASE;
        }
        return hiddenGates > 0 ? Outlook.NOT_FOR_VIEWER : Outlook.NO_GATE;
    }
}
