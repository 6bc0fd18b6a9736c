package io.phasegate.core.snapshot;

/**
 * Where sprint snapshots are kept (G2): a directory of files for {@code phasegate}, Active Objects in
 * Jira. Each sprint has at most one start and one close snapshot and neither is ever replaced: a save
 * stores the snapshot only when none is stored yet — atomically, so that of two concurrent writers
 * (two cluster nodes, two processes) exactly one wins.
 */
public interface SnapshotStore {
    /** Stores nothing and finds nothing: every sprint is reconstructed (snapshots disabled). */
    SnapshotStore DISABLED = new SnapshotStore() {
        @Override
        public StoredSnapshots load(long sprintId) {
            return StoredSnapshots.none();
        }

        @Override
        public boolean saveStart(StartSnapshot snapshot) {
            return false;
        }

        @Override
        public boolean saveClose(CloseSnapshot snapshot) {
            return false;
        }
    };

    /** The sprint's snapshots; problems reading them are reported in the result, never thrown. */
    StoredSnapshots load(long sprintId);

    /** Stores the start snapshot unless the sprint already has one (readable or not); true when stored. */
    boolean saveStart(StartSnapshot snapshot);

    /** Stores the close snapshot unless the sprint already has one (readable or not); true when stored. */
    boolean saveClose(CloseSnapshot snapshot);
}
