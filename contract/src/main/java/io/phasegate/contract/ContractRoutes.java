package io.phasegate.contract;

import java.util.List;

/**
 * Every route of the REST contract, relative to {@value #BASE}. Both servers' route tables and
 * {@code docs/rest/openapi.yaml} are checked against this list in tests.
 */
public final class ContractRoutes {
    /** Where the contract lives, in Jira and in {@code phasegate serve}. */
    public static final String BASE = "/rest/phasegate/1.0";

    /** One route: method and path template such as {@code /boards/{boardId}/health}. */
    public record Route(String method, String path) {}

    public static final List<Route> ALL = List.of(
            new Route("GET", "/meta"),
            new Route("GET", "/boards"),
            new Route("GET", "/boards/{boardId}/sprints"),
            new Route("GET", "/boards/{boardId}/health"),
            new Route("GET", "/boards/{boardId}/coverage"),
            new Route("POST", "/gates/dry-run"));

    private ContractRoutes() {}
}
