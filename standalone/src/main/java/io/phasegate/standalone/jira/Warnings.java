package io.phasegate.standalone.jira;

import java.util.List;

/** Collects notes about odd but readable data in one issue, each naming the issue and the JSON pointer. */
final class Warnings {
    private final String issue;
    private final List<String> sink;

    Warnings(String issue, List<String> sink) {
        this.issue = issue;
        this.sink = sink;
    }

    /** The list the notes go to, shared with the notes about sub-tasks read from their own documents. */
    List<String> sink() {
        return sink;
    }

    void add(String pointer, String text) {
        sink.add(issue + ": " + pointer + " " + text);
    }
}
