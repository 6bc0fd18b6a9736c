package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;
import java.util.Set;

/**
 * Compile-only stub of Jira's label service.
 *
 * <p>Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html
 * ({@code @PublicApi public interface LabelManager}; {@code Set<Label> setLabels(ApplicationUser
 * remoteUser, Long issueId, Set<String> labels, boolean sendNotification, boolean
 * causeChangeNotification)} — "Sets the labels for a particular issue ... to the set specified").
 * No Jira 9/10 javadoc or 9/10-compiled caller was found.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html",
        note = "Jira 7.x javadoc (jira/latest): setLabels(ApplicationUser, Long, Set<String>, boolean, boolean); "
                + "not verified on 9/10")
public interface LabelManager {

    /** Replaces the issue's labels (the system Labels field) with {@code labels}. */
    Set<Label> setLabels(
            ApplicationUser remoteUser,
            Long issueId,
            Set<String> labels,
            boolean sendNotification,
            boolean causeChangeNotification);
}
