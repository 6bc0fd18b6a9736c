package io.phasegate.standalone.serve;

/**
 * An error answer of the REST API: the HTTP status and the {@code {"error": {"code", "message"}}}
 * body of {@code docs/rest/contract.md}. The message is for people and never holds a stack trace.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException badParameter(String message) {
        return new ApiException(400, "bad-parameter", message);
    }

    static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
