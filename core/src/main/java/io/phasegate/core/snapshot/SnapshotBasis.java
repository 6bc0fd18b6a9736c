package io.phasegate.core.snapshot;

import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.SprintHealthSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings a snapshot was taken under: what counted as Done (G4) and the grace period after
 * the start (G1). A snapshot answers only for the same basis; under another one the sprint is
 * reconstructed, with a warning, and the stored snapshot is kept as it is.
 */
public record SnapshotBasis(DoneDefinition done, Duration grace) {
    public SnapshotBasis {
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative: " + grace);
        }
    }

    /** The basis of a computation with this board and these settings. */
    public static SnapshotBasis of(BoardConfig board, SprintHealthSettings settings) {
        return new SnapshotBasis(board.doneDefinition(), settings.grace());
    }

    @Override
    public String toString() {
        return "done=" + SnapshotCodes.done(done) + ", grace=" + grace;
    }
}
