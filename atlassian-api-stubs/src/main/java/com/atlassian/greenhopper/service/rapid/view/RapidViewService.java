package com.atlassian.greenhopper.service.rapid.view;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of Jira Software's board service: boards as a given user may see them.
 *
 * <p>Source: a plugin compiled against Jira and Jira Software 9.17.5
 * ({@code masoudnasiri/corbitchat-jira-data-center-messenger} @ {@code 336c5ca}, {@code pom.xml}
 * {@code jira.version} 9.17.5 for both {@code jira-api} and {@code jira-greenhopper-plugin}) looks
 * the service up with {@code ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewService.class)}
 * and assigns both calls to typed variables. The JSW 11.1 page of {@code RapidViewServiceImpl}
 * lists the same two methods; JSW 6.x pages show {@code ServiceOutcome<RapidView> getRapidView(User,
 * Long)}; the JSW 5.6 page says the board comes back "null if it doesn't exist or the user doesn't
 * have permission to see it". Supertype {@code GreenHopperCache} (6.x only) and every other method
 * omitted.
 */
@ApiSource(
        value = "https://github.com/masoudnasiri/corbitchat-jira-data-center-messenger/blob/"
                + "336c5ca35c96e3476d42297bb6e49b5d89d30022/src/main/java/com/corbitlogic/jira/internalmessenger/"
                + "mobile/JimMobileBoards.java",
        note = "JSW 9.17.5 (pom.xml jira.version, jira-greenhopper-plugin ${jira.version}, same commit): "
                + "ServiceOutcome<RapidView> outcome = rapidViewService.getRapidView(viewer, boardId); "
                + "ServiceOutcome<List<RapidView>> outcome = rapidViewService.getRapidViews(viewer); both methods "
                + "listed in https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/"
                + "rapid/view/RapidViewServiceImpl.html")
public interface RapidViewService {

    /** The board with this id if the user may see it; an invalid outcome otherwise (also for no such board). */
    @ApiSource(
            value = "https://github.com/masoudnasiri/corbitchat-jira-data-center-messenger/blob/"
                    + "336c5ca35c96e3476d42297bb6e49b5d89d30022/src/main/java/com/corbitlogic/jira/internalmessenger/"
                    + "mobile/JimMobileBoards.java",
            note = "JSW 9.17.5: ServiceOutcome<RapidView> outcome = rapidViewService.getRapidView(viewer, boardId) "
                    + "(ApplicationUser, long boxed to Long); JSW 11.1: getRapidView(ApplicationUser user, Long "
                    + "rapidViewId) 'Get a rapid view given its id'; also called in atlascommunity/jira-plugins-groovy"
                    + "@ef39c51 PluginClassListenerIT (JSW 8.13.1)")
    ServiceOutcome<RapidView> getRapidView(ApplicationUser user, Long rapidViewId);

    /** Every board the user may see. */
    @ApiSource(
            value = "https://github.com/masoudnasiri/corbitchat-jira-data-center-messenger/blob/"
                    + "336c5ca35c96e3476d42297bb6e49b5d89d30022/src/main/java/com/corbitlogic/jira/internalmessenger/"
                    + "mobile/JimMobileBoards.java",
            note = "JSW 9.17.5: ServiceOutcome<List<RapidView>> outcome = rapidViewService.getRapidViews(viewer); "
                    + "JSW 11.1 lists getRapidViews(ApplicationUser user)")
    ServiceOutcome<List<RapidView>> getRapidViews(ApplicationUser user);
}
