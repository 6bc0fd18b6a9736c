package com.atlassian.jira.issue.fields.screen;

import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of Jira's screen service; only listing the screens.
 *
 * <p>Source: Jira 6.x jira-api source copy ({@code @PublicApi interface FieldScreenManager}, {@code
 * Collection<FieldScreen> getFieldScreens()}); imported as a component by Jira 8.13.9- and 9.4.1-built
 * plugins.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/FieldScreenManager.java",
        note =
                "turgaycelik/mysource@ee01e28 (Jira 6.x jira-api copy); @ComponentImport FieldScreenManager in "
                        + "atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided) and in mailru/jira-plugins-mrimsender@12bdf7f MessageFormatter (Jira 9.4.1)")
public interface FieldScreenManager {

    /** Every screen. */
    Collection<FieldScreen> getFieldScreens();
}
