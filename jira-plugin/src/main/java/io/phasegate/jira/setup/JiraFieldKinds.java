package io.phasegate.jira.setup;

import io.phasegate.core.setup.FieldKind;
import java.util.Map;

/** Jira's built-in custom field type keys, as the set-up engine's field kinds. */
final class JiraFieldKinds {
    static final String PREFIX = "com.atlassian.jira.plugin.system.customfieldtypes:";
    private static final Map<String, FieldKind> KINDS = Map.of(
            PREFIX + "textarea", FieldKind.TEXT_AREA,
            PREFIX + "textfield", FieldKind.TEXT_FIELD,
            PREFIX + "float", FieldKind.NUMBER,
            PREFIX + "select", FieldKind.SELECT,
            PREFIX + "multiselect", FieldKind.MULTI_SELECT,
            PREFIX + "labels", FieldKind.LABELS);

    private JiraFieldKinds() {}

    /** The kind of a field of type {@code typeKey}; {@link FieldKind#OTHER} for any other type, or none. */
    static FieldKind of(String typeKey) {
        return typeKey == null ? FieldKind.OTHER : KINDS.getOrDefault(typeKey, FieldKind.OTHER);
    }
}
