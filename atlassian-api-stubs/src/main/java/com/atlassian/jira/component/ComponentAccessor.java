package com.atlassian.jira.component;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's static component lookup. A class with static methods; calling them
 * on this stub throws, since the stub is never on a runtime class path.
 *
 * <p>Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/ComponentAccessor.html
 * ({@code @PublicApi public class ComponentAccessor extends Object}, "Provides static methods for
 * accessing JIRA's managed components"). Atlassian stated the class keeps its contract when Jira
 * 10.4 replaced PicoContainer: https://community.developer.atlassian.com/t/moving-away-from-pico-in-jira/87318.
 * The real class's implicit public constructor is not needed and is hidden here.
 */
@ApiSource(
        value = "https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/"
                + "ComponentAccessor.html",
        note = "DAC (Jira 7.x) javadoc: @PublicApi class with static accessors; contract kept through Jira 10.4 per "
                + "community.developer.atlassian.com/t/moving-away-from-pico-in-jira/87318")
public class ComponentAccessor {

    private ComponentAccessor() {}

    /** The core component registered under {@code componentClass}. */
    @ApiSource(
            value = "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/"
                    + "src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "IssueTypeManager m = ComponentAccessor.getComponent(IssueTypeManager.class), Jira 8.20.22; "
                    + "'public static <T> T getComponent(Class<T> componentClass)' as in the public Jira 6.x "
                    + "jira-api source copy github.com/turgaycelik/mysource. No Jira 9/10-compiled caller found")
    public static <T> T getComponent(Class<T> componentClass) {
        throw new IllegalStateException("stub");
    }

    /** A public component exported by an OSGi (plugins 2) bundle, or null. */
    @ApiSource(
            value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                    + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                    + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                    + "util/I18nHelper.java",
            note = "memoize(() -> ComponentAccessor.getOSGiComponentInstanceOfType(I18nResolver.class)) into a "
                    + "Supplier<I18nResolver>, Jira 10.0.0")
    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        throw new IllegalStateException("stub");
    }
}
