package com.atlassian.jira.util;

import io.phasegate.stubs.ApiSource;

/** Compile-only stub of Jira's message set (parse errors); type only, for {@code ParseResult}'s constructor. */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java",
        note = "Jira 8.20.22: new ParseResult(Query, new MessageSetImpl()) and MessageSet validateQuery(...) in a "
                + "class implementing SearchService; no members used")
public interface MessageSet {}
