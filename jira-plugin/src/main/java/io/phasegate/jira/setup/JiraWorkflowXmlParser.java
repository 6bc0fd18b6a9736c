package io.phasegate.jira.setup;

import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/** Jira's own parser for workflow XML, the one its "import from XML" uses. */
public final class JiraWorkflowXmlParser implements WorkflowXmlParser {
    @Override
    public WorkflowDescriptor parse(String xml) throws FactoryException {
        return WorkflowUtil.convertXMLtoWorkflowDescriptor(xml);
    }
}
