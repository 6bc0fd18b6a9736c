package io.phasegate.core.snapshot;

import static io.phasegate.core.snapshot.Commitment.points;

import io.phasegate.core.sprint.FrozenScope;
import io.phasegate.core.sprint.SprintLedger;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The snapshot rule (G2, G9) for one computation: a closed sprint with a stored close snapshot is
 * reported from it; otherwise the commitment comes from the stored start snapshot when there is one,
 * and the rest from the changelogs. Snapshots missing from the store are taken from this computation
 * and saved — the start snapshot once {@code t0} has passed, the close snapshot once the sprint is
 * closed — so that later events (changelog rewrites, reopens, board-filter changes) no longer change
 * the numbers. Each stored-versus-reconstructed difference is reported as a {@link SnapshotWarning}.
 *
 * <p>One instance serves one request: it remembers each sprint's answer, so that a sprint measured
 * twice (as itself and in another sprint's rolling window) reads the store once.
 */
public final class FrozenSprints implements FrozenScope {
    private final SnapshotStore store;
    private final SnapshotBasis basis;
    private final Clock clock;
    private final Map<Long, SprintLedger> ledgers = new HashMap<>();
    private final Map<Long, List<SnapshotWarning>> warnings = new HashMap<>();

    public FrozenSprints(SnapshotStore store, SnapshotBasis basis, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized SprintLedger apply(SprintLedger reconstructed) {
        long id = reconstructed.sprint().id();
        SprintLedger known = ledgers.get(id);
        if (known == null) {
            SnapshotDifferences differences = new SnapshotDifferences(id);
            known = freeze(reconstructed, differences);
            ledgers.put(id, known);
            warnings.put(id, differences.warnings());
        }
        return known;
    }

    /** The warnings about a sprint measured by this instance; empty when it agreed with its snapshots. */
    public synchronized List<SnapshotWarning> warnings(long sprintId) {
        return warnings.getOrDefault(sprintId, List.of());
    }

    private SprintLedger freeze(SprintLedger reconstructed, SnapshotDifferences differences) {
        long id = reconstructed.sprint().id();
        StoredSnapshots stored = store.load(id);
        stored.problems().forEach(differences::problem);
        Optional<SprintLedger> closed = closed(stored, reconstructed, differences);
        if (closed.isPresent()) {
            return closed.get();
        }
        Optional<StartSnapshot> start = stored.start().filter(snapshot -> sameBasis(snapshot.basis(), differences));
        SprintLedger ledger = start.map(snapshot -> new Commitment(snapshot, differences).apply(reconstructed))
                .orElse(reconstructed);
        if (start.isPresent()) {
            differences.total("M1", points(ledger.committedPoints()), points(reconstructed.committedPoints()));
        } else if (stored.start().isEmpty() && !reconstructed.sprint().isClosed()) {
            Snapshots.start(reconstructed, basis, clock.instant()).ifPresent(store::saveStart);
        }
        Optional<CloseSnapshot> close = Snapshots.close(ledger, basis, clock.instant());
        if (close.isPresent() && stored.close().isEmpty() && !store.saveClose(close.get())) {
            // Another writer stored its close snapshot first: that one is the record.
            return closed(store.load(id), reconstructed, differences).orElse(ledger);
        }
        return ledger;
    }

    private Optional<SprintLedger> closed(
            StoredSnapshots stored, SprintLedger reconstructed, SnapshotDifferences differences) {
        return stored.close()
                .filter(snapshot -> reconstructed.sprint().isClosed())
                .filter(snapshot -> sameBasis(snapshot.basis(), differences))
                .map(snapshot -> {
                    SprintLedger frozen = Snapshots.restore(reconstructed, snapshot);
                    CloseComparison.compare(frozen, reconstructed, differences);
                    return frozen;
                });
    }

    private boolean sameBasis(SnapshotBasis stored, SnapshotDifferences differences) {
        if (stored.equals(basis)) {
            return true;
        }
        differences.basis(stored, basis);
        return false;
    }
}
