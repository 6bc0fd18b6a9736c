package io.phasegate.jira.setup;

import io.phasegate.core.setup.FieldKind;
import java.util.Map;

/**
 * Jira's built-in custom field type and searcher keys, as the set-up engine's field kinds. The keys
 * are those of Jira's system custom field types plugin (for example the searcher keys accepted by
 * Jira's REST {@code POST /rest/api/2/field}); see docs/dev/api-stubs-sources.md.
 */
final class JiraFieldKinds {
    static final String PREFIX = "com.atlassian.jira.plugin.system.customfieldtypes:";
    private static final Map<String, FieldKind> KINDS = Map.of(
            PREFIX + "textarea", FieldKind.TEXT_AREA,
            PREFIX + "textfield", FieldKind.TEXT_FIELD,
            PREFIX + "float", FieldKind.NUMBER,
            PREFIX + "select", FieldKind.SELECT,
            PREFIX + "multiselect", FieldKind.MULTI_SELECT,
            PREFIX + "labels", FieldKind.LABELS);

    private static final Map<FieldKind, String> SEARCHERS = Map.of(
            FieldKind.TEXT_AREA, PREFIX + "textsearcher",
            FieldKind.TEXT_FIELD, PREFIX + "textsearcher",
            FieldKind.NUMBER, PREFIX + "exactnumber",
            FieldKind.SELECT, PREFIX + "multiselectsearcher",
            FieldKind.MULTI_SELECT, PREFIX + "multiselectsearcher",
            FieldKind.LABELS, PREFIX + "labelsearcher");

    private JiraFieldKinds() {}

    /** The key of Jira's built-in field type that Phasegate creates for {@code kind}. */
    static String typeKey(FieldKind kind) {
        return KINDS.entrySet().stream()
                .filter(e -> e.getValue() == kind)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Phasegate does not create fields of kind " + kind));
    }

    /** The key of the built-in searcher that makes a field of {@code kind} searchable in JQL. */
    static String searcherKey(FieldKind kind) {
        String key = SEARCHERS.get(kind);
        if (key == null) {
            throw new IllegalArgumentException("no searcher for fields of kind " + kind);
        }
        return key;
    }

    /** The kind of a field of type {@code typeKey}; {@link FieldKind#OTHER} for any other type, or none. */
    static FieldKind of(String typeKey) {
        return typeKey == null ? FieldKind.OTHER : KINDS.getOrDefault(typeKey, FieldKind.OTHER);
    }
}
