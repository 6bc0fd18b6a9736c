package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of Jira's issue type screen scheme service; only listing schemes, a project's
 * scheme and changing a project's association.
 *
 * <p>Source: Jira 6.x jira-api source copy ({@code @PublicApi public interface
 * IssueTypeScreenSchemeManager}); {@code getIssueTypeScreenScheme(Project)} in Jira 9.4.1-built code,
 * {@code addSchemeAssociation(Project, IssueTypeScreenScheme)} in Jira 8.13.9-built code, {@code
 * removeSchemeAssociation(Project, IssueTypeScreenScheme)} before {@code addSchemeAssociation}, and {@code
 * getIssueTypeScreenSchemes()}, in Jira 7.13.0-built code.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeManager.java",
        note = "turgaycelik/mysource@ee01e28 (Jira 6.x jira-api copy), @PublicApi; members as called by "
                + "mrimsender 9.4.1, projectconfigurator 8.13.9, jira-aperture 7.13.0")
public interface IssueTypeScreenSchemeManager {

    /** Every issue type screen scheme. */
    @ApiSource(
            value =
                    "https://github.com/pnnl/jira-aperture/blob/44f82843446a2d07adbd541b995889a2d37e2116/src/main/java/gov/pnnl/aperture/webwork/action/ApertureConfigure.java",
            note =
                    "new ArrayList<>(issueTypeScreenSchemeManager.getIssueTypeScreenSchemes()), Jira 7.13.0; Collection<IssueTypeScreenScheme> in the 6.x jira-api copy")
    Collection<IssueTypeScreenScheme> getIssueTypeScreenSchemes();

    /** The scheme {@code project} uses. */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java",
            note =
                    "issueTypeScreenSchemeManager.getIssueTypeScreenScheme(project).getEffectiveFieldScreenScheme(issueType); mailru/jira-plugins-mrimsender@12bdf7f IssueCreationServiceImpl, Jira 9.4.1")
    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);

    /** Makes {@code project} use {@code issueTypeScreenScheme}. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/projectconfigurator/blob/5a29bf47abcacc65ca6785021c82e34bd8974857/src/main/java/ru/mail/jira/plugins/projectconfigurator/configuration/ProjectConfiguratorManager.java",
            note =
                    "issueTypeScreenSchemeManager.addSchemeAssociation(project, issueTypeScreenScheme); atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided)")
    void addSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);

    /** Ends {@code project}'s use of {@code issueTypeScreenScheme}. */
    @ApiSource(
            value =
                    "https://github.com/pnnl/jira-aperture/blob/44f82843446a2d07adbd541b995889a2d37e2116/src/main/java/gov/pnnl/aperture/project/PnnlAperture.java",
            note =
                    "screenSchemeManager.removeSchemeAssociation(project, existingScheme) then addSchemeAssociation(project, scheme), Jira 7.13.0; same signature in the 6.x jira-api copy")
    void removeSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);
}
