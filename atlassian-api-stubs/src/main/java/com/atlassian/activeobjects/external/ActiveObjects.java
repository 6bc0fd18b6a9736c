package com.atlassian.activeobjects.external;

import io.phasegate.stubs.ApiSource;
import java.util.Map;
import net.java.ao.RawEntity;

/**
 * Compile-only stub of the Active Objects plugin's per-plugin ORM handle, which Jira hands to a
 * plugin that declares an {@code <ao>} module (OSGi service, imported in osgi-imports.xml).
 *
 * <p>Source: the AO plugin's own interface ({@code public interface ActiveObjects}, thread-safe).
 * Only the two members Phasegate calls are stubbed; the real interface also has {@code migrate},
 * {@code flush}, {@code get}, {@code delete}, {@code stream}, {@code count}, {@code executeInTransaction}
 * and more (docs/dev/api-stubs-sources.md). The entity types come from the real
 * {@code net.java.dev.activeobjects} library on Maven Central.
 */
@ApiSource(
        value = "https://github.com/Kast0rTr0y/ao-plugin/blob/443f771ebd438c39026e1872a2fb47692dc39ca5/"
                + "activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java",
        note = "mirror of Atlassian's activeobjects-plugin source (AO plugin 1.4 era); no Jira 10 javadoc reachable")
public interface ActiveObjects {

    /** Inserts one row with the given column values and returns its entity. */
    @ApiSource(
            value = "https://github.com/Kast0rTr0y/ao-plugin/blob/443f771ebd438c39026e1872a2fb47692dc39ca5/"
                    + "activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java",
            note = "public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params)")
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /** The entities whose rows match a parameterised WHERE clause. */
    @ApiSource(
            value = "https://github.com/Kast0rTr0y/ao-plugin/blob/443f771ebd438c39026e1872a2fb47692dc39ca5/"
                    + "activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java",
            note = "public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters)")
    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);
}
