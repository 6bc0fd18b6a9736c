package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import io.phasegate.stubs.ApiSource;
import java.util.List;

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

    /** The field's contexts (configuration schemes). */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/CheckboxValueHandler.java",
            note = "mailru/jira-plugins-mrimsender@12bdf7f CheckboxValueHandler.java, Jira 9.4.1: "
                    + "List<FieldConfigScheme> schemes = field.getConfigurationSchemes() on a CustomField")
    List<FieldConfigScheme> getConfigurationSchemes();
}
