package com.atlassian.sal.api.xsrf;

import io.phasegate.stubs.ApiSource;
import javax.servlet.http.HttpServletRequest;

/**
 * Compile-only stub of SAL's XSRF token validator.
 *
 * <p>Source: Confluence 8.4.2 javadoc: {@code ConfluenceXsrfTokenValidator implements
 * com.atlassian.sal.api.xsrf.XsrfTokenValidator} with {@code boolean
 * validateFormEncodedToken(javax.servlet.http.HttpServletRequest)} and {@code String
 * getXsrfParameterName()}, both "Specified by" the SAL interface; the same two members from
 * Confluence 4.0 to 8.4.2. Jira's own implementation is {@code com.atlassian.sal.jira.xsrf.JiraXsrfTokenValidator}.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/sal/confluence/xsrf/ConfluenceXsrfTokenValidator.html",
        note = "Confluence 8.4.2 javadoc: SAL interface methods validateFormEncodedToken(HttpServletRequest), "
                + "getXsrfParameterName(); unchanged since Confluence 4.0. No platform-7 page found: re-check first")
public interface XsrfTokenValidator {

    /** Whether the request's form-encoded XSRF token parameter is the user's valid token. */
    boolean validateFormEncodedToken(HttpServletRequest request);

    /** The name of the form parameter that carries the token. */
    String getXsrfParameterName();
}
