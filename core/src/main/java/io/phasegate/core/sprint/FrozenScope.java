package io.phasegate.core.sprint;

/**
 * Where a sprint's scope comes from once it is frozen (G2, G9): given the ledger reconstructed from
 * the changelogs, the ledger the metrics use — the reconstruction itself, or a copy whose scope was
 * read from a stored snapshot ({@link SprintLedger#withScope}).
 */
@FunctionalInterface
public interface FrozenScope {
    /** Nothing stored: every sprint is reconstructed. */
    FrozenScope NONE = reconstructed -> reconstructed;

    /** The ledger to measure, for the one reconstructed from the changelogs. */
    SprintLedger apply(SprintLedger reconstructed);
}
