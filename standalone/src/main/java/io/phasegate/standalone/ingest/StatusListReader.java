package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.jira.RestJson;
import java.nio.file.Path;

/** Reads {@code statuses.json}, the response of {@code GET /rest/api/2/status}: every status with id, name and category. */
final class StatusListReader {
    private StatusListReader() {}

    static void read(Path file, StatusCatalogue statuses) {
        JsonNode list = RestJson.parse(file);
        if (!list.isArray()) {
            throw new RestDataException(file.getFileName() + ": / is not an array; expected the status list of "
                    + "GET /rest/api/2/status");
        }
        for (JsonNode status : list) {
            statuses.learn(
                    status.path("id").asText(null),
                    status.path("name").textValue(),
                    StatusCategory.fromJiraKey(
                            status.path("statusCategory").path("key").textValue()),
                    StatusCatalogue.Source.STATUS_LIST);
        }
    }
}
