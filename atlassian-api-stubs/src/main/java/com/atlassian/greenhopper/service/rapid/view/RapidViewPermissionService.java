package com.atlassian.greenhopper.service.rapid.view;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira Software's board permission service: who may see and manage a board.
 *
 * <p>Source: JSW 11.1 javadoc, method detail {@code boolean canSeeRapidView(com.atlassian.jira.user
 * .ApplicationUser user, RapidView rapidView)}; the same method with a Crowd {@code User} in JSW 6.0.5
 * and 6.0.7. No 10.x page of this interface is in the stored javadoc, so its presence in 10.x is
 * inferred from it being there before and after. Only {@code canSeeRapidView} is stubbed.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/rapid/view/RapidViewPermissionService.html",
        note =
                "JSW 11.1: boolean canSeeRapidView(ApplicationUser, RapidView) (also in JSW 6.0.5 with a Crowd User: "
                        + "https://docs.atlassian.com/jira-software/6.0.5/com/atlassian/greenhopper/service/rapid/view/"
                        + "RapidViewPermissionService.html). NOT seen on a 10.x page; exported as an OSGi service? re-check first")
public interface RapidViewPermissionService {

    /** Whether the user may see the board (Jira Software's own board visibility). */
    boolean canSeeRapidView(ApplicationUser user, RapidView rapidView);
}
