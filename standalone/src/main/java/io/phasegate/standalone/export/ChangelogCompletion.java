package io.phasegate.standalone.export;

/**
 * What was done for one issue whose inline changelog Jira truncated.
 *
 * @param issue the issue key
 * @param page the issue page file the completed issue was saved in
 * @param inline histories that came inline with the issue
 * @param total histories Jira said the issue has
 * @param histories histories saved after merging
 * @param source the request path that supplied the rest
 * @param complete whether {@code histories} reached {@code total}
 */
public record ChangelogCompletion(
        String issue, String page, int inline, int total, int histories, String source, boolean complete) {}
