package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.IssueKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a document is an issue as {@code GET /rest/api/2|3/issue/{key}} returns it, and says
 * what it is instead when it is not.
 */
final class RestIssueShape {
    static final String ISSUE = "a Jira issue as GET /rest/api/2/issue/{key} or /rest/api/3/issue/{key} returns it";

    private RestIssueShape() {}

    /** The issue's key; throws when the document is not an issue with a valid key and fields. */
    static IssueKey requireIssue(JsonNode document, String pointer) {
        if (!document.isObject()) {
            throw new RestDataException(
                    where(pointer) + " is " + kind(document) + "; expected " + ISSUE + hint(document));
        }
        rejectOtherResponses(document, pointer);
        JsonNode key = document.path("key");
        if (!key.isTextual()) {
            throw new RestDataException(pointer + "/key is " + kind(key) + "; expected " + ISSUE
                    + ", which always has a key such as \"PG-42\"");
        }
        IssueKey issueKey = parseKey(key)
                .orElseThrow(() -> new RestDataException(pointer + "/key \"" + key.textValue()
                        + "\" is not a Jira issue key such as \"PG-42\" (project key in capitals, dash, number)"));
        JsonNode fields = document.path("fields");
        if (!fields.isObject()) {
            throw new RestDataException(pointer + "/fields is " + kind(fields)
                    + " in issue " + issueKey + "; expected the object of field values that "
                    + "GET /rest/api/2/issue/{key} returns (do not filter it away with ?fields=)");
        }
        return issueKey;
    }

    /** Every issue in a document that is one issue, a search response {@code {"issues":[...]}} or an array. */
    static Map<IssueKey, JsonNode> issuesIn(JsonNode document) {
        Map<IssueKey, JsonNode> byKey = new LinkedHashMap<>();
        if (document.isArray()) {
            collect(document, "", byKey);
        } else if (document.path("issues").isArray()) {
            collect(document.get("issues"), "/issues", byKey);
        } else {
            byKey.put(requireIssue(document, ""), document);
        }
        return byKey;
    }

    static Optional<IssueKey> parseKey(JsonNode key) {
        try {
            return key.isTextual() ? Optional.of(IssueKey.of(key.textValue())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why an issue-shaped object has no usable key, for warnings: "is missing", "is not an issue key: 7". */
    static String notAKey(JsonNode issue) {
        return issue.has("key") ? "is not an issue key: " + issue.get("key") : "is missing";
    }

    /** What a JSON value is, for messages: "an array", "a string", "null". */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "missing";
        };
    }

    /** Escapes a JSON object key for use in a JSON pointer (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static void collect(JsonNode issues, String pointer, Map<IssueKey, JsonNode> byKey) {
        for (int i = 0; i < issues.size(); i++) {
            byKey.put(requireIssue(issues.get(i), pointer + "/" + i), issues.get(i));
        }
    }

    private static void rejectOtherResponses(JsonNode document, String pointer) {
        if (document.has("errorMessages") || document.has("errors")) {
            throw new RestDataException(where(pointer) + " is an error response from Jira, not an issue: "
                    + document.path("errorMessages") + " " + document.path("errors")
                    + ". Check the issue key and that the account may browse the issue");
        }
        if (document.path("issues").isArray()) {
            throw new RestDataException(where(pointer) + " is a search response with "
                    + document.get("issues").size() + " issues; expected " + ISSUE
                    + ". Pass a search response as sub-task documents, or save one issue");
        }
    }

    private static String hint(JsonNode document) {
        boolean fieldList = document.isArray()
                && document.size() > 0
                && document.get(0).has("custom")
                && document.get(0).has("name");
        return fieldList
                ? ". This looks like the field list of GET /rest/api/2/field: pass it as the field catalogue"
                : "";
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "the document" : pointer;
    }
}
