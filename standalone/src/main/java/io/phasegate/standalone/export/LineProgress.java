package io.phasegate.standalone.export;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Progress as a plain line at most every few seconds, and always when a kind is done. */
final class LineProgress implements ExportProgress {
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final Clock clock;
    private Instant last = Instant.MIN;

    LineProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void fetched(String what, int pages, int fetched, int total) {
        Instant now = clock.instant();
        if (fetched >= total || !now.isBefore(last.plus(EVERY))) {
            err.printf("%s: %d of %d fetched (%d page%s)%n", what, fetched, total, pages, pages == 1 ? "" : "s");
            err.flush();
            last = now;
        }
    }

    @Override
    public void note(String line) {
        err.println(line);
        err.flush();
    }
}
