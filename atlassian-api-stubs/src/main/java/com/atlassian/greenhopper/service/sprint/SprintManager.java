package com.atlassian.greenhopper.service.sprint;

import com.atlassian.greenhopper.service.ServiceOutcome;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;
import java.util.EnumSet;

/**
 * Compile-only stub of Jira Software's sprint store; it takes no user and checks no permission.
 *
 * <p>Source: JSW 9.12.10 javadoc (full signature) and JSW 11.1 (same method, "Collects all sprints
 * owned by the passed rapid view with one of the given states"). Supertype {@code GreenHopperCache}
 * omitted.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/sprint/SprintManager.html",
        note = "JSW 9.12.10: @Nonnull ServiceOutcome<Collection<Sprint>> getSprintsForView(Long rapidViewId, "
                + "EnumSet<Sprint.State> states); listed unchanged in https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/"
                + "service/sprint/SprintManager.html. Supertype GreenHopperCache omitted")
public interface SprintManager {

    /** The sprints owned by the board, in the given states. */
    ServiceOutcome<Collection<Sprint>> getSprintsForView(Long rapidViewId, EnumSet<Sprint.State> states);
}
