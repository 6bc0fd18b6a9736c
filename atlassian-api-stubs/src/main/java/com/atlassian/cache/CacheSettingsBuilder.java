package com.atlassian.cache;

import io.phasegate.stubs.ApiSource;
import java.util.concurrent.TimeUnit;

/**
 * Compile-only stub of the builder of {@link CacheSettings}. Only the members Phasegate calls are
 * declared; the stub's bodies are never run (Jira supplies the class).
 *
 * <p>Source: https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheSettingsBuilder.html
 * ({@code @PublicApi public class CacheSettingsBuilder}: constructor, {@code expireAfterWrite(long,
 * TimeUnit)}, {@code remote()}, {@code replicateViaInvalidation()}, {@code build()}, each builder
 * method returning the builder). Jira 10.0.0 code: {@code new CacheSettingsBuilder().expireAfterWrite(ttl,
 * unit).build()} (Slack plugin @5e676f6 {@code AbstractCacheableEntityManager.java}).
 */
@ApiSource(
        value = "https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/"
                + "cache/CacheSettingsBuilder.html",
        note = "atlassian-cache-api 2.9.0 javadoc; constructor, expireAfterWrite and build() in Jira 10.0.0 code"
                + " (Slack plugin @5e676f6 AbstractCacheableEntityManager.java)")
public class CacheSettingsBuilder {

    public CacheSettingsBuilder() {}

    /** Entries expire this long after they were written. */
    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        return this;
    }

    /** The cache holds at most this many entries on a node, dropping others as it needs. */
    @ApiSource(
            value = "https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/"
                    + "cache/CacheSettingsBuilder.html",
            note = "atlassian-cache-api 2.9.0 javadoc: CacheSettingsBuilder maxEntries(int maxEntries),"
                    + " 'Indicates that this cache can have a maximum number of entries'")
    public CacheSettingsBuilder maxEntries(int maxEntries) {
        return this;
    }

    /** The cache is clustered in a clustered deployment. */
    @ApiSource(
            value = "https://github.com/mailru/jira-plugins-mrimsender/blob/2a9ebf4bac0940890a74ddce9ebd432fd030d349/"
                    + "src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationSettingsServiceImpl.java",
            note = "new CacheSettingsBuilder().remote().replicateViaInvalidation().build() in a Jira 9 plugin;"
                    + " listed in the atlassian-cache-api 2.9.0 javadoc")
    public CacheSettingsBuilder remote() {
        return this;
    }

    /** On a cluster, a change is sent to the other nodes as an invalidation; values stay on their node. */
    @ApiSource(
            value = "https://github.com/mailru/jira-plugins-mrimsender/blob/2a9ebf4bac0940890a74ddce9ebd432fd030d349/"
                    + "src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationSettingsServiceImpl.java",
            note = "new CacheSettingsBuilder().remote().replicateViaInvalidation().build() in a Jira 9 plugin")
    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }

    /** The settings; in Jira the real class builds them (this stub's null only reaches test doubles). */
    public CacheSettings build() {
        return null;
    }
}
