package io.phasegate.standalone.jira;

/**
 * Thrown when a document is not the Jira REST data it should be. The message says what is wrong,
 * where (as a JSON pointer such as {@code /fields/status}) and what to do about it, so the CLI can
 * print it as it is.
 */
public final class RestDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RestDataException(String message) {
        super(message);
    }

    public RestDataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same problem, with the message prefixed by where the document came from (a file name). */
    public RestDataException withSource(String source) {
        return new RestDataException(source + ": " + getMessage(), getCause() == null ? this : getCause());
    }
}
