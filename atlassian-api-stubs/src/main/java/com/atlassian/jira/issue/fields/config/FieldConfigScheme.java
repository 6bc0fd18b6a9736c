package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.project.Project;
import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of a custom field context (a configuration scheme): which projects and issue
 * types it applies to and its field configuration.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/config/FieldConfigScheme.java",
        note = "Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28): @PublicApi public interface "
                + "FieldConfigScheme; element type of CustomField.getConfigurationSchemes() in Jira 9.4.1-compiled "
                + "mrimsender@12bdf7f CheckboxValueHandler.java")
public interface FieldConfigScheme {

    /**
     * The scheme's only configuration; null when it has none or several (Jira's own words: "Null if
     * no configs, or more than one config").
     */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "cures-hub/cures-condec-jira@fbadb34 (jira-api 8.8.1 provided dependency, jira.version 8.20.22) "
                    + "passes configScheme.getOneAndOnlyConfig() to OptionSetManager.getOptionsForConfig(FieldConfig) "
                    + "and its MockFieldConfigScheme @Overrides 'public FieldConfig getOneAndOnlyConfig()'; "
                    + "null contract from the Jira 6.x source copy")
    FieldConfig getOneAndOnlyConfig();

    /** The scheme's name (for an issue type scheme, the name administrators see). */
    @ApiSource(
            value =
                    "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/config/FieldConfigScheme.java",
            note = "Jira 6.x jira-api source copy: String getName() declared by the @PublicApi interface; no Jira 8+ "
                    + "compiled caller on FieldConfigScheme itself was found. Re-check first")
    String getName();

    /** The projects the scheme is associated with; empty (not null) when none, e.g. for a global scheme. */
    @ApiSource(
            value =
                    "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/config/FieldConfigScheme.java",
            note =
                    "Jira 6.x jira-api source copy: List<Project> getAssociatedProjectObjects(), 'a not null list'; "
                            + "called as List<Project> by many public plugins and scripts of unknown Jira version. Re-check first")
    List<Project> getAssociatedProjectObjects();
}
