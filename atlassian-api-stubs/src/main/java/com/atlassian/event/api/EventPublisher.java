package com.atlassian.event.api;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the product's event bus. Only the members Phasegate calls are declared.
 *
 * <p>Source: Atlassian's Slack plugin on Jira 10.0.0 registers its listeners with
 * {@code eventPublisher.register(this)} and removes them with {@code eventPublisher.unregister(this)}
 * ({@code slack-server-integration-common/.../util/AutoSubscribingEventListener.java}), and imports
 * {@code EventPublisher} as an OSGi service ({@code service/ComponentImports.java}).
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/"
                        + "AutoSubscribingEventListener.java",
        note = "Slack plugin @5e676f6 (Jira 10.0.0 build): register(Object) / unregister(Object)")
public interface EventPublisher {
    /** Subscribes the object's {@link EventListener} methods. */
    void register(Object listener);

    /** Unsubscribes the object. */
    void unregister(Object listener);
}
