package io.phasegate.core.gate.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Names from gate configuration (link types, issue types, statuses), which Jira compares ignoring case. */
final class Names {

    private Names() {}

    /** An unmodifiable copy in configuration order; rejects null and blank names. */
    static Set<String> copyOf(Set<String> names, String what) {
        Objects.requireNonNull(names, what);
        Set<String> copy = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(what + " must not contain blank names: " + names);
            }
            copy.add(name.strip());
        }
        return Collections.unmodifiableSet(copy);
    }

    static boolean containsIgnoringCase(Set<String> names, String name) {
        if (name == null) {
            return false;
        }
        String wanted = name.strip();
        for (String candidate : names) { // a loop, not a stream: this runs for every link of every issue
            if (candidate.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The same as {@link #containsIgnoringCase(Set, String)} over names already copied to an array. */
    static boolean containsIgnoringCase(String[] names, String name) {
        if (name == null) {
            return false;
        }
        String wanted = name.strip();
        for (String candidate : names) {
            if (candidate.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The names quoted and comma-separated, for a message argument: {@code "Test", "Spike"}. */
    static String quoted(Collection<String> names) {
        return names.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", "));
    }
}
