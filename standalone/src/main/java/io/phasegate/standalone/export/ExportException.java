package io.phasegate.standalone.export;

/**
 * Why an export stopped, with the exit code that tells scripts whether re-running can help: 1 for
 * a failure the next run resumes from, 2 for bad input or credentials that need fixing first.
 */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code of a partial export that a re-run with the same options resumes. */
    public static final int RESUMABLE = 1;
    /** Exit code of bad options, credentials or permissions. */
    public static final int BAD_INPUT = 2;

    private final int exitCode;

    private ExportException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static ExportException badInput(String message) {
        return new ExportException(BAD_INPUT, message, null);
    }

    static ExportException resumable(String message, Throwable cause) {
        return new ExportException(RESUMABLE, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
