package io.phasegate.standalone.jira;

import io.phasegate.core.issue.IssueSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * One issue read from Jira REST JSON.
 *
 * @param snapshot what the engine evaluates
 * @param catalogue the field names known while reading: the catalogue given to the reader plus the
 *     issue's own {@code names}
 * @param warnings odd but readable data, one line each, naming the issue and the JSON pointer, for
 *     the caller to print
 */
public record RestIssue(IssueSnapshot snapshot, FieldCatalogue catalogue, List<String> warnings) {
    public RestIssue {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(catalogue, "catalogue");
        warnings = List.copyOf(warnings);
    }
}
