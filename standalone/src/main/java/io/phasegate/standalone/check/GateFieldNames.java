package io.phasegate.standalone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.standalone.jira.FieldCatalogue;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lets a gate configuration name fields as people see them: replaces each rule's {@code "field":
 * "Story Points"} by the id the catalogue knows for that name, before the core parser (which takes
 * ids only) reads the configuration. Ids stay as they are, known or not: whether a field exists is
 * the gate's business when it runs. A name that matches no field, or several, is a problem at the
 * setting's JSONPath, naming the candidates.
 */
final class GateFieldNames {
    /** How the core parser recognises a field id; anything else must be a name. */
    private static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]+|[a-z][A-Za-z]*");

    private static final int MAX_SUGGESTIONS = 5;
    // Nobody types a name this long; comparing such names would only cost time.
    private static final int MAX_COMPARED_LENGTH = 200;

    private final FieldCatalogue catalogue;

    GateFieldNames(FieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A copy of the configuration with field names replaced by ids; the tree given is not changed. */
    Resolved toIds(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        Map<String, String> problems = new LinkedHashMap<>();
        JsonNode rules = copy.path("rules");
        for (int i = 0; i < (rules.isArray() ? rules.size() : 0); i++) {
            JsonNode field = rules.get(i).path("field");
            // Anything but a non-blank string is the parser's to report, with its own words.
            if (field.isTextual() && !field.textValue().isBlank()) {
                String path = "$.rules[" + i + "].field";
                ObjectNode rule = (ObjectNode) rules.get(i);
                resolve(field.textValue())
                        .ifPresentOrElse(
                                id -> rule.put("field", id.id()),
                                () -> problems.put(path, problem(path, field.textValue())));
            }
        }
        return new Resolved(copy, problems);
    }

    /**
     * A configuration with ids for names.
     *
     * @param problems for each name that could not be resolved, its JSONPath and what is wrong
     */
    record Resolved(JsonNode tree, Map<String, String> problems) {
        Resolved {
            problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }
    }

    private Optional<FieldRef> resolve(String idOrName) {
        Optional<FieldRef> known = catalogue.resolve(idOrName);
        if (known.isPresent()) {
            return known;
        }
        String trimmed = idOrName.strip();
        boolean anId = FIELD_ID.matcher(trimmed).matches()
                && catalogue.withName(trimmed).isEmpty();
        return anId ? Optional.of(FieldRef.of(trimmed)) : Optional.empty();
    }

    private String problem(String path, String name) {
        List<FieldRef> named = catalogue.withName(name);
        if (named.size() > 1) {
            return path + ": \"" + name + "\" is the name of " + named.size() + " fields: " + describe(named)
                    + ". Use the id of the one you mean.";
        }
        if (catalogue.isEmpty()) {
            return path + ": no field is named \"" + name + "\": no field names are known."
                    + " Fetch the issue with ?expand=names, pass --names with the field list of"
                    + " GET /rest/api/2/field, or use the field id (such as customfield_10016).";
        }
        List<FieldRef> similar = similar(name);
        return path + ": no field is named \"" + name + "\" ("
                + catalogue.fields().size() + " fields known)."
                + (similar.isEmpty() ? " Check the spelling" : " Did you mean " + describe(similar) + "?")
                + " A field id such as customfield_10016 works too.";
    }

    /** Fields whose name contains, is contained in, or is a few typing mistakes away from the name. */
    private List<FieldRef> similar(String name) {
        String wanted = normalise(name);
        if (wanted.length() > MAX_COMPARED_LENGTH) {
            return List.of();
        }
        int tolerance = Math.max(1, wanted.length() / 4);
        return catalogue.fields().stream()
                .filter(field -> catalogue.nameOf(field).isPresent())
                .map(field -> Map.entry(field, normalise(catalogue.displayName(field))))
                .filter(entry -> entry.getValue().length() <= MAX_COMPARED_LENGTH)
                .map(entry -> Map.entry(entry.getKey(), distance(wanted, entry.getValue())))
                .filter(entry -> entry.getValue() <= tolerance || contains(entry.getKey(), wanted))
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private boolean contains(FieldRef field, String wanted) {
        String name = normalise(catalogue.displayName(field));
        return !name.isEmpty() && (name.contains(wanted) || wanted.contains(name));
    }

    /** {@code "Story Points" (customfield_10016), "story points" (customfield_10026)}. */
    private String describe(List<FieldRef> fields) {
        return fields.stream()
                .map(field -> "\"" + catalogue.displayName(field) + "\" (" + field.id() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance: how many characters to insert, delete or replace to turn one into the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
