package io.phasegate.core.cloud;

import io.phasegate.core.issue.FieldRef;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a gate's field is read in a Jira expression: {@code issue.customfield_10016}, or the Jira
 * expression property of the few system fields whose value the gate rules understand. A field id
 * that is neither never reaches the expression, so it cannot inject code.
 */
final class FieldAccess {
    private static final Pattern CUSTOM = Pattern.compile("customfield_[0-9]{1,18}");

    // System field ids (REST) and their Jira expression property; other system fields hold users,
    // dates or versions, which no gate rule reads as text.
    private static final Map<String, String> SYSTEM = Map.of(
            "description", "description", "environment", "environment", "labels", "labels", "summary", "summary");

    private FieldAccess() {}

    /** The property to read after {@code issue.}, if the field can be read in a Jira expression. */
    static Optional<String> property(FieldRef field) {
        if (CUSTOM.matcher(field.id()).matches()) {
            return Optional.of(field.id());
        }
        return Optional.ofNullable(SYSTEM.get(field.id()));
    }

    /** Whether reading the field counts as an expensive operation (Jira loads custom fields on demand). */
    static boolean expensive(FieldRef field) {
        return field.isCustom();
    }

    /**
     * The non-blank entries of the value held by {@code variable} (a name: it is read several times),
     * trimmed, as the engine's {@code FieldText.entries} reads them: a list (labels, multi-select
     * options) one entry per value, an option its value, a number one entry, text (a String or rich
     * text's {@code plainText}) one entry per line; {@code null} none.
     */
    static String entries(String variable) {
        String v = variable;
        return "(typeof " + v + " == 'List' ? " + v + " : typeof " + v + " == 'Map' ? [" + v + "] : ('' + (typeof "
                + v + " == 'RichText' ? " + v + ".plainText : " + v + " ?? '')).split('\\n'))"
                + ".map(e => ((typeof e == 'Map' ? e.value : e) ?? '').trim()).filter(e => e != '')";
    }

    /** {@link #entries} of any value, such as {@code s.customfield_10016} of a sub-task {@code s}. */
    static String entriesOf(String value) {
        return "[" + value + "].map(v => " + entries("v") + ")[0]";
    }
}
