package io.phasegate.jira.rest;

import io.phasegate.core.snapshot.CloseSnapshot;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.snapshot.StartSnapshot;
import io.phasegate.core.snapshot.StoredSnapshots;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sprint snapshots in a map (the Active Objects store has its own test on a real database). */
final class MemorySnapshotStore implements SnapshotStore {
    final Map<Long, StartSnapshot> starts = new ConcurrentHashMap<>();
    final Map<Long, CloseSnapshot> closes = new ConcurrentHashMap<>();

    @Override
    public StoredSnapshots load(long sprintId) {
        return new StoredSnapshots(starts.get(sprintId), closes.get(sprintId), java.util.List.of());
    }

    @Override
    public boolean saveStart(StartSnapshot snapshot) {
        return starts.putIfAbsent(snapshot.sprintId(), snapshot) == null;
    }

    @Override
    public boolean saveClose(CloseSnapshot snapshot) {
        return closes.putIfAbsent(snapshot.sprintId(), snapshot) == null;
    }
}
