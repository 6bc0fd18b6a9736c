package io.phasegate.core.readiness;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The eight phases of the delivery process, each the workflow status of the same name. */
public enum Phase {
    RFC("RFC"),
    UX_DESIGN("UX Design"),
    TECHNICAL_DEEP_DIVE("Technical Deep-dive"),
    SPRINT_PLANNING("Sprint Planning"),
    CODING("Coding"),
    BUILD_PIPELINE("Build Pipeline"),
    PRODUCTION_DEPLOYMENT("Production Deployment"),
    PRODUCTION_MONITORING("Production Monitoring");

    private final String statusName;

    Phase(String statusName) {
        this.statusName = statusName;
    }

    /** The workflow status that stands for this phase. */
    public String statusName() {
        return statusName;
    }

    /** 1 for RFC up to 8 for Production Monitoring. */
    public int number() {
        return ordinal() + 1;
    }

    public boolean isLast() {
        return this == PRODUCTION_MONITORING;
    }

    /** The phase a status stands for, ignoring case and surrounding blanks; empty for other statuses. */
    public static Optional<Phase> ofStatus(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String wanted = status.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.statusName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
