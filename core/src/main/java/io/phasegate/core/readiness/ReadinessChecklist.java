package io.phasegate.core.readiness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Phasegate panel on an issue shows: the current phase, the checklist of every gate on a
 * transition leaving it, the linked RFCs / Deep-dives / tests, and whether the RFC is
 * CPO-coordinated.
 *
 * @param status the issue's current status
 * @param phase the phase that status stands for, if it is one of the eight
 * @param gates one per gated transition leaving the status, in workflow order
 */
public record ReadinessChecklist(
        String status,
        Optional<Phase> phase,
        Outlook outlook,
        List<GateChecklist> gates,
        RelatedIssues related,
        CpoCoordination cpo) {

    /** What lies ahead of the issue, which decides the panel's main message. */
    public enum Outlook {
        /** At least one gate on a transition leaving the status: show the checklists. */
        GATED,
        /** Transitions leave the status, but none carries a Phasegate gate. */
        NO_GATE,
        /** The last phase, or a status nothing leaves: no next gate to prepare for. */
        LAST_PHASE,
        /** The issue's workflow or its current step could not be read. */
        WORKFLOW_UNKNOWN
    }

    public ReadinessChecklist {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(outlook, "outlook");
        gates = List.copyOf(gates);
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(cpo, "cpo");
    }
}
