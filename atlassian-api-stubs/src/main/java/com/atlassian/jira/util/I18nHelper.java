package com.atlassian.jira.util;

import io.phasegate.stubs.ApiSource;
import java.util.Locale;

/**
 * Compile-only stub of Jira's i18n text lookup.
 *
 * <p>Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/I18nHelper.html
 * ({@code @PublicApi @InjectableComponent public interface I18nHelper}). Only the one-key lookup,
 * the single-{@code Object} parameters overload and {@code getLocale()} are stubbed; the real
 * interface has many more {@code getText} overloads ({@code String} value1..value4,
 * {@code Object} value1..value7), which are left out.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/I18nHelper.html",
        note = "Jira 7.x javadoc at docs.atlassian.com/jira/latest (no Jira 9/10 javadoc reachable)")
public interface I18nHelper {

    /** The text for {@code key}, or the key itself if there is no message. */
    @ApiSource(
            value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                    + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                    + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                    + "util/changelog/ChangeLogExtractor.java",
            note = "i18nHelper.getText(\"common.concepts.unassigned\"), Jira 10.0.0")
    String getText(String key);

    /**
     * The text for {@code key} formatted with {@code parameters}: an {@code Object[]}, a
     * {@code List} or a single value.
     */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/server/com/atlassian/jira/mock/i18n/MockI18nHelper.html",
            note = "Jira 7.x javadoc: MockI18nHelper implements I18nHelper and lists getText(String key, Object "
                    + "parameters) with the interface's doc; also in NoopI18nHelper (DAC, Jira 4.4.4 javadoc). "
                    + "No Jira 9/10-compiled caller found")
    String getText(String key, Object parameters);

    /** The locale this helper translates into. */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/server/com/atlassian/jira/mock/i18n/MockI18nHelper.html",
            note = "Jira 7.x javadoc: Locale getLocale() on MockI18nHelper implements I18nHelper; also NoopI18nHelper. "
                    + "No Jira 9/10-compiled caller found")
    Locale getLocale();
}
