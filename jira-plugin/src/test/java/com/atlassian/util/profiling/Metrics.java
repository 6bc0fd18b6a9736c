package com.atlassian.util.profiling;

/**
 * Test-only no-op for Atlassian's profiling library, which net.java.ao's EntityManager calls and
 * Maven Central lacks (docs/shared build-feasibility A2). Jira has the real one; never packaged.
 */
public final class Metrics {
    private Metrics() {}

    public static Builder metric(String name) {
        return new Builder();
    }

    /** The metric builder the EntityManager chains. */
    public static final class Builder {
        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String key) {
            return this;
        }

        public Ticker startTimer() {
            return () -> {};
        }
    }
}
