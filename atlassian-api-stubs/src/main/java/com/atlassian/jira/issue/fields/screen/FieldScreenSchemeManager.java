package com.atlassian.jira.issue.fields.screen;

import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of Jira's screen scheme service; only listing and finding schemes.
 *
 * <p>Source: Jira 7.x ({@code latest}) javadoc, {@code @PublicApi public interface
 * FieldScreenSchemeManager}; both methods called by Jira 8.13.9-built code.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeManager.html",
        note =
                "Jira 7.x javadoc, @PublicApi; atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided): getAllScreenSchemes() returns "
                        + "fieldScreenSchemeManager.getFieldScreenSchemes(); getFieldScreenScheme(Long.parseLong(id))")
public interface FieldScreenSchemeManager {

    /** Every screen scheme. */
    Collection<FieldScreenScheme> getFieldScreenSchemes();

    /** The screen scheme with {@code id}, or null. */
    FieldScreenScheme getFieldScreenScheme(Long id);
}
