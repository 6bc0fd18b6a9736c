package com.atlassian.util.profiling;

/** Test-only no-op timer (see {@link Metrics}). */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
