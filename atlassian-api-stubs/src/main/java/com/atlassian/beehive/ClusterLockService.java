package com.atlassian.beehive;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Atlassian Beehive's cluster lock service: named locks that hold across every
 * node of a Data Center cluster (single-node products supply a local implementation). Only the
 * member Phasegate calls is declared.
 *
 * <p>Source: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * ({@code @PublicApi public interface ClusterLockService}: {@code ClusterLock getLockForName(String lockName)}).
 * Used in plugins compiled against Jira 9.4.1 ({@code mailru/jira-plugins-mrimsender} @12bdf7f,
 * {@code BotFaultToleranceProvider.java}: {@code @ComponentImport ClusterLockService}, {@code
 * clusterLockService.getLockForName(LOCK_NAME)} into a {@code Lock}) and Jira 11.3.10 ({@code
 * deftdevs/bootstrapi} @4c9d627: imported as an OSGi service in {@code jira/.../AtlassianConfig.java},
 * {@code ClusterLock lock = clusterLockService.getLockForName(LOCK_NAME)} in {@code
 * commons/.../StartupConfigLifecycle.java}).
 */
@ApiSource(
        value = "https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html",
        note = "beehive 0.0.6 javadoc (@PublicApi interface); imported and called in Jira 9.4.1 code"
                + " (mailru/jira-plugins-mrimsender@12bdf7f BotFaultToleranceProvider.java) and Jira 11.3.10 code"
                + " (deftdevs/bootstrapi@4c9d627 StartupConfigLifecycle.java, jira AtlassianConfig.java)")
public interface ClusterLockService {
    /** The cluster-wide lock of that name (getting it does not acquire it). */
    @ApiSource(
            value = "https://github.com/deftdevs/bootstrapi/blob/4c9d6271f00207820d13880e433f8aa5b4cfb6c6/"
                    + "commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java",
            note = "ClusterLock lock = clusterLockService.getLockForName(LOCK_NAME) (Jira 11.3.10 build);"
                    + " 'ClusterLock getLockForName(java.lang.String lockName)' in the beehive 0.0.6 javadoc")
    ClusterLock getLockForName(String lockName);
}
