package com.atlassian.jira.issue.fields.screen.issuetype;

import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of an issue type screen scheme; only its id, name, description, entries and
 * storing.
 *
 * <p>Source: Jira 6.x jira-api source copy ({@code @PublicApi public interface IssueTypeScreenScheme});
 * setName/setDescription/store()/addEntity called in that order by Jira 8.13.9-built code.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenScheme.java",
        note =
                "turgaycelik/mysource@ee01e28 (Jira 6.x jira-api copy), @PublicApi; atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided): setName, "
                        + "setDescription(null), store(), addEntity(...)")
public interface IssueTypeScreenScheme {

    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    void store();

    /** The entries; the one whose issue type id is null is the default. */
    Collection<IssueTypeScreenSchemeEntity> getEntities();

    /** Adds and stores an entry (the scheme must be stored). */
    void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity);
}
