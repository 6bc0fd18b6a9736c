package io.phasegate.standalone.export;

import java.io.PrintWriter;
import java.time.Clock;

/** Tells the user on stderr how far the export has got. */
interface ExportProgress {

    /** {@code fetched} of {@code total} items of a kind ("issues", "sprints"), in {@code pages} pages. */
    void fetched(String what, int pages, int fetched, int total);

    /** A line to show as it is, such as a retry. */
    void note(String line);

    /** A redrawn bar on a terminal, plain periodic lines otherwise (CI logs, redirects). */
    static ExportProgress on(PrintWriter err, boolean terminal, Clock clock) {
        return terminal ? new TerminalProgress(err) : new LineProgress(err, clock);
    }
}
