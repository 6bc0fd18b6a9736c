package com.atlassian.jira.issue.fields.config;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of one configuration of a custom field (one context); select options hang off
 * it. No member is used: Phasegate only hands it from a scheme to the options manager.
 */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/CheckboxValueHandler.java",
        note = "mailru/jira-plugins-mrimsender@12bdf7f CheckboxValueHandler.java, Jira 9.4.1: a FieldConfig is "
                + "passed to OptionsManager.getOptions; interface kind from the Jira 6.x jira-api source copy "
                + "(turgaycelik/mysource@ee01e28, @PublicApi public interface FieldConfig)")
public interface FieldConfig {}
