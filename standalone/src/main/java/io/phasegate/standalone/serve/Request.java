package io.phasegate.standalone.serve;

import io.phasegate.contract.Params;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the endpoints see it: method, path, decoded query parameters, the path's named
 * parts (such as {@code boardId}), the headers that matter (lower-case names) and the body.
 */
record Request(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> pathParams,
        Map<String, String> headers,
        byte[] body) {
    Request {
        query = Map.copyOf(query);
        pathParams = Map.copyOf(pathParams);
        headers = Map.copyOf(headers);
    }

    Request withPathParams(Map<String, String> params) {
        return new Request(method, path, query, params, headers, body);
    }

    Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }

    /** A numeric path part such as {@code boardId}; a 404 when it is not a number, as no board has such an id. */
    long idParam(String name, String code) {
        return Params.id(name, pathParams.get(name), code);
    }
}
