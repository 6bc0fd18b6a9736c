package io.phasegate.contract;

/**
 * An error answer of the REST contract: the HTTP status and the {@code {"error": {"code",
 * "message"}}} body of {@code docs/rest/contract.md}. The message is for people and never holds a
 * stack trace.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badParameter(String message) {
        return new ApiException(400, "bad-parameter", message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** This error as the contract's JSON body. */
    public byte[] body() {
        return ErrorJson.bytes(code, getMessage());
    }
}
