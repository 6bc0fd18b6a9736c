package io.phasegate.core.cloud;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.RichText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link IssueSnapshot} as the {@code issue} context variable of a Jira expression, shaped like
 * Atlassian's documented types: {@code issue.customfield_10016}, {@code issue.description} as
 * RichText with {@code plainText}, {@code issue.links[i].type.name/inward/outward}, {@code
 * direction} and {@code linkedIssue}, {@code issue.subtasks}, {@code status.name}, {@code
 * issueType.name}. {@code __type} carries the type name that {@code typeof} reports.
 */
final class JiraContext {
    private JiraContext() {}

    static Map<String, Object> of(IssueSnapshot issue) {
        return Map.of("issue", issue(issue));
    }

    static Map<String, Object> issue(IssueSnapshot issue) {
        Map<String, Object> json = reference(issue.asRef().key().value(), issue.issueType(), issue.status());
        json.put("summary", issue.summary());
        List<FieldRef> fields = new ArrayList<>(issue.knownFields());
        issue.fields().keySet().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        for (FieldRef field : fields) {
            json.put(property(field), value(field, issue.field(field).orElseGet(FieldValue::empty)));
        }
        json.putIfAbsent("description", null);
        json.put("links", issue.links().stream().map(JiraContext::link).toList());
        json.put("subtasks", issue.subtasks().stream().map(JiraContext::issue).toList());
        return json;
    }

    private static String property(FieldRef field) {
        return field.id().equals("duedate") ? "dueDate" : field.id();
    }

    private static Map<String, Object> reference(String key, String type, String status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("__type", "Issue");
        json.put("key", key);
        json.put("issueType", typed("IssueType", "name", type));
        json.put("status", typed("IssueStatus", "name", status));
        return json;
    }

    private static Map<String, Object> link(IssueLinkSnapshot link) {
        boolean outward = link.direction() == IssueLinkSnapshot.Direction.OUTWARD;
        String other = otherPhrase(link.typeName(), link.phrase());
        Map<String, Object> type = typed("IssueLinkType", "name", link.typeName());
        type.put("inward", outward ? other : link.phrase());
        type.put("outward", outward ? link.phrase() : other);
        IssueRef ref = link.other();
        Map<String, Object> json = typed("IssueLink", "type", type);
        json.put("direction", outward ? "outward" : "inward");
        json.put("linkedIssue", reference(ref.key().value(), ref.issueType(), ref.status()));
        return json;
    }

    /** The phrase from the other end, which the engine never sees; Jira's defaults where known. */
    static String otherPhrase(String typeName, String phrase) {
        return switch (phrase.toLowerCase(java.util.Locale.ROOT)) {
            case "is tested by" -> "tests";
            case "tests" -> "is tested by";
            case "blocks" -> "is blocked by";
            case "is blocked by" -> "blocks";
            case "relates to" -> "relates to";
            default -> typeName;
        };
    }

    private static Map<String, Object> typed(String type, String key, Object value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("__type", type);
        json.put(key, value);
        return json;
    }

    /** Numbers as numbers, lists as lists, single-line text as a String, other text as RichText. */
    static Object value(FieldRef field, FieldValue value) {
        if (value instanceof FieldValue.Number number) {
            return number.value();
        }
        if (value instanceof FieldValue.Items items) {
            return items.values();
        }
        if (value instanceof FieldValue.Text text) {
            String plain = plainText(text.text());
            return field.isCustom() && !plain.contains("\n") ? plain : typed("RichText", "plainText", plain);
        }
        return null;
    }

    private static String plainText(RichText text) {
        if (text instanceof RichText.Plain plain) {
            return plain.text();
        }
        if (text instanceof RichText.WikiMarkup wiki) {
            return wiki.markup();
        }
        throw new IllegalArgumentException("ADF is not modelled by the harness: " + text);
    }
}
