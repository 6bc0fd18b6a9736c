package io.phasegate.jira.compat;

import com.atlassian.event.api.EventPublisher;
import io.phasegate.jira.board.SprintEvents;
import io.phasegate.jira.board.jsw.JswSprintListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@link JswSprintListener} with Jira's {@link EventPublisher} when Jira Software's event
 * classes are wired to Phasegate (their package is imported {@code resolution:=optional}); without
 * them nothing is registered and Phasegate runs without sprint events. Spring calls {@link #start()}
 * and {@link #stop()} ({@code init-method}/{@code destroy-method}).
 */
public final class JswSprintEventsRegistration {
    static final String PROBE = "com.atlassian.greenhopper.api.events.sprint.SprintStartedEvent";
    private static final Logger LOG = LoggerFactory.getLogger(JswSprintEventsRegistration.class);

    private final EventPublisher events;
    private final SprintEvents handler;
    private final ClassLoader classes;
    private JswSprintListener listener;

    public JswSprintEventsRegistration(EventPublisher events, SprintEvents handler) {
        this(events, handler, JswSprintEventsRegistration.class.getClassLoader());
    }

    /** @param classes the loader that sees (or not) Jira Software's classes: the bundle's in production */
    JswSprintEventsRegistration(EventPublisher events, SprintEvents handler, ClassLoader classes) {
        this.events = events;
        this.handler = handler;
        this.classes = classes;
    }

    public synchronized void start() {
        if (!jiraSoftwareWired()) {
            LOG.info("Jira Software's sprint events are not available; sprint changes show when the answer"
                    + " cache expires (docs/rest/jira.md)");
            return;
        }
        listener = new JswSprintListener(handler);
        events.register(listener);
    }

    public synchronized void stop() {
        if (listener != null) {
            events.unregister(listener);
            listener = null;
        }
    }

    /** Whether a listener is registered. */
    public synchronized boolean listening() {
        return listener != null;
    }

    private boolean jiraSoftwareWired() {
        try {
            Class.forName(PROBE, false, classes);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
