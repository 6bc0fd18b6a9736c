package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.StatusCategory;

/**
 * The facts every issue-shaped REST object carries in its {@code fields}: type, status, summary.
 * Jira sends them for the issue itself, for the issue at the other end of a link and for each
 * sub-task; missing parts become defaults plus a warning.
 */
record IssueFacts(
        IssueKey key, String issueType, boolean subtask, String status, StatusCategory statusCategory, String summary) {

    static final String UNKNOWN = "Unknown";

    /**
     * @param fields the issue's {@code fields} object
     * @param pointer where {@code fields} is, for warnings
     * @param subtaskByDefault what to assume when the issue type does not say
     */
    static IssueFacts read(IssueKey key, JsonNode fields, String pointer, boolean subtaskByDefault, Warnings warnings) {
        JsonNode type = fields.path("issuetype");
        String typeName = name(type, pointer + "/issuetype", warnings);
        boolean subtask = type.path("subtask").isBoolean() ? type.get("subtask").booleanValue() : subtaskByDefault;
        JsonNode status = fields.path("status");
        String statusName = name(status, pointer + "/status", warnings);
        StatusCategory category =
                status.isObject() ? category(status, pointer + "/status", warnings) : StatusCategory.UNKNOWN;
        String summary =
                fields.path("summary").isTextual() ? fields.get("summary").textValue() : "";
        return new IssueFacts(key, typeName, subtask, statusName, category, summary);
    }

    IssueRef asRef() {
        return new IssueRef(key, issueType, status, statusCategory);
    }

    private static String name(JsonNode object, String pointer, Warnings warnings) {
        if (object.path("name").isTextual()) {
            return object.get("name").textValue();
        }
        String what = object.isObject() ? "has no name" : "is " + RestIssueShape.kind(object);
        warnings.add(pointer, what + "; taken as \"" + UNKNOWN + "\"");
        return UNKNOWN;
    }

    private static StatusCategory category(JsonNode status, String pointer, Warnings warnings) {
        JsonNode key = status.path("statusCategory").path("key");
        if (!key.isTextual()) {
            warnings.add(pointer + "/statusCategory/key", "is missing; the status category is taken as UNKNOWN");
            return StatusCategory.UNKNOWN;
        }
        StatusCategory category = StatusCategory.fromJiraKey(key.textValue());
        if (category == StatusCategory.UNKNOWN) {
            warnings.add(
                    pointer + "/statusCategory/key",
                    "\"" + key.textValue()
                            + "\" is not new, indeterminate or done; the status category is taken as UNKNOWN");
        }
        return category;
    }
}
