package io.phasegate.core.issue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Text as Jira stores it: plain, Jira wiki markup (Data Center, Cloud REST v2) or an Atlassian
 * Document Format tree (Cloud REST v3).
 */
public sealed interface RichText {

    /** Plain text without markup. */
    record Plain(String text) implements RichText {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Jira wiki markup, as Data Center and Cloud's REST v2 return it. */
    record WikiMarkup(String markup) implements RichText {
        public WikiMarkup {
            Objects.requireNonNull(markup, "markup");
        }
    }

    /**
     * An Atlassian Document Format document as a JSON tree of maps, lists, strings, numbers and
     * booleans (Cloud REST v3).
     */
    record Adf(Map<String, Object> document) implements RichText {
        public Adf {
            Objects.requireNonNull(document, "document");
        }

        /** The node's children ({@code content}), or an empty list. */
        @SuppressWarnings("unchecked")
        public static List<Map<String, Object>> children(Map<String, Object> node) {
            Object content = node.get("content");
            return content instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        }
    }
}
