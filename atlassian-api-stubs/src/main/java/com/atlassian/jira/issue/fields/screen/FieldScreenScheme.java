package com.atlassian.jira.issue.fields.screen;

import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of a screen scheme; only its id, name, description, entries and storing.
 *
 * <p>Source: Jira 7.0.8 javadoc ({@code @PublicApi public interface FieldScreenScheme}, all members
 * below); setName/setDescription/store/getFieldScreenSchemeItems/addFieldScreenSchemeItem called by Jira
 * 8.13.9-built code.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/fields/screen/FieldScreenScheme.html",
        note =
                "Jira 7.0.8 javadoc, @PublicApi; used as here by atlascommunity/projectconfigurator@5a29bf4 ProjectConfiguratorManager, Jira 8.13.9 (parent io.github.atlascommunity:parent:2.1.12 sets jira.version 8.13.9; jira-core provided)")
public interface FieldScreenScheme {

    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    /** The entries: one per issue operation, and the default one (no operation). */
    Collection<FieldScreenSchemeItem> getFieldScreenSchemeItems();

    /** Adds and stores an entry (the scheme must be stored). */
    void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem);

    void store();
}
