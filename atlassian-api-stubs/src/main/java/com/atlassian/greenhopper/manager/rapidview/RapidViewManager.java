package com.atlassian.greenhopper.manager.rapidview;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of Jira Software's board store, read without permission checks.
 *
 * <p>Source: JSW 10.6.0 javadoc: "getAll() Get a list of all RapidViews that exist, regardless of any
 * security considerations" and "get(Long) Get a RapidBoard from cache directly". The stored copy of
 * that page drops the return-type column; the types below follow every other JSW manager on sourced
 * pages (e.g. SprintManager 9.12.10: {@code @Nonnull ServiceOutcome<...>}). That is an inference, so
 * the adapter treats a {@code LinkageError} from these calls as "Jira Software API differs" (503).
 * A public ScriptRunner sample for Jira 7 ({@code RapidView rapidView = rapidViewManager.get(BOARD_ID).get()})
 * agrees that {@code get(Long)} returns an outcome wrapping the board, nothing stronger.
 * Supertype {@code GreenHopperCache} omitted.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/manager/rapidview/RapidViewManager.html",
        note = "JSW 10.6.0: get(Long) and getAll() exist with these parameters and meanings; return types "
                + "ServiceOutcome<RapidView> / ServiceOutcome<List<RapidView>> NOT visible in the stored page "
                + "(inferred from the JSW manager convention): re-check first")
public interface RapidViewManager {

    /** The board with this id, from Jira Software's cache. */
    ServiceOutcome<RapidView> get(Long id);

    /** Every board, regardless of any security considerations. */
    ServiceOutcome<List<RapidView>> getAll();
}
