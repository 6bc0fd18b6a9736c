package io.phasegate.standalone.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Jackson tree into the plain maps, lists, strings, numbers and booleans that core's {@link
 * io.phasegate.core.gate.config.GateConfigParser} reads, so core never sees Jackson. Numbers keep
 * their exact value ({@code 1.0} stays a {@link java.math.BigDecimal}, so the parser can tell it from
 * {@code 1}).
 */
final class GateTree {
    private GateTree() {}

    static Object of(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), of(entry.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(of(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.textValue();
    }
}
