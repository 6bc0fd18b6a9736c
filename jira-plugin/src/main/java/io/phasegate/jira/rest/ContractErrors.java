package io.phasegate.jira.rest;

import io.phasegate.contract.ErrorJson;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The framework's own refusals (no such path, wrong method, a body that is not JSON) in the
 * contract's error format, so that a client sees one shape of error from every route.
 */
@Provider
public class ContractErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        int status =
                exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        String code =
                switch (status) {
                    case 400 -> "bad-parameter";
                    case 401 -> "not-logged-in";
                    case 403 -> "forbidden";
                    case 404 -> "not-found";
                    case 405 -> "method-not-allowed";
                    case 413 -> "body-too-large";
                    case 415 -> "unsupported-media-type";
                    default -> "internal-error";
                };
        String message =
                switch (status) {
                    case 405 -> "This method is not allowed on this resource";
                    case 415 -> "Send the body as JSON (Content-Type: application/json)";
                    case 404 -> "No such resource";
                    default -> "The request was refused (" + status + ")";
                };
        return Responses.json(code.equals("internal-error") ? 500 : status, ErrorJson.bytes(code, message));
    }
}
