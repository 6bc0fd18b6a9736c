package com.atlassian.jira.issue.fields.screen;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of a screen tab; only its name, its fields and adding a field.
 *
 * <p>Source: Jira 6.x jira-api source copy ({@code @PublicApi}); {@code getFieldScreenLayoutItems()}
 * called by Jira 9.4.1-built code, {@code addFieldScreenLayoutItem(String)} with system and custom field
 * ids by Jira 7.13.0-built code.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/FieldScreenTab.java",
        note =
                "turgaycelik/mysource@ee01e28 (Jira 6.x jira-api copy): @PublicApi interface FieldScreenTab; "
                        + "mailru/jira-plugins-mrimsender@12bdf7f IssueCreationServiceImpl, Jira 9.4.1: tab.getFieldScreenLayoutItems().stream(); pnnl/jira-aperture@44f8284 SupportIssueTypeSchema, Jira 7.13.0 (pom jira.version; jira-api and jira-core provided): screenTab.addFieldScreenLayoutItem(id)")
public interface FieldScreenTab {

    String getName();

    /** The fields on the tab, in order. */
    List<FieldScreenLayoutItem> getFieldScreenLayoutItems();

    /** Adds the field {@code fieldId} (such as {@code summary} or {@code customfield_10010}) at the end. */
    void addFieldScreenLayoutItem(String fieldId);
}
