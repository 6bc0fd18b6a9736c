package io.phasegate.standalone.snapshot;

import io.phasegate.core.snapshot.FrozenSprints;
import io.phasegate.core.snapshot.SnapshotWarning;
import io.phasegate.standalone.ingest.DataWarning;
import java.util.ArrayList;
import java.util.List;

/** Snapshot warnings in the {@code warnings} list of {@code phasegate health} and {@code serve}. */
public final class SnapshotWarnings {
    /** The folder of a data directory where snapshots are kept. */
    public static final String FOLDER = "snapshots";

    private SnapshotWarnings() {}

    /** The data warnings of a sprint followed by its snapshot warnings. */
    public static List<DataWarning> with(List<DataWarning> data, FrozenSprints frozen, long sprintId) {
        return with(data, frozen.warnings(sprintId));
    }

    public static List<DataWarning> with(List<DataWarning> data, List<SnapshotWarning> snapshot) {
        List<DataWarning> all = new ArrayList<>(data);
        snapshot.forEach(warning -> all.add(new DataWarning(null, warning.toString())));
        return all;
    }
}
