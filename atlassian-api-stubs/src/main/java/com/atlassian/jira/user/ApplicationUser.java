package com.atlassian.jira.user;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira user.
 *
 * <p>Source: https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/accessrequest/controller/dto/DtoUtils.java
 * (Jira 9.4.1; {@code user.getKey()}, {@code user.getDisplayName()}, {@code user.getName()} on an
 * {@code ApplicationUser}). Kind and hierarchy from
 * https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
 * ({@code public interface ApplicationUser extends Principal, WithId, WithKey}; all three methods
 * are declared in {@code ApplicationUser}). The supertypes are omitted.
 */
@ApiSource(
        value = "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/"
                + "src/main/java/ru/mail/jira/plugins/myteam/accessrequest/controller/dto/DtoUtils.java",
        note = "mailru/jira-plugins-mrimsender@12bdf7f DtoUtils.java, Jira 9.4.1; interface kind and supertypes "
                + "Principal, WithId, WithKey (omitted) per Jira 7.0.0 javadoc")
public interface ApplicationUser {

    /** The user key: stable, never shown to users. */
    @ApiSource(
            value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                    + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                    + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                    + "postfunction/SlackPostFunctionFactory.java",
            note = "authenticationContext.getLoggedInUser().getKey() passed as a String, Jira 10.0.0; "
                    + "also user.getKey() in mrimsender DtoUtils.java, Jira 9.4.1")
    String getKey();

    /** The username (synonym for {@code getUsername()}). */
    String getName();

    /** The display ("full") name. */
    @ApiSource(
            value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                    + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                    + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                    + "service/notification/impl/DefaultAttachmentHelper.java",
            note = "user.getDisplayName() on an ApplicationUser parameter, Jira 10.0.0; also mrimsender DtoUtils.java, "
                    + "Jira 9.4.1")
    String getDisplayName();
}
