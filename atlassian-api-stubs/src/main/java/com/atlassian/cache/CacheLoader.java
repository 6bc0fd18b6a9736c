package com.atlassian.cache;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the loader that fills a {@link Cache} on a miss.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-cache/2.0.7/apidocs/com/atlassian/cache/CacheLoader.html
 * ({@code @PublicSpi public interface CacheLoader<K,V>}, {@code @NotNull V load(@NotNull K key)});
 * passed to {@code getCache(name, loader, settings)} in Jira 10.0.0 code (Slack plugin @5e676f6
 * {@code storage/cache/AbstractCacheableEntityManager.java}).
 */
@ApiSource(
        value = "https://docs.atlassian.com/atlassian-cache/2.0.7/apidocs/com/atlassian/cache/CacheLoader.html",
        note = "atlassian-cache 2.0.7 javadoc: V load(K key), non-null result; used as getCache argument in Jira"
                + " 10.0.0 code (Slack plugin @5e676f6 AbstractCacheableEntityManager.java)")
@FunctionalInterface
public interface CacheLoader<K, V> {
    /** The value for the key; never null. */
    V load(K key);
}
