package io.phasegate.core.readiness;

import java.util.Set;

/**
 * What bringing the CPO label of a project's existing RFCs up to date did: how many RFCs were
 * examined, how many got the label, lost it, or could not be changed.
 */
public record CpoRelabelCount(int examined, int added, int removed, int failed) {
    /** Nothing examined yet. */
    public static final CpoRelabelCount NONE = new CpoRelabelCount(0, 0, 0, 0);

    public CpoRelabelCount {
        if (examined < 0 || added < 0 || removed < 0 || failed < 0 || added + removed + failed > examined) {
            throw new IllegalArgumentException(
                    "inconsistent counts: " + examined + "/" + added + "/" + removed + "/" + failed);
        }
    }

    /** One more RFC examined, whose labels were changed as {@code coordination} required. */
    public CpoRelabelCount plus(CpoCoordination coordination, Set<String> labelsBefore) {
        return coordination
                .labelsAfter(labelsBefore)
                .map(after -> after.contains(CpoCoordination.LABEL)
                        ? new CpoRelabelCount(examined + 1, added + 1, removed, failed)
                        : new CpoRelabelCount(examined + 1, added, removed + 1, failed))
                .orElseGet(() -> new CpoRelabelCount(examined + 1, added, removed, failed));
    }

    /** One more RFC examined whose labels could not be changed. */
    public CpoRelabelCount plusFailure() {
        return new CpoRelabelCount(examined + 1, added, removed, failed + 1);
    }

    /** How many RFCs had their label changed. */
    public int changed() {
        return added + removed;
    }
}
