package com.atlassian.jira.issue.fields.screen;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a field on a screen tab; only the field's id.
 *
 * <p>Source: Jira 6.x jira-api source copy ({@code @PublicApi}); {@code getFieldId()} returning a String
 * in Jira 9.4.1-built code.
 */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java",
        note =
                "mailru/jira-plugins-mrimsender@12bdf7f IssueCreationServiceImpl, Jira 9.4.1: String fieldId = fieldScreenLayoutItem.getFieldId(); @PublicApi interface in the Jira 6.x "
                        + "jira-api copy turgaycelik/mysource@ee01e28")
public interface FieldScreenLayoutItem {

    String getFieldId();
}
