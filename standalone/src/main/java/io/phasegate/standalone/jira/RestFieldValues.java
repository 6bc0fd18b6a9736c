package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one value of an issue's {@code fields} into a {@link FieldValue}, whatever its shape. REST v2
 * and v3 are told apart per value: a string is wiki markup (plain text is valid wiki markup), an
 * object with {@code "type":"doc"} is an ADF document. Never throws.
 */
final class RestFieldValues {
    /** Where Jira puts the human-readable label of an option, component, version, user or issue. */
    private static final List<String> LABELS = List.of("value", "name", "displayName", "key");

    private RestFieldValues() {}

    static FieldValue of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return FieldValue.empty();
        }
        if (node.isNumber()) {
            return FieldValue.number(node.decimalValue());
        }
        if (node.isTextual()) {
            return FieldValue.wiki(node.textValue());
        }
        if (AdfTree.isDocument(node)) {
            return new FieldValue.Text(new RichText.Adf(AdfTree.toMap(node)));
        }
        if (node.isContainerNode()) {
            return items(node);
        }
        return FieldValue.items(List.of(node.asText()));
    }

    private static FieldValue items(JsonNode container) {
        List<String> labels = new ArrayList<>();
        if (container.isObject()) {
            addLabel(container, labels);
        } else {
            container.forEach(element -> addLabel(element, labels));
        }
        return labels.isEmpty() ? FieldValue.empty() : FieldValue.items(labels);
    }

    private static void addLabel(JsonNode node, List<String> labels) {
        if (node.isNull() || (node.isContainerNode() && node.isEmpty())) {
            return;
        }
        labels.add(label(node));
    }

    private static String label(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (!node.isObject()) {
            return node.isValueNode() ? node.asText() : node.toString();
        }
        for (String name : LABELS) {
            if (node.path(name).isValueNode() && !node.get(name).isNull()) {
                return node.get(name).asText();
            }
        }
        // An issue link as a field value: label it with the issue at the other end.
        for (String end : List.of("outwardIssue", "inwardIssue")) {
            if (node.path(end).path("key").isTextual()) {
                return node.get(end).get("key").textValue();
            }
        }
        return node.toString();
    }
}
