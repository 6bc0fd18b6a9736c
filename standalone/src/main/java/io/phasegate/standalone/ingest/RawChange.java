package io.phasegate.standalone.ingest;

import java.time.Instant;

/**
 * One changelog item kept while streaming, before the fields are known for sure. Only items of the
 * fields sprint health replays are kept; {@code field} is the display name (or Cloud's field id)
 * for estimate candidates and null otherwise. The time is held as epoch second and nanosecond, not
 * as an {@link Instant}: thousands of issues keep these records until every file is read, and one
 * object less per item to visit again later is measurably faster.
 */
record RawChange(
        long epochSecond, int nano, Kind kind, String field, String from, String fromText, String to, String toText) {
    enum Kind {
        STATUS,
        RESOLUTION,
        ASSIGNEE,
        SPRINT,
        FLAG,
        ESTIMATE
    }

    Instant at() {
        return Instant.ofEpochSecond(epochSecond, nano);
    }

    boolean isBefore(RawChange other) {
        return epochSecond < other.epochSecond || epochSecond == other.epochSecond && nano < other.nano;
    }
}
