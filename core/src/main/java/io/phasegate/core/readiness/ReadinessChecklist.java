package io.phasegate.core.readiness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Phasegate panel on an issue shows to the user viewing it: the current phase, the checklist
 * of every gate on a transition leaving it that the user can take, the linked RFCs / Deep-dives / tests, and whether the RFC is
 * CPO-coordinated.
 *
 * @param status the issue's current status
 * @param phase the phase that status stands for, if it is one of the eight
 * @param gates one per gate on a transition leaving the status that the viewing user can take, in
 *     workflow order
 * @param hiddenGates how many gates are on transitions the viewing user cannot take now (a workflow
 *     condition or a permission hides them); they get no checklist
 */
public record ReadinessChecklist(
        String status,
        Optional<Phase> phase,
        Outlook outlook,
        List<GateChecklist> gates,
        int hiddenGates,
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
        WORKFLOW_UNKNOWN,
        /**
         * Gates are on transitions leaving the status, but the viewing user can take none of them
         * (a workflow condition or a permission hides them): no checklist for this user.
         */
        NOT_FOR_VIEWER
    }

    public ReadinessChecklist {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(outlook, "outlook");
        gates = List.copyOf(gates);
        if (hiddenGates < 0) {
            throw new IllegalArgumentException("hiddenGates must not be negative: " + hiddenGates);
        }
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(cpo, "cpo");
    }
}
