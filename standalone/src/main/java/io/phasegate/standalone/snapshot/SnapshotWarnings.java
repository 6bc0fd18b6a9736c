package io.phasegate.standalone.snapshot;

/**
 * Where the standalone tool keeps sprint snapshots; their warnings join a sprint's data warnings through
 * {@link io.phasegate.core.history.SprintWarnings#with}.
 */
public final class SnapshotWarnings {
    /** The folder of a data directory where snapshots are kept. */
    public static final String FOLDER = "snapshots";

    private SnapshotWarnings() {}
}
