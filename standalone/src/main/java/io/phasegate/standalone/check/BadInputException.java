package io.phasegate.standalone.check;

import java.util.List;

/**
 * Thrown when an input file cannot be used: it is missing, not JSON, not the Jira data it should be,
 * or a gate configuration with problems. Carries the lines to print, one problem each, each saying
 * which file and where in it; the command prints them and exits with {@code 2}.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> details;

    /** One problem, said in one line that names the file. */
    BadInputException(String problem) {
        this(problem, List.of());
    }

    /** A headline such as "gate.json is not a valid gate configuration:" and one line per problem. */
    BadInputException(String headline, List<String> details) {
        super(headline);
        this.details = List.copyOf(details);
    }

    /** The problems under the headline, in the order they were found; empty for a one-line problem. */
    public List<String> details() {
        return details;
    }
}
