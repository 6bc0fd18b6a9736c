package io.phasegate.jira.board;

import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link BoardDataSource}: Jira Software's boards, read through whatever {@link
 * JiraSoftwareLookup} finds on each call. Without Jira Software every call is a {@link
 * DataSourceUnavailableException}, which the resources answer with 503 {@code data-source-unavailable};
 * so is a Jira Software whose Java API no longer matches the one Phasegate was built against.
 */
public final class JiraSoftwareBoards implements BoardDataSource {
    static final String NOT_INSTALLED = "phasegate.rest.unavailable.not-installed";
    static final String API_DIFFERS = "phasegate.rest.unavailable.api-differs";

    private static final Logger LOG = LoggerFactory.getLogger(JiraSoftwareBoards.class);

    private final JiraSoftwareLookup lookup;

    public JiraSoftwareBoards(JiraSoftwareLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public List<JiraBoard> boards() {
        return call(BoardDataSource::boards);
    }

    @Override
    public Optional<JiraBoard> board(long id) {
        return call(source -> source.board(id));
    }

    @Override
    public List<SprintSnapshot> sprints(long boardId) {
        return call(source -> source.sprints(boardId));
    }

    @Override
    public boolean canSee(ApplicationUser user, long boardId) {
        return call(source -> source.canSee(user, boardId));
    }

    @Override
    public BoardReading read(long boardId) {
        return call(source -> source.read(boardId));
    }

    @Override
    public BoardReading read(long boardId, ApplicationUser reader) {
        return call(source -> source.read(boardId, reader));
    }

    private <T> T call(Function<BoardDataSource, T> read) {
        try {
            BoardDataSource source = lookup.find().orElseThrow(() -> new DataSourceUnavailableException(NOT_INSTALLED));
            return read.apply(source);
        } catch (LinkageError e) {
            LOG.error("Jira Software's Java API does not match the one Phasegate was built against", e);
            throw new DataSourceUnavailableException(API_DIFFERS);
        }
    }
}
