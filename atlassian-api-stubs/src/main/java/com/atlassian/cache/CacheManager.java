package com.atlassian.cache;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the product's cache manager, the OSGi service a plugin imports.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-confluence/5.5.1/com/atlassian/confluence/cache/CacheManagerSupport.html
 * ("implements com.atlassian.cache.CacheFactory, com.atlassian.cache.CacheManager": the manager is a
 * factory); imported as a service and used through {@code getCache} by Atlassian's Slack plugin on
 * Jira 10.0.0 ({@code service/ComponentImports.java}, {@code dao/impl/DefaultConfigurationDao.java}).
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java",
        note = "Slack plugin @5e676f6, Jira 10.0.0: CacheManager imported as an OSGi service; CacheManager"
                + " extends CacheFactory per atlassian-cache 2.x javadoc")
public interface CacheManager extends CacheFactory {}
