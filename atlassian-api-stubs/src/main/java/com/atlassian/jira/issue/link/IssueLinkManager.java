package com.atlassian.jira.issue.link;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of the issue link service.
 *
 * <p>Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html
 * ({@code @PublicApi public interface IssueLinkManager}; {@code List<IssueLink> getInwardLinks(Long
 * destinationIssueId)}, {@code List<IssueLink> getOutwardLinks(Long sourceIssueId)}). The same two
 * signatures are implemented with {@code @Override} by a test double compiled against Jira 8.20.22:
 * https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueLinkManager.java.
 * No Jira 9/10 javadoc or 9/10-compiled caller was found.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html",
        note = "Jira 7.x javadoc (docs.atlassian.com/jira/server); same signatures in cures-hub/cures-condec-jira"
                + "@fbadb34 MockIssueLinkManager.java compiled against Jira 8.20.22; not verified on 9/10")
public interface IssueLinkManager {

    /** Links whose source is the issue with id {@code sourceIssueId}. */
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    /** Links whose destination is the issue with id {@code destinationIssueId}. */
    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
