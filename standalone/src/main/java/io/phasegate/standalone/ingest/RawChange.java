package io.phasegate.standalone.ingest;

import java.time.Instant;

/**
 * One changelog item kept while streaming, before the fields are known for sure. Only items of the
 * fields sprint health replays are kept; {@code field} is the display name (or Cloud's field id)
 * for estimate candidates and null otherwise.
 */
record RawChange(Instant at, Kind kind, String field, String from, String fromText, String to, String toText) {
    enum Kind {
        STATUS,
        RESOLUTION,
        ASSIGNEE,
        SPRINT,
        FLAG,
        ESTIMATE
    }
}
