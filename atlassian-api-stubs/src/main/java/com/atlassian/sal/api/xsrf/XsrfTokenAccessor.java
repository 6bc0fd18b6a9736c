package com.atlassian.sal.api.xsrf;

import io.phasegate.stubs.ApiSource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Compile-only stub of SAL's XSRF token accessor.
 *
 * <p>Source: Confluence 9.4.0 javadoc (platform 7): {@code ConfluenceXsrfTokenAccessor implements
 * com.atlassian.sal.api.xsrf.XsrfTokenAccessor}, {@code String getXsrfToken(javax.servlet.http.HttpServletRequest
 * request, javax.servlet.http.HttpServletResponse response, boolean create)} "Specified by ... in interface
 * com.atlassian.sal.api.xsrf.XsrfTokenAccessor"; unchanged since Confluence 3.5 and Crowd 6.1.0 javadoc.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/sal/confluence/xsrf/ConfluenceXsrfTokenAccessor.html",
        note = "Confluence 9.4.0 javadoc (platform 7), SAL interface method getXsrfToken(HttpServletRequest, "
                + "HttpServletResponse, boolean); same in Crowd 6.1.0. Not seen in Jira-10-compiled code")
public interface XsrfTokenAccessor {

    /** The user's XSRF token, created (and its cookie set) when there is none and {@code create} is true. */
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
