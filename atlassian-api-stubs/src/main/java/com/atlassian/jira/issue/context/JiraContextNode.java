package com.atlassian.jira.issue.context;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a custom field context node (global, project category or project); Phasegate
 * only passes the global one to {@code CustomFieldManager.createCustomField}. In Jira it extends
 * {@code BandanaContext}, {@code IssueContext} and {@code Comparable}; all omitted, no member is used.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/context/package-summary.html",
        note = "Jira 7.1.9 javadoc lists JiraContextNode under Interfaces; element type of createCustomField's "
                + "contexts list in Jira 8.13.1-compiled code (atlascommunity/jira-plugins-groovy@ef39c51 "
                + "JqlInitializer.java)")
public interface JiraContextNode {}
