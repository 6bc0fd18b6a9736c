package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a screen scheme entry; only its operation and screen. An entry whose operation
 * is null is the scheme's default: its screen is used for create, edit and view.
 *
 * <p>Source: Jira 7.x javadoc ({@code @PublicApi public interface FieldScreenSchemeItem extends
 * Comparable<FieldScreenSchemeItem>}; the supertype is omitted); a default entry made with {@code
 * setIssueOperation(null)} in Jira's own upgrade task; setFieldScreen and setIssueOperation in Jira
 * 7.13.0-built code.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeItem.html",
        note =
                "Jira 7.x (server) javadoc, @PublicApi; supertype Comparable omitted; pnnl/jira-aperture@44f8284 SupportIssueTypeSchema, Jira 7.13.0 (pom jira.version; jira-api and jira-core provided) calls setFieldScreen, "
                        + "setIssueOperation; atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided) calls getFieldScreen()")
public interface FieldScreenSchemeItem {

    /** The operation, or null for the default entry. */
    ScreenableIssueOperation getIssueOperation();

    void setIssueOperation(ScreenableIssueOperation issueOperation);

    FieldScreen getFieldScreen();

    void setFieldScreen(FieldScreen fieldScreen);
}
