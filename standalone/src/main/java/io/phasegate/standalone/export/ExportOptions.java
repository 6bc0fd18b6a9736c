package io.phasegate.standalone.export;

/**
 * What an export fetches: a resumed run must ask for the same. Holds no credentials.
 *
 * @param url the Jira base URL, without credentials, query or trailing slash
 * @param board the agile board id
 * @param sprints only issues of this many most recent started sprints; null for all issues
 * @param pageSize issues asked for per page
 */
public record ExportOptions(String url, long board, Integer sprints, int pageSize) {}
