package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of an issue type screen scheme entry; only its issue type and screen scheme.
 *
 * <p>Source: Jira 6.x jira-api source copy ({@code @PublicApi public interface IssueTypeScreenSchemeEntity
 * extends Comparable<IssueTypeScreenSchemeEntity>}; the supertype is omitted); the setters called by
 * Jira 8.13.9-built code, with a null issue type id for the default entry.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeEntity.java",
        note =
                "turgaycelik/mysource@ee01e28 (Jira 6.x jira-api copy), @PublicApi, Comparable supertype omitted; "
                        + "atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided): setIssueTypeId(issueTypeId) (null for the default), setFieldScreenScheme(...)")
public interface IssueTypeScreenSchemeEntity {

    /** The issue type's id, or null for the default entry. */
    String getIssueTypeId();

    void setIssueTypeId(String issueTypeId);

    FieldScreenScheme getFieldScreenScheme();

    void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme);
}
