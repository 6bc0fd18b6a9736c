package io.phasegate.standalone.ingest;

import io.phasegate.core.issue.StatusCategory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Status id → current name and category, learnt from {@code statuses.json}, from the issues'
 * current {@code fields.status} and from changelog items, in that order of trust. Changelogs keep
 * the name a status had when the transition happened, so a status renamed or rewritten by a
 * workflow migration shows up here as an alias of its id.
 */
final class StatusCatalogue {
    /** How much a source is trusted: a later, more trusted source overrides the name. */
    enum Source {
        CHANGELOG,
        ISSUE_FIELD,
        STATUS_LIST
    }

    private record Entry(String id, String name, StatusCategory category, Source source) {}

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, Set<String>> namesSeen = new LinkedHashMap<>();

    void learn(String id, String name, StatusCategory category, Source source) {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            return;
        }
        Entry known = byId.get(id);
        if (known == null || !known.name.equals(name)) {
            // A name equal to the known one was recorded when it became known.
            namesSeen.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
        } else if (source.compareTo(known.source) <= 0
                && (known.category != StatusCategory.UNKNOWN || category == StatusCategory.UNKNOWN)) {
            return; // nothing new: the common case, once per issue and changelog item
        }
        if (known == null || source.compareTo(known.source) > 0) {
            StatusCategory kept = category == StatusCategory.UNKNOWN && known != null ? known.category : category;
            byId.put(id, new Entry(known == null ? id : known.id, name, kept, source));
        } else if (known.category == StatusCategory.UNKNOWN && category != StatusCategory.UNKNOWN) {
            byId.put(id, new Entry(known.id, known.name, category, known.source));
        }
    }

    boolean knows(String id) {
        return id != null && byId.containsKey(id);
    }

    /**
     * The catalogue's own copy of a known id (else {@code id}), so that changelog items keep no
     * strings of their own: an export repeats the same few ids in every issue.
     */
    String shared(String id) {
        Entry entry = id == null ? null : byId.get(id);
        return entry == null ? id : entry.id;
    }

    /** The current name of the status with this id, or {@code fallback} when the id is unknown. */
    String name(String id, String fallback) {
        Entry entry = id == null ? null : byId.get(id);
        return entry == null ? fallback : entry.name;
    }

    /** Every known status name with its category, for the Done definition by status category. */
    Map<String, StatusCategory> categories() {
        Map<String, StatusCategory> categories = new HashMap<>();
        byId.values().forEach(entry -> categories.putIfAbsent(entry.name, entry.category));
        return categories;
    }

    /** Ids whose changelog names differ from the current name: id → the other names. */
    Map<String, Set<String>> aliases() {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        namesSeen.forEach((id, names) -> {
            Set<String> others = new LinkedHashSet<>(names);
            others.remove(byId.get(id).name);
            if (!others.isEmpty()) {
                aliases.put(id, others);
            }
        });
        return aliases;
    }
}
