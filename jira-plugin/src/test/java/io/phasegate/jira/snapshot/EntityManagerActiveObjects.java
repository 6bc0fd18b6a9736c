package io.phasegate.jira.snapshot;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * The two {@link ActiveObjects} calls the store makes, done by the real Active Objects library's
 * {@link EntityManager} on a real database — what the AO plugin does in Jira, which likewise turns
 * SQL errors into unchecked exceptions.
 */
final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager manager;

    EntityManagerActiveObjects(EntityManager manager) {
        this.manager = manager;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return manager.create(type, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        try {
            return manager.find(type, criteria, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
