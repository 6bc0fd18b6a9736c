package com.atlassian.jira.issue.customfields.option;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of the options of one field configuration: a list of {@link Option}s. Its own
 * members (root options, lookups, re-ordering) are not used.
 */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/CheckboxValueHandler.java",
        note = "mailru/jira-plugins-mrimsender@12bdf7f CheckboxValueHandler.java, Jira 9.4.1: "
                + "'Options options = optionsManager.getOptions(config)' then 'for (Option opt : options)'; "
                + "'public interface Options extends List<Option>' per the Jira 6.x jira-api source copy "
                + "(turgaycelik/mysource@ee01e28) and Jira 7.0.8 javadoc of OptionsImpl "
                + "(extends ArrayList<Option> implements Options)")
public interface Options extends List<Option> {}
