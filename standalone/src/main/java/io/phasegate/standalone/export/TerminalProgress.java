package io.phasegate.standalone.export;

import java.io.PrintWriter;

/** A progress bar redrawn in place with carriage returns. */
final class TerminalProgress implements ExportProgress {
    private static final int WIDTH = 30;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter err;
    private String bar = "";

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void fetched(String what, int pages, int fetched, int total) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, (long) WIDTH * fetched / total);
        bar = String.format(
                "[%s%s] %s %d/%d, %d page%s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), what, fetched, total, pages, pages == 1 ? "" : "s");
        err.print(CLEAR_LINE + bar);
        if (fetched >= total) {
            err.println();
            bar = "";
        }
        err.flush();
    }

    @Override
    public void note(String line) {
        err.print(CLEAR_LINE);
        err.println(line);
        err.print(bar);
        err.flush();
    }
}
