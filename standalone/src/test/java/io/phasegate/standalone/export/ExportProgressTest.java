package io.phasegate.standalone.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExportProgressTest {
    private final StringWriter err = new StringWriter();

    @Test
    void onATerminalTheBarIsRedrawnInPlace() {
        ExportProgress progress = ExportProgress.on(new PrintWriter(err), true, Clock.systemUTC());

        progress.fetched("issues", 1, 50, 200);
        progress.fetched("issues", 4, 200, 200);

        assertThat(err.toString())
                .contains("\r\033[K[#######.......................] issues 50/200, 1 page")
                .endsWith("[##############################] issues 200/200, 4 pages" + System.lineSeparator());
    }

    @Test
    void elsewhereALineAtMostEveryFiveSecondsAndOneAtTheEnd() {
        MutableClock clock = new MutableClock();
        ExportProgress progress = ExportProgress.on(new PrintWriter(err), false, clock);

        progress.fetched("issues", 1, 50, 200);
        clock.now = clock.now.plusSeconds(2);
        progress.fetched("issues", 2, 100, 200);
        clock.now = clock.now.plusSeconds(4);
        progress.fetched("issues", 3, 150, 200);
        progress.fetched("issues", 4, 200, 200);

        assertThat(err.toString().lines())
                .containsExactly(
                        "issues: 50 of 200 fetched (1 page)",
                        "issues: 150 of 200 fetched (3 pages)",
                        "issues: 200 of 200 fetched (4 pages)");
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
