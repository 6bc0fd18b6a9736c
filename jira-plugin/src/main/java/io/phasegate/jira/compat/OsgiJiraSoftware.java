package io.phasegate.jira.compat;

import com.atlassian.greenhopper.service.rapid.view.RapidViewConfigManager;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.SprintManager;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.BoardJiraServices;
import io.phasegate.jira.board.JiraSoftwareLookup;
import io.phasegate.jira.board.jsw.JswBoards;
import java.util.Optional;

/**
 * Finds Jira Software's managers among the OSGi services when asked, not at start-up: Jira Software is
 * optional (its packages are imported with {@code resolution:=optional}), so a Spring reference to
 * them would stop Phasegate from starting without it. {@code ComponentAccessor} lives here only.
 */
public final class OsgiJiraSoftware implements JiraSoftwareLookup {
    private final BoardJiraServices jira;
    private final JiraAuthenticationContext authentication;

    public OsgiJiraSoftware(BoardJiraServices jira, JiraAuthenticationContext authentication) {
        this.jira = jira;
        this.authentication = authentication;
    }

    @Override
    public Optional<BoardDataSource> find() {
        try {
            RapidViewService boards = ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewService.class);
            RapidViewConfigManager configs =
                    ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewConfigManager.class);
            SprintManager sprints = ComponentAccessor.getOSGiComponentInstanceOfType(SprintManager.class);
            if (boards == null || configs == null || sprints == null) {
                return Optional.empty();
            }
            return Optional.of(new JswBoards(boards, authentication, configs, sprints, jira));
        } catch (NoClassDefFoundError e) {
            // The optional import was not wired: Jira Software was absent when Phasegate was resolved.
            return Optional.empty();
        }
    }
}
