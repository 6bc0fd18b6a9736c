package com.atlassian.sal.api;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of SAL's choice of base URL form.
 *
 * <p>Source: code of atlassian-slack-integration-server@5e676f6 built against Atlassian Platform
 * 7.2.6 (the platform of Jira 10) calls {@code applicationProperties.getBaseUrl(UrlMode.CANONICAL)}
 * ({@code RepositoryAwareSlackRoutesProvider.java} uses {@code UrlMode.ABSOLUTE}). Only those two
 * constants are stubbed; enum constants are referenced by name, so the missing others change nothing
 * in the plugin's bytecode.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/bitbucket-slack-server-integration-plugin/src/main/"
                + "java/com/atlassian/bitbucket/plugins/slack/spi/impl/RepositoryAwareSlackRoutesProvider.java",
        note = "Platform 7.2.6 (SAL as in Jira 10): UrlMode.ABSOLUTE and UrlMode.CANONICAL used; other "
                + "constants omitted")
public enum UrlMode {
    ABSOLUTE,
    CANONICAL
}
