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

    /** Removes every entry; on a cluster-wide cache every node drops its copy. */
    void removeAll();
}
