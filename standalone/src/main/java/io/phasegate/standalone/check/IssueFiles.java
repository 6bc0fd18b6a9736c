package io.phasegate.standalone.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.standalone.jira.FieldCatalogue;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.jira.RestFieldCatalogueReader;
import io.phasegate.standalone.jira.RestIssue;
import io.phasegate.standalone.jira.RestIssueReader;
import io.phasegate.standalone.jira.RestJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the issue to check from its REST response file, with the field names of an optional names
 * file and the full documents of its sub-tasks. Any file that is not what it should be becomes a
 * {@link BadInputException} naming the file.
 */
final class IssueFiles {
    private IssueFiles() {}

    static RestIssue read(Path issue, Optional<Path> names, List<Path> subtasks) {
        try {
            FieldCatalogue catalogue =
                    names.map(file -> new RestFieldCatalogueReader().read(file)).orElse(FieldCatalogue.empty());
            RestIssueReader reader = new RestIssueReader().withCatalogue(catalogue);
            for (Path file : subtasks) {
                reader = withSubtasks(reader, file);
            }
            return reader.read(issue);
        } catch (RestDataException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static RestIssueReader withSubtasks(RestIssueReader reader, Path file) {
        JsonNode document = RestJson.parse(file);
        try {
            return reader.withSubtaskDocuments(List.of(document));
        } catch (RestDataException e) {
            throw e.withSource(file + " (sub-task documents)");
        }
    }
}
