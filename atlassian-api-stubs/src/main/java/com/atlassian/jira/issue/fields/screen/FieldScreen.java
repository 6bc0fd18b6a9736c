package com.atlassian.jira.issue.fields.screen;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of a screen; only its id, name, description, tabs, adding a tab and storing.
 *
 * <p>Source: the Jira 6.x jira-api source copy declares {@code @PublicApi public interface FieldScreen}
 * with these members; {@code getTabs()} is called by Jira 9.4.1-built code, {@code setName}, {@code
 * setDescription}, {@code addTab} by Jira 7.13.0-built code; {@code store()} before {@code addTab} is the
 * order of Jira's own upgrade task.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/FieldScreen.java",
        note =
                "turgaycelik/mysource@ee01e28 (Jira 6.x jira-api copy): @PublicApi interface FieldScreen; "
                        + "mailru/jira-plugins-mrimsender@12bdf7f IssueCreationServiceImpl, Jira 9.4.1 calls getTabs() on a FieldScreen; pnnl/jira-aperture@44f8284 SupportIssueTypeSchema, Jira 7.13.0 (pom jira.version; jira-api and jira-core provided) setName/setDescription/addTab")
public interface FieldScreen {

    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    /** The tabs, in order. */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java",
            note =
                    "...getFieldScreen(IssueOperations.CREATE_ISSUE_OPERATION).getTabs().stream(), then tab.getFieldScreenLayoutItems(); mailru/jira-plugins-mrimsender@12bdf7f IssueCreationServiceImpl, Jira 9.4.1")
    List<FieldScreenTab> getTabs();

    /** Adds a tab at the end (the screen must be stored) and returns it. */
    FieldScreenTab addTab(String tabName);

    /** Stores a new or changed screen. */
    void store();
}
