package com.atlassian.sal.api.websudo;

import io.phasegate.stubs.ApiSource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Compile-only stub of SAL's WebSudo ("secure administrator session") service.
 *
 * <p>Source: Confluence 9.3.2 javadoc (Atlassian platform 7, the platform of Jira 10):
 * {@code ConfluenceWebSudoManager implements com.atlassian.sal.api.websudo.WebSudoManager} with
 * {@code boolean canExecuteRequest(javax.servlet.http.HttpServletRequest)} and {@code void
 * enforceWebSudoProtection(javax.servlet.http.HttpServletRequest, javax.servlet.http.HttpServletResponse)}
 * "Specified by ... in interface com.atlassian.sal.api.websudo.WebSudoManager"; Bamboo 9.5.1 javadoc
 * shows the same. {@code willExecuteWebSudoRequest} is not stubbed (not used).
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/sal/confluence/websudo/ConfluenceWebSudoManager.html",
        note = "Confluence 9.3.2 javadoc (platform 7): SAL interface methods canExecuteRequest(HttpServletRequest), "
                + "enforceWebSudoProtection(HttpServletRequest, HttpServletResponse); same in Bamboo 9.5.1 javadoc. "
                + "Not seen in Jira-10-compiled code: re-check against sal-api")
public interface WebSudoManager {

    /** Whether the request runs in a WebSudo session, or WebSudo is disabled. No side effects. */
    boolean canExecuteRequest(HttpServletRequest request);

    /** Sends the user to the password prompt, which then repeats the request. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
