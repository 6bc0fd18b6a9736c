package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import io.phasegate.stubs.ApiSource;

/** Compile-only stub of the select option service; reading and adding options only. */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/manager/OptionsManager.java",
        note = "Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28): @PublicApi public interface "
                + "OptionsManager; injected with @ComponentImport in Jira 9.4.1-compiled mrimsender@12bdf7f "
                + "IssueCreationServiceImpl.java")
public interface OptionsManager {

    /** The options of {@code fieldConfig}. */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/CheckboxValueHandler.java",
            note = "mailru/jira-plugins-mrimsender@12bdf7f CheckboxValueHandler.java, Jira 9.4.1: "
                    + "options = optionsManager.getOptions(config) with FieldConfig config and Options options")
    Options getOptions(FieldConfig fieldConfig);

    /**
     * Adds an option.
     *
     * @param parentOptionId null for a top-level option
     * @param sequence its position
     */
    @ApiSource(
            value =
                    "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/manager/OptionsManager.java",
            note = "Declared 'Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, "
                    + "String value)' in the Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28); called "
                    + "with (config, null, long, String) by many public plugins and current ScriptRunner scripts, "
                    + "none with a known Jira 8+ build: re-check against a Jira 10 jar first")
    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
