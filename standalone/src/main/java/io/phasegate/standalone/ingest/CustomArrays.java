package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

    /** Streams the array the parser is at: strings are read as they come, objects as small trees. */
    static void read(String fieldId, JsonParser parser, RawIssue issue, StringPool pool) throws IOException {
        List<Object> elements = new ArrayList<>(2);
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_STRING) {
                elements.add(parser.getText());
            } else if (token == JsonToken.START_OBJECT) {
                elements.add(JsonFiles.tree(parser));
            } else {
                parser.skipChildren();
                elements.add(null);
            }
        }
        classify(fieldId, elements, issue, pool);
    }

    static void classify(String fieldId, List<Object> array, RawIssue issue, StringPool pool) {
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
    private static List<SprintRef> sprints(List<Object> array, StringPool pool) {
        List<SprintRef> sprints = new ArrayList<>(array.size());
        for (Object element : array) {
            SprintRef sprint = element instanceof String text
                    ? SprintRef.parseGreenhopper(text)
                    : element instanceof JsonNode node ? sprintObject(node, pool) : null;
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

    private static boolean isImpediment(List<Object> array) {
        for (Object element : array) {
            if (element instanceof JsonNode node
                    && IMPEDIMENT.equals(node.path("value").textValue())) {
                return true;
            }
        }
        return false;
    }
}
