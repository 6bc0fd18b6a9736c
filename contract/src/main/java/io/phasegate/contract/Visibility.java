package io.phasegate.contract;

import io.phasegate.core.issue.IssueKey;

/**
 * Which issues the caller may see in drill-down lists. Aggregates are computed for everyone alike;
 * only the lists of issue keys, offenders and warnings leave out what the caller may not browse.
 */
@FunctionalInterface
public interface Visibility {
    /** Every issue: {@code phasegate serve}, which has no users. */
    Visibility ALL = key -> true;

    boolean canSee(IssueKey key);
}
