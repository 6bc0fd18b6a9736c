package io.phasegate.jira.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.event.api.EventPublisher;
import io.phasegate.jira.board.SprintEvents;
import io.phasegate.jira.board.jsw.JswSprintListener;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The sprint listener is registered only where Jira Software's event classes can be loaded. */
class JswSprintEventsRegistrationTest {
    final EventPublisher events = mock(EventPublisher.class);
    final SprintEvents handler = mock(SprintEvents.class);

    @Test
    void withJiraSoftwareTheListenerIsRegisteredOnStartAndRemovedOnStop() {
        JswSprintEventsRegistration registration = new JswSprintEventsRegistration(events, handler);

        registration.start();

        ArgumentCaptor<Object> listener = ArgumentCaptor.forClass(Object.class);
        verify(events).register(listener.capture());
        assertThat(listener.getValue()).isInstanceOf(JswSprintListener.class);
        assertThat(registration.listening()).isTrue();
        registration.stop();
        verify(events).unregister(listener.getValue());
        assertThat(registration.listening()).isFalse();
    }

    @Test
    void withoutJiraSoftwareNothingIsRegisteredAndNothingFails() {
        JswSprintEventsRegistration registration = new JswSprintEventsRegistration(
                events, handler, new WithoutJiraSoftware(getClass().getClassLoader()));

        registration.start();
        registration.stop();

        verify(events, never()).register(any());
        verify(events, never()).unregister(any());
        assertThat(registration.listening()).isFalse();
    }

    /** A class loader like Phasegate's bundle when the optional Jira Software imports are not wired. */
    static final class WithoutJiraSoftware extends ClassLoader {
        WithoutJiraSoftware(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.atlassian.greenhopper.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
