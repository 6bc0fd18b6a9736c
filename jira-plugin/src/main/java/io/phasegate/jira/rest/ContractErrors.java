package io.phasegate.jira.rest;

import io.phasegate.contract.ApiException;
import io.phasegate.contract.ErrorJson;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.jira.i18n.JiraMessages;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The framework's own refusals (no such path, wrong method, a body that is not JSON) in the
 * contract's error format, so that a client sees one shape of error from every route, worded in the
 * caller's Jira language.
 */
@Provider
public class ContractErrors implements ExceptionMapper<WebApplicationException> {
    private final JiraMessages messages;

    /** Built by the plugin's Spring context (constructor autowiring), as the resources are. */
    public ContractErrors(JiraMessages messages) {
        this.messages = messages;
    }

    /**
     * Built by Jersey alone, should it ever instantiate providers itself: the refusals are then
     * answered with their English texts instead of failing.
     */
    public ContractErrors() {
        this(null);
    }

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
        Message text =
                switch (status) {
                    case 405 -> Message.of(MessageKey.CONTRACT_METHOD_NOT_ALLOWED);
                    case 415 -> Message.of(MessageKey.CONTRACT_UNSUPPORTED_MEDIA_TYPE);
                    case 404 -> Message.of(MessageKey.CONTRACT_NO_SUCH_RESOURCE);
                    default -> Message.of(MessageKey.CONTRACT_REFUSED, Integer.toString(status));
                };
        int answered = code.equals("internal-error") ? 500 : status;
        ApiException refusal = new ApiException(answered, code, text);
        String message = messages == null ? refusal.getMessage() : messages.refusal(refusal);
        return Responses.json(answered, ErrorJson.bytes(code, message));
    }
}
