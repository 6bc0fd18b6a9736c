package io.phasegate.jira.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits OSGi manifest headers such as Import-Package into clauses, honouring quoted commas. */
final class ManifestHeaders {
    private ManifestHeaders() {}

    /** Package name to the rest of its clause (attributes and directives), in header order. */
    static Map<String, String> clauses(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        if (header == null) {
            return result;
        }
        for (String clause : split(header)) {
            int semi = clause.indexOf(';');
            String name = (semi < 0 ? clause : clause.substring(0, semi)).trim();
            result.put(name, semi < 0 ? "" : clause.substring(semi + 1).trim());
        }
        return result;
    }

    private static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString().trim());
        }
        return parts;
    }
}
