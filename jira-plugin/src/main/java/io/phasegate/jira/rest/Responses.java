package io.phasegate.jira.rest;

import io.phasegate.contract.ApiException;
import io.phasegate.contract.ErrorJson;
import io.phasegate.jira.board.DataSourceUnavailableException;
import io.phasegate.jira.i18n.JiraMessages;
import java.util.function.Supplier;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the contract's bytes and errors into JAX-RS responses: every answer is {@code
 * application/json; charset=utf-8}, never stored by browsers or proxies, and every failure is the
 * contract's {@code {"error": {"code", "message"}}} — a 500 never carries a stack trace.
 */
final class Responses {
    static final MediaType JSON = MediaType.valueOf("application/json; charset=utf-8");
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    private Responses() {}

    /**
     * Runs the answer, mapping the contract's and the data source's failures, also when they come
     * wrapped: answers are computed in Atlassian Cache loaders, and the cache hands a loader's
     * exception on as the cause of its own {@code CacheException}.
     */
    static Response answer(JiraMessages texts, Supplier<byte[]> body) {
        try {
            return json(200, body.get());
        } catch (RuntimeException e) {
            return failure(texts, e);
        }
    }

    private static Response failure(JiraMessages texts, RuntimeException thrown) {
        // Bounded: a cause chain with a loop must not loop here.
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return json(api.status(), ErrorJson.bytes(api.code(), texts.refusal(api)));
            }
            if (cause instanceof DataSourceUnavailableException unavailable) {
                // In the caller's language; the arguments (ids, Jira's own reason) as given.
                return json(
                        503,
                        ErrorJson.bytes(
                                "data-source-unavailable", texts.textAsGiven(unavailable.key(), unavailable.args())));
            }
        }
        LOG.error("Phasegate REST failed to answer", thrown);
        return json(500, ErrorJson.bytes("internal-error", texts.textAsGiven("phasegate.rest.error.internal")));
    }

    static Response json(int status, byte[] body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status)
                .type(JSON)
                .cacheControl(noStore)
                .entity(body)
                .build();
    }
}
