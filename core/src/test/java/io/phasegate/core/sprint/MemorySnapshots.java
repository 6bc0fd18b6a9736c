package io.phasegate.core.sprint;

import io.phasegate.core.snapshot.CloseSnapshot;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.snapshot.StartSnapshot;
import io.phasegate.core.snapshot.StoredSnapshots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A snapshot store in memory with the port's rules: first save wins, an unreadable record blocks a save. */
class MemorySnapshots implements SnapshotStore {
    final Map<Long, StartSnapshot> starts = new HashMap<>();
    final Map<Long, CloseSnapshot> closes = new HashMap<>();
    final Map<Long, String> unreadable = new HashMap<>();
    final List<String> saves = new ArrayList<>();

    @Override
    public StoredSnapshots load(long sprintId) {
        List<String> problems = unreadable.containsKey(sprintId) ? List.of(unreadable.get(sprintId)) : List.of();
        return new StoredSnapshots(starts.get(sprintId), closes.get(sprintId), problems);
    }

    @Override
    public boolean saveStart(StartSnapshot snapshot) {
        if (unreadable.containsKey(snapshot.sprintId()) || starts.containsKey(snapshot.sprintId())) {
            return false;
        }
        starts.put(snapshot.sprintId(), snapshot);
        saves.add("start " + snapshot.sprintId());
        return true;
    }

    @Override
    public boolean saveClose(CloseSnapshot snapshot) {
        if (unreadable.containsKey(snapshot.sprintId()) || closes.containsKey(snapshot.sprintId())) {
            return false;
        }
        closes.put(snapshot.sprintId(), snapshot);
        saves.add("close " + snapshot.sprintId());
        return true;
    }
}
