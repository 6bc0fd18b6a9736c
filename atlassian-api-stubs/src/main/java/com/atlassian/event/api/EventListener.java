package com.atlassian.event.api;

import io.phasegate.stubs.ApiSource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of the annotation marking a method that receives events of its parameter's
 * type. Runtime retention, as the publisher finds the methods by reflection.
 *
 * <p>Source: {@code DefaultJiraSlackEventListener} of atlassian-slack-integration-server@5e676f6
 * (Jira 10.0.0) annotates its event methods with {@code @EventListener} from this package. Retention
 * and target are not shown there; they follow from the publisher's reflective discovery of annotated
 * methods (an annotation with class retention would be invisible to it).
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "service/listener/impl/DefaultJiraSlackEventListener.java",
        note = "Jira 10.0.0: @com.atlassian.event.api.EventListener on listener methods; retention RUNTIME "
                + "and target METHOD inferred from reflective discovery")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {}
