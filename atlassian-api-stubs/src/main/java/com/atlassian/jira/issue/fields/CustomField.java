package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a custom field; only its type is declared here.
 *
 * <p>Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html
 * ({@code @PublicApi public interface CustomField extends NavigableField, HideableField,
 * ConfigurableField<Object>, RenderableField, RequirableField, OrderableField<Object>,
 * RestAwareField, RestFieldOperations}). Every one of those reaches {@link Field}, which declares
 * the {@code getId()}/{@code getName()} Phasegate uses; {@code CustomField} does not redeclare them.
 * The stub extends {@link Field} directly and omits the intermediate interfaces, none of whose own
 * members are used.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html",
        note = "Jira 7.x javadoc at docs.atlassian.com/jira/server (no Jira 9/10 javadoc reachable); "
                + "intermediate super-interfaces omitted, getId()/getName() come from Field")
public interface CustomField extends Field {

    /** The field's type. */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html",
            note = "Jira 7.x javadoc at docs.atlassian.com/jira/server: CustomFieldType getCustomFieldType()")
    CustomFieldType getCustomFieldType();
}
