package com.atlassian.greenhopper.service;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira Software's service result: a value or validation errors. Not Jira's own
 * {@code com.atlassian.jira.bc.ServiceOutcome}.
 *
 * <p>Source: the Jira Software 11.1 javadoc page (the 10.x pages in the corpus show only where the
 * interface is used, e.g. the 10.6.0 class-use page, not its members). {@code isValid()} and
 * {@code getValue()} are unchanged since 6.x; 11.1 marks the older {@code get()} deprecated.
 * Supertype {@code ServiceResult} omitted (both members are redeclared here).
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/ServiceOutcome.html",
        note = "JSW 11.1 javadoc: boolean isValid(), @Nonnull T getValue() (throws NoSuchElementException when "
                + "invalid); in use throughout JSW 10.6.0 (https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/"
                + "class-use/ServiceOutcome.html); getValue() also in 6.x javadoc. Supertype ServiceResult omitted")
public interface ServiceOutcome<T> {

    /** True when there are no errors. */
    boolean isValid();

    /** The value; throws when the outcome is not valid. */
    T getValue();
}
