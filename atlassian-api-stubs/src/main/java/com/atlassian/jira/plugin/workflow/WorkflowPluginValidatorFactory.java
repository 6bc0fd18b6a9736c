package com.atlassian.jira.plugin.workflow;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the marker interface a {@code workflow-validator} module's factory class
 * must implement. It adds no members to {@link WorkflowPluginFactory}.
 *
 * <p>Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowPermissionValidatorPluginFactory.html
 * (implements {@code WorkflowPluginValidatorFactory} and lists {@code getDescriptorParams},
 * {@code getVelocityParams} as inherited interface methods); the module descriptor is
 * {@code WorkflowValidatorModuleDescriptor extends AbstractWorkflowModuleDescriptor<WorkflowPluginValidatorFactory>}
 * in the same javadoc. Not checked against a Jira 9/10 source.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/"
                + "WorkflowPermissionValidatorPluginFactory.html",
        note = "Jira 7.0.8 javadoc; marker sub-interface of WorkflowPluginFactory, no own members. "
                + "No Jira 9/10 javadoc or 9/10-compiled validator factory was found to re-check it")
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {}
