package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import io.phasegate.stubs.ApiSource;

/** Compile-only stub of the status service; only status creation. */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/workflows/WorkflowXMLDescriptorProvider.java",
        note = "cures-hub/cures-condec-jira@fbadb34 WorkflowXMLDescriptorProvider.java, Jira 8.20.22")
public interface StatusManager {

    /** Creates a status; Jira puts it in its default status category. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/workflows/WorkflowXMLDescriptorProvider.java",
            note = "return statusManager.createStatus(statusName, \"\", iconUrl) as a Status, Jira 8.20.22. "
                    + "Not seen in Jira 9/10-compiled code: re-check against a Jira 10 jar")
    Status createStatus(String name, String description, String iconUrl);
}
