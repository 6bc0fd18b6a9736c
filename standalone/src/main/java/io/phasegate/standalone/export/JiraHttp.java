package io.phasegate.standalone.export;

import java.io.IOException;

/**
 * One GET against a Jira site: the seam between the export's paging and retry logic and the
 * network, so that logic can be tested against a fake.
 */
public interface JiraHttp {

    /**
     * Sends {@code GET pathAndQuery} (such as {@code /rest/api/2/field}) relative to the site's base
     * URL and returns whatever status came back. Throws only when no HTTP answer arrived at all
     * (connection refused or reset, timeout).
     */
    JiraResponse get(String pathAndQuery) throws IOException, InterruptedException;
}
