package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/** Compile-only stub of Jira's constants service; only the status lookup. */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/workflows/WorkflowXMLDescriptorProvider.java",
        note = "cures-hub/cures-condec-jira@fbadb34 WorkflowXMLDescriptorProvider.java, Jira 8.20.22")
public interface ConstantsManager {

    /** Every workflow status. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/workflows/WorkflowXMLDescriptorProvider.java",
            note = "Collection<Status> listOfJiraStatus = constantsManager.getStatuses(), Jira 8.20.22")
    Collection<Status> getStatuses();
}
