package io.phasegate.core.snapshot;

import io.phasegate.core.sprint.DoneDefinition;

/** How the snapshot format and its warnings spell the engine's enums. */
final class SnapshotCodes {
    private SnapshotCodes() {}

    static String done(DoneDefinition done) {
        return switch (done) {
            case RIGHT_MOST_COLUMN -> "right-most-column";
            case STATUS_CATEGORY_DONE -> "status-category";
        };
    }

    static DoneDefinition done(String code) {
        for (DoneDefinition done : DoneDefinition.values()) {
            if (done(done).equals(code)) {
                return done;
            }
        }
        throw new IllegalArgumentException("unknown done definition \"" + code + "\"");
    }
}
