package com.atlassian.cache;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the unchecked exception an Atlassian Cache throws when it cannot supply a
 * value, such as when the loader failed: the loader's exception is its cause. Only the constructor
 * Phasegate's tests use is declared.
 *
 * <p>Source: Atlassian's Slack plugin @5e676f6 (Jira 10.0.0) catches {@code CacheException} around
 * {@code cache.get(key, supplier)} and reads the supplier's exception from {@code e.getCause()}
 * ({@code SlackResponseCache.java}); its test stands in for the cache with {@code throw new
 * CacheException(e)} ({@code SlackResponseCacheTest.java}). The real class is a {@code
 * RuntimeException} (it is thrown from {@code get} without a {@code throws} clause).
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/slack-server-integration-common/src/test/java/com/"
                + "atlassian/plugins/slack/api/client/cache/SlackResponseCacheTest.java",
        note = "Slack plugin @5e676f6 (Jira 10.0.0): new CacheException(e) in the cache double; main code catches"
                + " it around cache.get and unwraps getCause()")
public class CacheException extends RuntimeException {
    public CacheException(Throwable cause) {
        super(cause);
    }
}
