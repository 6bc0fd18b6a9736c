package io.phasegate.standalone.text;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.Message;
import io.phasegate.standalone.jira.FieldCatalogue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts field names into engine messages: people know "Story Points", not customfield_10016. The
 * Jira plugin does the same with Jira's own field names.
 */
public final class FieldNames {
    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_\\d+");

    private FieldNames() {}

    /** The message with every custom field id the catalogue knows replaced by the field's name. */
    public static Message named(Message message, FieldCatalogue catalogue) {
        List<Object> args = message.args().stream()
                .map(arg ->
                        arg instanceof String id && CUSTOM_FIELD_ID.matcher(id).matches()
                                ? (Object) catalogue.nameOf(FieldRef.of(id)).orElse(id)
                                : arg)
                .toList();
        return new Message(message.key(), args);
    }
}
