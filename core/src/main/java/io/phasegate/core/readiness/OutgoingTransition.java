package io.phasegate.core.readiness;

import java.util.List;
import java.util.Objects;

/**
 * A transition leaving the current status, as the adapter read it from the workflow: its
 * name, whether the user viewing the issue can take it now (workflow conditions and permissions
 * checked for that user), and the Phasegate gates on it.
 *
 * @param name the transition's name, such as {@code Start UX Design}
 * @param availableToViewer whether the viewing user can take the transition now
 * @param gates the Phasegate gates on the transition, in workflow order (usually none or one)
 */
public record OutgoingTransition(String name, boolean availableToViewer, List<NextGate> gates) {
    public OutgoingTransition {
        Objects.requireNonNull(name, "name");
        gates = List.copyOf(gates);
    }
}
