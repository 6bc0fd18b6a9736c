package com.atlassian.jira.issue.status.category;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a status category.
 *
 * <p>Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
 * (Jira 10.0.0; anonymous {@code StatusCategory} overriding {@code String getKey()}).
 *
 * <p>Hierarchy: the real interface extends {@code Serializable} and
 * {@code Comparable<StatusCategory>} (the Jira 10 anonymous class overrides
 * {@code compareTo(StatusCategory)}); both omitted as no used member comes from them.
 *
 * <p>Not stubbed: the key constants ({@code TO_DO = "new"}, {@code IN_PROGRESS = "indeterminate"},
 * {@code COMPLETE = "done"}). They were only found in Jira 6.x sources and Jira 8.15-compiled test
 * code, never in a Jira 9/10 javadoc or 9/10-compiled plugin, so they are left out; see
 * {@code docs/dev/api-stubs-sources.md}.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/rest/SlackMessageResource.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6 SlackMessageResource.java, Jira 10.0.0: "
                + "anonymous StatusCategory; supertypes Serializable, Comparable<StatusCategory> omitted; "
                + "key constants not stubbed (no Jira 9/10 source)")
public interface StatusCategory {

    /** The category's locale-independent key, for example {@code "done"}. */
    String getKey();
}
