package com.atlassian.cache;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the factory of caches; {@link CacheManager} extends it. Only the member
 * Phasegate calls is declared.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-cache/2.4.1/apidocs/com/atlassian/cache/class-use/CacheSettings.html
 * ({@code <K,V> Cache<K,V> CacheFactory.getCache(String name, CacheLoader<K,V> loader, CacheSettings
 * required)}: "Returns the cache with the given name, loader and required cache settings, creates it
 * if necessary"); called on a {@code CacheManager} in Jira 10.0.0 code (Slack plugin @5e676f6
 * {@code AbstractCacheableEntityManager.java}).
 */
@ApiSource(
        value = "https://docs.atlassian.com/atlassian-cache/2.4.1/apidocs/com/atlassian/cache/class-use/"
                + "CacheSettings.html",
        note = "atlassian-cache 2.4.1 javadoc; cacheManager.getCache(name, loader, settings) in Jira 10.0.0 code"
                + " (Slack plugin @5e676f6 AbstractCacheableEntityManager.java)")
public interface CacheFactory {
    /** The cache with this name, created with the loader and settings if it does not exist yet. */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
