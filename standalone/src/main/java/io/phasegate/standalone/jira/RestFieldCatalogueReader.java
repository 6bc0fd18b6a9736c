package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@link FieldCatalogue} from any of the shapes Jira gives one in: the {@code names} map of
 * a response fetched with {@code expand=names} ({@code {"customfield_10016":"Story Points"}}), a
 * whole issue or search response containing that map, or the array of {@code GET
 * /rest/api/2/field}.
 */
public final class RestFieldCatalogueReader {
    private static final String SHAPES = "expected the field list of GET /rest/api/2/field"
            + " ([{\"id\":\"customfield_10016\",\"name\":\"Story Points\"},...]), a names map"
            + " ({\"customfield_10016\":\"Story Points\",...}) or a response fetched with ?expand=names";

    /** Reads and parses a file; the file name leads every error message. */
    public FieldCatalogue read(Path file) {
        JsonNode document = RestJson.parse(file);
        try {
            return read(document);
        } catch (RestDataException e) {
            throw e.withSource(file.toString());
        }
    }

    /** Reads a parsed document in any of the three shapes. */
    public FieldCatalogue read(JsonNode document) {
        if (document.isArray()) {
            return fromFieldList(document);
        }
        if (!document.isObject()) {
            throw new RestDataException("the document is " + RestIssueShape.kind(document) + "; " + SHAPES);
        }
        if (document.has("names")) {
            return fromNames(document.get("names"), "/names");
        }
        if (document.has("fields") || document.has("issues")) {
            throw new RestDataException("/names is missing: this response was fetched without field names;"
                    + " fetch it again with ?expand=names, or use GET /rest/api/2/field");
        }
        return fromNames(document, "");
    }

    /** The {@code names} of an issue or search response, or an empty catalogue when it has none. */
    static FieldCatalogue namesOf(JsonNode response) {
        // Lenient: odd names must not stop the issue from being read; a name only decorates an id.
        Map<String, String> byId = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : response.path("names").properties()) {
            if (!entry.getKey().isBlank() && entry.getValue().isTextual()) {
                byId.put(entry.getKey(), entry.getValue().textValue());
            }
        }
        return FieldCatalogue.of(byId);
    }

    private static FieldCatalogue fromNames(JsonNode names, String pointer) {
        if (!names.isObject()) {
            throw new RestDataException(pointer + " is " + RestIssueShape.kind(names) + "; " + SHAPES);
        }
        Map<String, String> byId = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : names.properties()) {
            String at = pointer + "/" + RestIssueShape.escape(entry.getKey());
            if (!entry.getValue().isTextual()) {
                throw new RestDataException(
                        at + " is " + RestIssueShape.kind(entry.getValue()) + ", not a field name; " + SHAPES);
            }
            putField(byId, entry.getKey(), entry.getValue().textValue(), at);
        }
        return FieldCatalogue.of(byId);
    }

    private static FieldCatalogue fromFieldList(JsonNode list) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode field = list.get(i);
            if (!field.path("id").isTextual() || !field.path("name").isTextual()) {
                throw new RestDataException("/" + i + " has no text \"id\" and \"name\"; " + SHAPES);
            }
            putField(byId, field.get("id").textValue(), field.get("name").textValue(), "/" + i);
        }
        return FieldCatalogue.of(byId);
    }

    private static void putField(Map<String, String> byId, String id, String name, String pointer) {
        if (id.isBlank()) {
            throw new RestDataException(pointer + " has a blank field id; " + SHAPES);
        }
        byId.put(id, name);
    }
}
