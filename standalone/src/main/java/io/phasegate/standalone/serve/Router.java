package io.phasegate.standalone.serve;

import io.phasegate.contract.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a method and a path such as {@code /rest/phasegate/1.0/boards/{boardId}/health} to the
 * endpoint that answers it. A path known under another method is a 405, an unknown path a 404.
 */
final class Router {
    /** What answers one route. */
    @FunctionalInterface
    interface Endpoint {
        Reply answer(Request request);
    }

    /** One route: method, path template and endpoint. */
    record Route(String method, String template, Endpoint endpoint) {
        Optional<Map<String, String>> match(String path) {
            String[] want = template.split("/", -1);
            String[] have = path.split("/", -1);
            if (want.length != have.length) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < want.length; i++) {
                if (want[i].startsWith("{") && want[i].endsWith("}")) {
                    if (have[i].isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(want[i].substring(1, want[i].length() - 1), have[i]);
                } else if (!want[i].equals(have[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Endpoint endpoint) {
        routes.add(new Route(method, template, endpoint));
        return this;
    }

    /** Every route, in the order added, for the OpenAPI check. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** True when some route's template matches the path, whatever the method. */
    boolean knows(String path) {
        return routes.stream().anyMatch(route -> route.match(path).isPresent());
    }

    Reply answer(Request request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(request.path());
            if (params.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(request.method())) {
                return route.endpoint().answer(request.withPathParams(params.get()));
            }
        }
        if (pathKnown) {
            throw new ApiException(
                    405, "method-not-allowed", request.method() + " is not allowed on " + request.path());
        }
        throw ApiException.notFound("not-found", "no such resource: " + request.path());
    }
}
