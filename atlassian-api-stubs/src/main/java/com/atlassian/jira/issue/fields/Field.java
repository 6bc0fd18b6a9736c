package com.atlassian.jira.issue.fields;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the root interface of system and custom fields.
 *
 * <p>Source: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/fields/AbstractField.html
 * ({@code getId()} "The unique id of the field" and {@code getName()} are specified by
 * {@code Field}). The real {@code Field} also extends {@code Comparable}; omitted.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/fields/AbstractField.html",
        note = "Jira 4.0 javadoc: getId()/getName() 'Specified by: ... in interface Field'. Both called on a "
                + "CustomField by mailru/jira-plugins-mrimsender@12bdf7f UserFieldDto.java (Jira 9.4.1)")
public interface Field {

    /** The field id, e.g. {@code "summary"} or {@code "customfield_10000"}. */
    @ApiSource(
            value = "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/"
                    + "src/main/java/ru/mail/jira/plugins/myteam/accessrequest/controller/dto/UserFieldDto.java",
            note = "customField.getId() assigned to String, Jira 9.4.1")
    String getId();

    /** The i18n'ed name of a system field, or the name of a custom field. */
    @ApiSource(
            value = "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/"
                    + "src/main/java/ru/mail/jira/plugins/myteam/accessrequest/controller/dto/UserFieldDto.java",
            note = "customField.getName() assigned to String, Jira 9.4.1")
    String getName();
}
