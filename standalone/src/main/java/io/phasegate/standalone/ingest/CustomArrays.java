package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the array-valued custom fields sprint health needs before {@code names} says which
 * field is which: sprint lists (Data Center strings or objects, Cloud objects) and the Flagged
 * field (options whose value is "Impediment").
 */
final class CustomArrays {
    static final String IMPEDIMENT = "Impediment";

    private CustomArrays() {}

    static void classify(String fieldId, JsonNode array, RawIssue issue, StringPool pool) {
        if (array.isEmpty()) {
            return;
        }
        List<SprintRef> sprints = sprints(array, pool);
        if (sprints != null) {
            issue.sprintFields.put(fieldId, sprints);
        } else if (isImpediment(array)) {
            issue.impediments.add(fieldId);
        }
    }

    /** The sprints an array lists, or null when the array is something else. */
    private static List<SprintRef> sprints(JsonNode array, StringPool pool) {
        List<SprintRef> sprints = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            SprintRef sprint =
                    element.isTextual() ? SprintRef.parseGreenhopper(element.textValue()) : sprintObject(element, pool);
            if (sprint == null) {
                return null;
            }
            sprints.add(sprint);
        }
        return sprints;
    }

    private static SprintRef sprintObject(JsonNode element, StringPool pool) {
        boolean shaped = element.isObject()
                && element.path("id").canConvertToLong()
                && element.path("state").isTextual()
                && element.has("name")
                && (element.has("boardId")
                        || element.has("rapidViewId")
                        || element.has("startDate")
                        || element.has("goal"));
        return shaped
                ? new SprintRef(
                        element.get("id").asLong(), pool.of(element.get("name").asText()))
                : null;
    }

    private static boolean isImpediment(JsonNode array) {
        for (JsonNode element : array) {
            if (IMPEDIMENT.equals(element.path("value").textValue())) {
                return true;
            }
        }
        return false;
    }
}
