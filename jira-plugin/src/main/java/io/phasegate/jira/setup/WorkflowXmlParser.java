package io.phasegate.jira.setup;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/** Turns Jira workflow XML into a descriptor; in Jira, {@link JiraWorkflowXmlParser}. */
@FunctionalInterface
public interface WorkflowXmlParser {
    WorkflowDescriptor parse(String xml) throws FactoryException;
}
