package io.phasegate.core.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link SnapshotStore} holds for one sprint: its start and close snapshots, either of which
 * may be missing, and the problems met reading them (a malformed record, a newer format), each of
 * which becomes a warning. A record that could not be read counts as missing but is never replaced.
 */
public record StoredSnapshots(StartSnapshot startOrNull, CloseSnapshot closeOrNull, List<String> problems) {
    public StoredSnapshots {
        problems = List.copyOf(problems);
    }

    /** Nothing stored and nothing wrong. */
    public static StoredSnapshots none() {
        return new StoredSnapshots(null, null, List.of());
    }

    public Optional<StartSnapshot> start() {
        return Optional.ofNullable(startOrNull);
    }

    public Optional<CloseSnapshot> close() {
        return Optional.ofNullable(closeOrNull);
    }
}
