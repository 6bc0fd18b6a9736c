package io.phasegate.jira.rest;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheException;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A working in-memory stand-in for Atlassian Cache's loader-backed cache (get loads on a miss,
 * remove and removeAll empty), counting loads so tests can tell a hit from a miss. Like the real
 * cache it hands a loader's exception to the caller wrapped in a {@link CacheException}. Settings
 * are accepted and not interpreted: expiry, size limits and cluster replication are Jira's, not
 * Phasegate's, behaviour.
 */
final class MemoryCacheManager implements CacheManager {
    final AtomicInteger loads = new AtomicInteger();

    @Override
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        ConcurrentMap<K, V> entries = new ConcurrentHashMap<>();
        return new Cache<>() {
            @Override
            public V get(K key) {
                V value = entries.get(key);
                if (value != null) {
                    return value;
                }
                loads.incrementAndGet();
                try {
                    value = loader.load(key);
                } catch (RuntimeException e) {
                    throw new CacheException(e);
                }
                V earlier = entries.putIfAbsent(key, value);
                return earlier == null ? value : earlier;
            }

            @Override
            public void remove(K key) {
                entries.remove(key);
            }

            @Override
            public void removeAll() {
                entries.clear();
            }
        };
    }
}
