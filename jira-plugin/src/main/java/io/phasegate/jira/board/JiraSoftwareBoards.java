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
    static final String NOT_INSTALLED = "Phasegate reads boards and sprints from Jira Software, which is not"
            + " installed or not enabled in this Jira (see docs/rest/jira.md). Gate dry-runs work.";
    static final String API_DIFFERS = "This Jira Software version's Java API differs from the one Phasegate was"
            + " built against, so its boards cannot be read (see the Jira log and docs/rest/jira.md). Gate"
            + " dry-runs work.";

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
