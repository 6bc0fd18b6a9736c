package io.phasegate.core.gate;

/** What a gate does when one of its rules cannot be evaluated. Blocking is the safe default. */
public enum MisconfigurationPolicy {
    BLOCK("block"),
    ALLOW("allow");

    private final String configName;

    MisconfigurationPolicy(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }
}
