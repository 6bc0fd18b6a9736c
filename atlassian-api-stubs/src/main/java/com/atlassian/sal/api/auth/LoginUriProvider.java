package com.atlassian.sal.api.auth;

import io.phasegate.stubs.ApiSource;
import java.net.URI;

/**
 * Compile-only stub of SAL's login URI service.
 *
 * <p>Source: atlassian-labs/atlassian-slack-integration-server@5e676f6 (Jira 10.0.0)
 * {@code LoginRedirectionManager}: {@code response.sendRedirect(loginUriProvider.getLoginUri(uri).toString())};
 * the same call in shokurov/testplanit {@code jira-dc-plugin/.../web/AdminServlet.java} (Jira 10.3.13).
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/LoginRedirectionManager.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6, Jira 10.0.0; also "
                + "shokurov/testplanit jira-dc-plugin AdminServlet.java, Jira 10.3.13")
public interface LoginUriProvider {

    /** The login page's URI, which returns the user to {@code returnUri} after logging in. */
    URI getLoginUri(URI returnUri);
}
