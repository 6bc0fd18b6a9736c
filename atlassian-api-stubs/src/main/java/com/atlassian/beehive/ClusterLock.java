package com.atlassian.beehive;

import io.phasegate.stubs.ApiSource;
import java.util.concurrent.locks.Lock;

/**
 * Compile-only stub of a named cluster-wide lock from {@link ClusterLockService}: a {@link Lock}
 * ({@code lock}, {@code tryLock}, {@code unlock}); {@code newCondition()} is not supported by the
 * real one. It declares no members of its own that Phasegate uses.
 *
 * <p>Source: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 * ({@code public interface ClusterLock extends Lock}); {@code lock()}/{@code unlock()} called on a
 * {@code ClusterLock} in Jira 11.3.10 code (deftdevs/bootstrapi @4c9d627 {@code StartupConfigLifecycle.java})
 * and on it as a {@code Lock} in Jira 9.4.1 code (mailru/jira-plugins-mrimsender @12bdf7f).
 */
@ApiSource(
        value = "https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html",
        note = "beehive 0.0.8 javadoc: public interface ClusterLock extends Lock; used as a Lock in Jira 9.4.1"
                + " (mailru/jira-plugins-mrimsender@12bdf7f) and Jira 11.3.10 (deftdevs/bootstrapi@4c9d627) code")
public interface ClusterLock extends Lock {}
