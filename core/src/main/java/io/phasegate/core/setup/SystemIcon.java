package io.phasegate.core.setup;

import java.util.Objects;

/**
 * One of the issue type icons shipped with Jira (a system avatar).
 *
 * @param id the avatar's id, what Jira stores on the issue type
 * @param fileName the avatar's file name, such as {@code requirement.svg}
 */
public record SystemIcon(long id, String fileName) {
    public SystemIcon {
        Objects.requireNonNull(fileName, "fileName");
    }
}
