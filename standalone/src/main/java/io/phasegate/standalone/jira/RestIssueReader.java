package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueSnapshot;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one issue exactly as Jira's REST API returns it ({@code GET /rest/api/2/issue/{key}} from
 * Data Center or Cloud, or Cloud's {@code /rest/api/3/issue/{key}}) into an {@link IssueSnapshot}.
 *
 * <p>Immutable: {@code with…} methods return a new reader. Sub-tasks come from {@code
 * fields.subtasks}, which holds only their key, summary, type and status; give the reader their
 * full documents with {@link #withSubtaskDocuments} to know their field values too.
 */
public final class RestIssueReader {
    private final FieldCatalogue catalogue;
    private final Map<IssueKey, JsonNode> subtaskDocuments;

    public RestIssueReader() {
        this(FieldCatalogue.empty(), Map.of());
    }

    private RestIssueReader(FieldCatalogue catalogue, Map<IssueKey, JsonNode> subtaskDocuments) {
        this.catalogue = catalogue;
        this.subtaskDocuments = Map.copyOf(subtaskDocuments);
    }

    /** A reader that also knows these fields (for example from {@code GET /rest/api/2/field}). */
    public RestIssueReader withCatalogue(FieldCatalogue fieldCatalogue) {
        return new RestIssueReader(catalogue.merge(fieldCatalogue), subtaskDocuments);
    }

    /**
     * A reader that uses full issue documents for sub-tasks. Each document is one issue, a search
     * response {@code {"issues":[...]}} or an array of issues; issues that are not sub-tasks of the
     * issue read are ignored. Field names in the documents ({@code expand=names}) join the catalogue.
     *
     * @throws RestDataException when a document holds something that is not an issue
     */
    public RestIssueReader withSubtaskDocuments(Collection<JsonNode> documents) {
        Map<IssueKey, JsonNode> byKey = new LinkedHashMap<>(subtaskDocuments);
        FieldCatalogue names = catalogue;
        for (JsonNode document : documents) {
            byKey.putAll(RestIssueShape.issuesIn(document));
            names = names.merge(RestFieldCatalogueReader.namesOf(document));
        }
        return new RestIssueReader(names, byKey);
    }

    /** Reads an issue from a file; the file name leads every error message. */
    public RestIssue read(Path file) {
        JsonNode document = RestJson.parse(file);
        try {
            return read(document);
        } catch (RestDataException e) {
            throw e.withSource(file.toString());
        }
    }

    /** Reads an issue from a stream of JSON (the stream is not closed). */
    public RestIssue read(InputStream in) {
        return read(RestJson.parse(in, "input"));
    }

    /**
     * Reads an issue from a parsed document.
     *
     * @throws RestDataException when the document is not an issue with a key and fields
     */
    public RestIssue read(JsonNode document) {
        List<String> warnings = new ArrayList<>();
        FieldCatalogue known = catalogue.merge(RestFieldCatalogueReader.namesOf(document));
        IssueSnapshot snapshot = snapshot(document, known, warnings, false);
        return new RestIssue(snapshot, known, warnings);
    }

    // ownDocument: a sub-task's own document, so a sub-task unless its type says otherwise, and not nested.
    private IssueSnapshot snapshot(JsonNode document, FieldCatalogue known, List<String> sink, boolean ownDocument) {
        IssueKey key = RestIssueShape.requireIssue(document, "");
        Warnings warnings = new Warnings(key.value(), sink);
        JsonNode fields = document.get("fields");
        IssueFacts facts = IssueFacts.read(key, fields, "/fields", ownDocument, warnings);
        Map<FieldRef, FieldValue> values = values(fields, warnings);
        Set<FieldRef> knownFields = new HashSet<>(values.keySet());
        knownFields.addAll(known.fields());
        List<IssueLinkSnapshot> links = RestIssueLinks.read(fields.path("issuelinks"), warnings);
        List<IssueSnapshot> subtasks = ownDocument ? List.of() : subtasks(fields.path("subtasks"), known, warnings);
        return new IssueSnapshot(
                key,
                facts.issueType(),
                facts.subtask(),
                facts.status(),
                facts.statusCategory(),
                facts.summary(),
                values,
                knownFields,
                links,
                subtasks);
    }

    private static Map<FieldRef, FieldValue> values(JsonNode fields, Warnings warnings) {
        Map<FieldRef, FieldValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : fields.properties()) {
            if (entry.getKey().isBlank()) {
                warnings.add("/fields/" + RestIssueShape.escape(entry.getKey()), "has a blank field id; ignored");
            } else {
                values.put(FieldRef.of(entry.getKey()), RestFieldValues.of(entry.getValue()));
            }
        }
        return values;
    }

    private List<IssueSnapshot> subtasks(JsonNode list, FieldCatalogue known, Warnings warnings) {
        List<IssueSnapshot> subtasks = new ArrayList<>();
        if (!list.isArray()) {
            if (!list.isMissingNode() && !list.isNull()) {
                warnings.add("/fields/subtasks", "is " + RestIssueShape.kind(list) + ", not an array; ignored");
            }
            return subtasks;
        }
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/fields/subtasks/" + i;
            JsonNode subtask = list.get(i);
            RestIssueShape.parseKey(subtask.path("key"))
                    .ifPresentOrElse(
                            key -> subtasks.add(subtask(key, subtask, pointer, known, warnings)),
                            () -> warnings.add(
                                    pointer + "/key", RestIssueShape.notAKey(subtask) + "; the sub-task is skipped"));
        }
        return subtasks;
    }

    private IssueSnapshot subtask(
            IssueKey key, JsonNode brief, String pointer, FieldCatalogue known, Warnings warnings) {
        JsonNode full = subtaskDocuments.get(key);
        if (full != null) {
            FieldCatalogue withOwnNames = known.merge(RestFieldCatalogueReader.namesOf(full));
            return snapshot(full, withOwnNames, warnings.sink(), true);
        }
        if (!subtaskDocuments.isEmpty()) {
            warnings.add(pointer, "is " + key + ", which none of the sub-task documents holds; its fields are unknown");
        }
        IssueFacts facts = IssueFacts.read(key, brief.path("fields"), pointer + "/fields", true, warnings);
        return new IssueSnapshot(
                key,
                facts.issueType(),
                facts.subtask(),
                facts.status(),
                facts.statusCategory(),
                facts.summary(),
                Map.of(),
                known.fields(),
                List.of(),
                List.of());
    }
}
