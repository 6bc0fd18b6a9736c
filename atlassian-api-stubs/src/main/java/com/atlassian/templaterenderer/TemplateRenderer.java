package com.atlassian.templaterenderer;

import io.phasegate.stubs.ApiSource;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only stub of the Atlassian Template Renderer; only rendering a template with a context.
 *
 * <p>Source: atlassian-template-renderer 1.5.2 javadoc ({@code void render(String templateName,
 * Map<String, Object> context, Writer writer) throws RenderingException, IOException}); called the
 * same way by atlassian-labs/atlassian-slack-integration-server@5e676f6 {@code ConfigureServlet}
 * (Jira 10.0.0) and shokurov/testplanit {@code AdminServlet} (Jira 10.3.13). The unchecked
 * {@code RenderingException} is left out of the throws clause (not stubbed).
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html",
        note = "atlassian-template-renderer 1.5.2 javadoc; render(String, Map, Writer) called in "
                + "atlassian-slack-integration-server@5e676f6 ConfigureServlet.java (Jira 10.0.0) and testplanit "
                + "AdminServlet.java (Jira 10.3.13)")
public interface TemplateRenderer {

    /** Renders the template {@code templateName} (a resource of the plugin) with {@code context} into {@code writer}. */
    @ApiSource(
            value =
                    "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java",
            note = "templateRenderer.render(template, context, resp.getWriter()), Jira 10.0.0")
    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
