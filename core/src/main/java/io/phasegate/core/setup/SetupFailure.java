package io.phasegate.core.setup;

import java.util.Objects;

/** A step that the host refused, with what to tell the administrator. */
public final class SetupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SetupMessage reason;

    public SetupFailure(SetupMessage reason, Throwable cause) {
        super(reason.toString(), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** What went wrong, as a message key and arguments. */
    public SetupMessage reason() {
        return reason;
    }
}
