package com.atlassian.jira.scheme;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's generic scheme value (a permission, notification or workflow scheme
 * as the {@link SchemeManager} associates it with projects). No members are stubbed: Phasegate only
 * passes it from {@code getSchemeObject} to {@code addSchemeToProject}.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
        note =
                "cures-hub/cures-condec-jira@fbadb34 (jira-api 8.8.1): Scheme scheme = workflowSchemeManager"
                        + ".getSchemeFor(project); passed to addSchemeToProject(project, workflowSchemeManager.getSchemeObject(id)); "
                        + "its MockWorkflowSchemeManager returns 'new Scheme()' (a class with a public no-argument constructor)")
public class Scheme {

    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: 'return new Scheme();' in getSchemeFor(Project)")
    public Scheme() {}
}
