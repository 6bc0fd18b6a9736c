package io.phasegate.jira.compat;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.fields.screen.FieldScreenFactory;
import io.phasegate.jira.setup.ScreenFactoryLookup;
import java.util.Optional;

/**
 * Asks Jira's component container for its {@link FieldScreenFactory} at each screen step, then the
 * OSGi registry. {@code ComponentAccessor} lives in this package only.
 */
public final class JiraScreenFactoryLookup implements ScreenFactoryLookup {
    @Override
    public Optional<FieldScreenFactory> find() {
        try {
            FieldScreenFactory factory = ComponentAccessor.getComponent(FieldScreenFactory.class);
            if (factory == null) {
                factory = ComponentAccessor.getOSGiComponentInstanceOfType(FieldScreenFactory.class);
            }
            return Optional.ofNullable(factory);
        } catch (RuntimeException | LinkageError e) {
            // This Jira does not have the type or cannot hand it out: the screen steps say so.
            return Optional.empty();
        }
    }
}
