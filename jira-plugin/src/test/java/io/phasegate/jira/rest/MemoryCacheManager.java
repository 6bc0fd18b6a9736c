package io.phasegate.jira.rest;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A working in-memory stand-in for Atlassian Cache's loader-backed cache (get loads on a miss,
 * removeAll empties), counting loads so tests can tell a hit from a miss. Settings are accepted and
 * not interpreted: expiry and cluster replication are Jira's, not Phasegate's, behaviour.
 */
final class MemoryCacheManager implements CacheManager {
    final AtomicInteger loads = new AtomicInteger();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        ConcurrentMap<K, V> entries = new ConcurrentHashMap<>();
        return new Cache<>() {
            @Override
            public V get(K key) {
                return entries.computeIfAbsent(key, k -> {
                    loads.incrementAndGet();
                    return loader.load(k);
                });
            }

            @Override
            public void removeAll() {
                entries.clear();
            }
        };
    }
}
