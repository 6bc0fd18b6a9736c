package io.phasegate.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreenFactory;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;
import java.util.Optional;

/**
 * Finds Jira's {@link FieldScreenFactory} when a screen step runs, not at start-up: that it is
 * published to plugins on Jira 10 is shown only by plugins built against Jira 8 (see
 * docs/dev/api-stubs-sources.md), so a Spring reference to it could stop all of Phasegate from
 * starting. Without it only the screen steps fail, with a message saying what to do by hand.
 */
@FunctionalInterface
public interface ScreenFactoryLookup {
    /** Jira's factory, or empty when this Jira does not offer it. */
    Optional<FieldScreenFactory> find();

    /** The factory, or a {@link SetupFailure} telling the administrator to make {@code what} by hand. */
    default FieldScreenFactory require(String what) {
        return find().orElseThrow(
                        () -> new SetupFailure(SetupMessage.of("failure.screen-factory-missing", what), null));
    }
}
