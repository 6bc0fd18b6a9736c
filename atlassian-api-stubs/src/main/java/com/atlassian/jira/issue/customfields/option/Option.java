package com.atlassian.jira.issue.customfields.option;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a select-list option (the value type of select custom fields).
 *
 * <p>Source: https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/CheckboxValueHandler.java
 * (Jira 9.4.1; {@code option.getValue()} on this type). Kind and hierarchy from
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/option/Option.html:
 * {@code public interface Option extends SimpleOption<Option>}, with {@code getValue()} redeclared in
 * {@code Option}; the {@code SimpleOption} supertype is omitted.
 */
@ApiSource(
        value = "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/"
                + "src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/"
                + "CheckboxValueHandler.java",
        note = "mailru/jira-plugins-mrimsender@12bdf7f CheckboxValueHandler.java, Jira 9.4.1; interface kind and "
                + "'extends SimpleOption<Option>' (omitted) per docs.atlassian.com/jira/server Option javadoc")
public interface Option {

    /** The option's current value (its display text). */
    String getValue();
}
