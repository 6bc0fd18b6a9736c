package com.atlassian.cache;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of an Atlassian Cache. Only the members Phasegate calls are declared.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-cache/2.0.7/apidocs/com/atlassian/cache/Cache.html
 * ({@code @PublicApi public interface Cache<K,V>}: {@code V get(K key)} — with a {@link CacheLoader}
 * never null — and {@code void removeAll()}); {@code cache.get(projectId)} on a loader-backed cache in
 * Jira 10.0.0 code: Slack plugin @5e676f6 {@code dao/impl/DefaultConfigurationDao.java}.
 */
@ApiSource(
        value = "https://docs.atlassian.com/atlassian-cache/2.0.7/apidocs/com/atlassian/cache/Cache.html",
        note = "atlassian-cache 2.0.7 javadoc; get(K) on a loader-backed cache in Jira 10.0.0 code (Slack plugin"
                + " @5e676f6 DefaultConfigurationDao.java)")
public interface Cache<K, V> {
    /** The value for the key, loaded by the cache's loader when missing. */
    V get(K key);

    /** Removes the key's entry; on a cluster-wide cache every node drops its copy. */
    @ApiSource(
            value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                    + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/slack-server-integration-common/src/main/java/com/"
                    + "atlassian/plugins/slack/api/client/cache/SlackResponseCache.java",
            note = "Slack plugin @5e676f6 (Jira 10.0.0): cache.remove(key) on a Cache<String, String>; void"
                    + " remove(K) in the atlassian-cache 2.0.7 javadoc")
    void remove(K key);

    /** Removes every entry; on a cluster-wide cache every node drops its copy. */
    void removeAll();
}
