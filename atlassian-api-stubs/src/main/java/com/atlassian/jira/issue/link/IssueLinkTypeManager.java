package com.atlassian.jira.issue.link;

import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of the issue link type service.
 *
 * <p>Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
 * (both overloads: {@code getIssueLinkTypes()} "Returns only user-defined (non-system)
 * IssueLinkType objects" and {@code getIssueLinkTypes(boolean excludeSystemLinks)}). Both are
 * implemented by a Jira 8.20.22-compiled test double and called from that plugin's main code
 * (https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueLinkTypeManager.java).
 * No Jira 9/10 javadoc or 9/10-compiled caller was found.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html",
        note = "Jira 7.x javadoc (docs.atlassian.com/jira/server); both overloads also in cures-hub/cures-condec-jira"
                + "@fbadb34 MockIssueLinkTypeManager.java, Jira 8.20.22; not verified on 9/10")
public interface IssueLinkTypeManager {

    /** Only the user-defined (non-system) link types. */
    Collection<IssueLinkType> getIssueLinkTypes();

    /** All link types, or only the non-system ones when {@code excludeSystemLinks} is true. */
    Collection<IssueLinkType> getIssueLinkTypes(boolean excludeSystemLinks);
}
