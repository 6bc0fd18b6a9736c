package io.phasegate.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Lets only Jira administrators (or system administrators) in a secure administrator session
 * (WebSudo) through: anonymous users go to the login page and come back, other users get 403, and
 * an administrator without a WebSudo session is asked for the password first.
 */
public final class AdminAccess {
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;

    public AdminAccess(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
    }

    /**
     * Whether the request may proceed. When it may not, the response has been sent (redirect or
     * 403) and the caller must do nothing else.
     */
    boolean admit(HttpServletRequest request, HttpServletResponse response, String forbiddenText) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            response.sendRedirect(
                    loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return false;
        }
        if (!userManager.isAdmin(user) && !userManager.isSystemAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, forbiddenText);
            return false;
        }
        if (!webSudoManager.canExecuteRequest(request)) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return false;
        }
        return true;
    }

    /** Back to this page after logging in; a POST comes back as the page (GET), never re-posted. */
    private static URI returnUri(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return URI.create(query == null ? path : path + "?" + query);
    }
}
