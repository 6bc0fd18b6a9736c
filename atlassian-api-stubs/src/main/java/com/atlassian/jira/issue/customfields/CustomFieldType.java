package com.atlassian.jira.issue.customfields;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a custom field type; only the two members that identify it. Jira declares it
 * generic ({@code CustomFieldType<T, S>} in later versions); the erasure is the same.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/customfields/CustomFieldType.html",
        note =
                "Jira 4.0 javadoc 'public interface CustomFieldType' (no Jira 9/10 javadoc reachable); type parameters omitted")
public interface CustomFieldType {

    /** The type's complete module key, such as {@code com.atlassian.jira.plugin.system.customfieldtypes:textarea}. */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/customfields/CustomFieldType.html",
            note = "Jira 4.0 javadoc; field.getCustomFieldType().getKey() is the usual way plugins identify a type")
    String getKey();

    /** The type's display name, such as "Text Field (multi-line)". */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/customfields/CustomFieldType.html",
            note = "Jira 4.0 javadoc")
    String getName();
}
