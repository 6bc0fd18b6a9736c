package io.phasegate.core.readiness;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.readiness.ReadinessChecklist.Outlook;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds an issue's {@link ReadinessChecklist} from what the adapter read of its workflow. */
public final class ReadinessChecklists {
    private ReadinessChecklists() {}

    /**
     * The checklist of an issue.
     *
     * @param issue the issue, with every field the gates and the CPO rule read
     * @param outgoingTransitions how many transitions leave the current status; empty when the
     *     workflow or the current step could not be read
     * @param gates the Phasegate gates on those transitions
     * @param businessLinesField the Business Lines custom field, empty if the instance has none
     */
    public static ReadinessChecklist of(
            IssueSnapshot issue,
            OptionalInt outgoingTransitions,
            List<NextGate> gates,
            Optional<FieldRef> businessLinesField) {
        Optional<Phase> phase = Phase.ofStatus(issue.status());
        List<GateChecklist> checklists =
                gates.stream().map(g -> GateChecklists.of(g, issue)).toList();
        return new ReadinessChecklist(
                issue.status(),
                phase,
                outlook(phase, outgoingTransitions, checklists),
                checklists,
                RelatedIssues.of(issue),
                CpoCoordination.assess(issue, businessLinesField));
    }

    private static Outlook outlook(Optional<Phase> phase, OptionalInt outgoing, List<GateChecklist> gates) {
        if (!gates.isEmpty()) {
            return Outlook.GATED;
        }
        if (outgoing.isEmpty()) {
            return Outlook.WORKFLOW_UNKNOWN;
        }
        boolean last = phase.map(Phase::isLast).orElse(false) || outgoing.getAsInt() == 0;
        return last ? Outlook.LAST_PHASE : Outlook.NO_GATE;
    }
}
