package io.phasegate.core.sprint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Instants for fixtures: day 0 is Monday 2026-03-02 09:00 UTC, the start of the sprint under test. */
final class TestTime {
    static final Instant DAY_0 = Instant.parse("2026-03-02T09:00:00Z");

    private TestTime() {}

    static Instant day(int day) {
        return DAY_0.plusSeconds(86_400L * day);
    }

    static Instant day(int day, int hour) {
        return day(day).plusSeconds(3_600L * (hour - 9));
    }

    static Clock clockAt(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
