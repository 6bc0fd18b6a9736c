package com.atlassian.event.api;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the atlassian-event publisher: listeners register themselves and receive
 * events in their {@code @EventListener} methods.
 *
 * <p>Source: {@code AutoSubscribingEventListener} of atlassian-slack-integration-server@5e676f6
 * (common module of the plugin built against Jira 10.0.0) calls {@code eventPublisher.register(this)}
 * and {@code eventPublisher.unregister(this)}.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/slack-server-integration-common/src/main/java/"
                + "com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java",
        note = "Jira 10.0.0-era: register(Object) and unregister(Object) called on an EventPublisher")
public interface EventPublisher {

    /** Starts delivering events to the listener's {@code @EventListener} methods. */
    void register(Object listener);

    /** Stops delivering events to the listener. */
    void unregister(Object listener);
}
