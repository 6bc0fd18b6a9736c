package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.stubs.ApiSource;

/** Compile-only stub of Jira's workflow helpers; only the XML parser. */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager.java, Jira 8.20.22")
public class WorkflowUtil {
    private WorkflowUtil() {}

    /** Parses Jira workflow XML (OSWorkflow format) into a descriptor. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "WorkflowDescriptor d = WorkflowUtil.convertXMLtoWorkflowDescriptor(String) inside "
                    + "try/catch (FactoryException e), Jira 8.20.22")
    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml) throws FactoryException {
        throw new IllegalStateException("stub");
    }
}
