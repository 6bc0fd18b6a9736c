package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's factory for new, not yet stored screens and schemes (the interface
 * Jira's own screen administration uses); only the five factory methods set-up calls.
 *
 * <p>Source: listed as an interface (next to {@code DefaultFieldScreenFactory}) in the Jira 7.x
 * package summary; {@code @ComponentImport FieldScreenFactory} and three of its methods in a plugin
 * built against Jira 8.13.9; {@code createScreen()} and {@code createFieldScreenSchemeItem()} in one
 * built against Jira 7.13.0. Whether it is {@code @PublicApi} is not shown by any source: re-check with
 * {@code -P atlassian-sdk}.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/screen/package-summary.html",
        note =
                "Jira 7.x package summary lists FieldScreenFactory as an interface; atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided) imports it as a "
                        + "component; ScriptRunner's current Data Center examples pass it to ViewFieldScreens. "
                        + "@PublicApi not shown: re-check first")
public interface FieldScreenFactory {

    /** A new screen, not stored yet. */
    @ApiSource(
            value =
                    "https://github.com/pnnl/jira-aperture/blob/44f82843446a2d07adbd541b995889a2d37e2116/src/main/java/gov/pnnl/aperture/updates/SupportIssueTypeSchema.java",
            note =
                    "final FieldScreen createScreen = screenFactory.createScreen(), then setName, setDescription, addTab; pnnl/jira-aperture@44f8284 SupportIssueTypeSchema, Jira 7.13.0 (pom jira.version; jira-api and jira-core provided)")
    FieldScreen createScreen();

    /** A new screen scheme, not stored yet. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/projectconfigurator/blob/5a29bf47abcacc65ca6785021c82e34bd8974857/src/main/java/ru/mail/jira/plugins/projectconfigurator/configuration/ProjectConfiguratorManager.java",
            note =
                    "FieldScreenScheme copy = fieldScreenFactory.createFieldScreenScheme(), then setName, setDescription, store(); atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided)")
    FieldScreenScheme createFieldScreenScheme();

    /** A new screen scheme entry (operation to screen), not stored yet. */
    @ApiSource(
            value =
                    "https://github.com/pnnl/jira-aperture/blob/44f82843446a2d07adbd541b995889a2d37e2116/src/main/java/gov/pnnl/aperture/updates/SupportIssueTypeSchema.java",
            note =
                    "final FieldScreenSchemeItem createAssociation = screenFactory.createFieldScreenSchemeItem(), then setFieldScreen, setIssueOperation; pnnl/jira-aperture@44f8284 SupportIssueTypeSchema, Jira 7.13.0 (pom jira.version; jira-api and jira-core provided)")
    FieldScreenSchemeItem createFieldScreenSchemeItem();

    /** A new issue type screen scheme, not stored yet. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/projectconfigurator/blob/5a29bf47abcacc65ca6785021c82e34bd8974857/src/main/java/ru/mail/jira/plugins/projectconfigurator/configuration/ProjectConfiguratorManager.java",
            note =
                    "final IssueTypeScreenScheme s = fieldScreenFactory.createIssueTypeScreenScheme(), then setName, setDescription, store(), addEntity; atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided)")
    IssueTypeScreenScheme createIssueTypeScreenScheme();

    /** A new issue type screen scheme entry (issue type to screen scheme), not stored yet. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/projectconfigurator/blob/5a29bf47abcacc65ca6785021c82e34bd8974857/src/main/java/ru/mail/jira/plugins/projectconfigurator/configuration/ProjectConfiguratorManager.java",
            note =
                    "IssueTypeScreenSchemeEntity e = fieldScreenFactory.createIssueTypeScreenSchemeEntity(), then setIssueTypeId(id or null), setFieldScreenScheme; atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided)")
    IssueTypeScreenSchemeEntity createIssueTypeScreenSchemeEntity();
}
