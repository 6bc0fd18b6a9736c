package com.atlassian.sal.api;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of SAL's application properties, for the product's base URL.
 *
 * <p>Source: {@code RepositoryAwareSlackRoutesProvider} of atlassian-slack-integration-server@5e676f6,
 * built against Atlassian Platform 7.2.6 (the platform of Jira 10), returns
 * {@code applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)} as a {@code String}; the Jira 10.0.0
 * plugin of the same commit imports the service as {@code salApplicationProperties}
 * ({@code ComponentImports.java}).
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/bitbucket-slack-server-integration-plugin/src/main/"
                + "java/com/atlassian/bitbucket/plugins/slack/spi/impl/RepositoryAwareSlackRoutesProvider.java",
        note = "Platform 7.2.6: String getBaseUrl(UrlMode); imported as a component by the Jira 10.0.0 plugin")
public interface ApplicationProperties {

    /** The product's base URL in the given form. */
    String getBaseUrl(UrlMode urlMode);
}
