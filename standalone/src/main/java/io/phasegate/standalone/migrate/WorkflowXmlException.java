package io.phasegate.standalone.migrate;

/** A workflow file that cannot be read as a Jira workflow XML export; the message says why, for the admin. */
public final class WorkflowXmlException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkflowXmlException(String message) {
        super(message);
    }

    public WorkflowXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
