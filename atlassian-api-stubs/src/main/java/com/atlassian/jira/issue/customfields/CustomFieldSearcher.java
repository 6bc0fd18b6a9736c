package com.atlassian.jira.issue.customfields;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a custom field searcher (what makes a field searchable in JQL). In Jira it
 * extends {@code IssueSearcher<CustomField>}; omitted, Phasegate only passes one along.
 */
@ApiSource(
        value =
                "https://github.com/atlascommunity/jira-plugins-groovy/blob/ef39c5118d1b36aac531c9d03ba06aeaa03ead2e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlInitializer.java",
        note = "Jira 8.13.1-compiled groovy@ef39c51 JqlInitializer.java passes "
                + "customFieldManager.getCustomFieldSearcher(String) to createCustomField; interface kind from "
                + "the Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28, @PublicApi public interface)")
public interface CustomFieldSearcher {}
