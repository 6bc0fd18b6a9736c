package com.atlassian.plugin.util;

/** Test-only stand-in that net.java.ao's EntityManager calls (see com.atlassian.util.profiling.Metrics). */
public final class PluginKeyStack {
    private PluginKeyStack() {}

    public static String getFirstPluginKey() {
        return null;
    }
}
