package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Safe reads of one node of an Atlassian Document Format tree. The tree comes from JSON the engine
 * does not control, so every read tolerates missing keys and values of unexpected types.
 */
final class AdfNode {
    private AdfNode() {}

    static String type(Object node) {
        return node instanceof Map<?, ?> map && map.get("type") instanceof String type ? type : "";
    }

    /** The node's children that are themselves nodes; anything else in {@code content} is skipped. */
    static List<Object> children(Object node) {
        if (!(node instanceof Map<?, ?> map) || !(map.get("content") instanceof List<?> content)) {
            return List.of();
        }
        List<Object> nodes = new ArrayList<>(content.size());
        for (Object child : content) {
            if (child instanceof Map<?, ?>) {
                nodes.add(child);
            }
        }
        return nodes;
    }

    static Object attr(Object node, String name) {
        return node instanceof Map<?, ?> map && map.get("attrs") instanceof Map<?, ?> attrs ? attrs.get(name) : null;
    }

    static String stringAttr(Object node, String name) {
        return attr(node, name) instanceof String value ? value : "";
    }

    /** A heading's level; ADF says 1 to 6, anything else is read as the nearest valid level. */
    static int level(Object node) {
        Object level = attr(node, "level");
        int value = 1;
        if (level instanceof Number number) {
            value = number.intValue();
        } else if (level instanceof String text && text.strip().matches("\\d{1,2}")) {
            value = Integer.parseInt(text.strip());
        }
        return Math.max(1, Math.min(6, value));
    }

    /** Whether an inline node carries a mark such as {@code strong}. */
    static boolean hasMark(Object node, String mark) {
        if (!(node instanceof Map<?, ?> map) || !(map.get("marks") instanceof List<?> marks)) {
            return false;
        }
        return marks.stream().anyMatch(m -> type(m).equals(mark));
    }

    /** The text an inline node shows: text, mentions, emoji, status lozenges, links, line breaks. */
    static String inlineText(Object node) {
        return switch (type(node)) {
            case "text" -> node instanceof Map<?, ?> map && map.get("text") instanceof String t ? t : "";
            case "hardBreak" -> "\n";
            case "mention", "status" -> stringAttr(node, "text");
            case "emoji" -> stringAttr(node, "text").isEmpty()
                    ? stringAttr(node, "shortName")
                    : stringAttr(node, "text");
            case "inlineCard" -> stringAttr(node, "url");
            default -> "";
        };
    }
}
