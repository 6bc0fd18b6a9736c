package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts an Atlassian Document Format object from a Jackson tree into the plain maps, lists,
 * strings, {@link java.math.BigDecimal}s and booleans that core's {@code RichText.Adf} holds, so
 * core never sees Jackson.
 */
final class AdfTree {
    private AdfTree() {}

    static boolean isDocument(JsonNode node) {
        return node.isObject() && "doc".equals(node.path("type").asText());
    }

    static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            map.put(entry.getKey(), toValue(entry.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Object toValue(JsonNode node) {
        if (node.isObject()) {
            return toMap(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(toValue(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }
}
