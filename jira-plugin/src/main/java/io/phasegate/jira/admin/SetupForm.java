package io.phasegate.jira.admin;

import java.util.Objects;

/**
 * Where the page's forms post to and the XSRF token they must carry.
 *
 * @param action the servlet's URL, with Jira's context path
 * @param tokenParameter the form parameter Jira reads the token from ({@code atl_token} in Jira)
 * @param token the administrator's current token
 */
record SetupForm(String action, String tokenParameter, String token) {
    SetupForm {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(tokenParameter, "tokenParameter");
        Objects.requireNonNull(token, "token");
    }
}
