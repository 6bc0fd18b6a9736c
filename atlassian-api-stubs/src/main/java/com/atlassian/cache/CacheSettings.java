package com.atlassian.cache;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a cache's settings, built with {@link CacheSettingsBuilder}. Phasegate reads
 * none of its members.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-cache/2.5.5/apidocs/com/atlassian/cache/CacheSettings.html
 * ({@code @PublicApi public interface CacheSettings}).
 */
@ApiSource(
        value = "https://docs.atlassian.com/atlassian-cache/2.5.5/apidocs/com/atlassian/cache/CacheSettings.html",
        note = "atlassian-cache 2.5.5 javadoc: @PublicApi interface; the type CacheSettingsBuilder.build() returns")
public interface CacheSettings {}
