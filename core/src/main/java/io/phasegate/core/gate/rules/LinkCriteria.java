package io.phasegate.core.gate.rules;

import io.phasegate.core.issue.IssueLinkSnapshot;
import java.util.Set;

/**
 * Which issue links a rule accepts: by link type (its name, or the phrase read from either end) and
 * by the issue type at the other end. An empty set accepts anything.
 */
record LinkCriteria(Set<String> linkTypes, Set<String> issueTypes) {

    LinkCriteria {
        linkTypes = Names.copyOf(linkTypes, "linkTypes");
        issueTypes = Names.copyOf(issueTypes, "issueTypes");
    }

    boolean isUnrestricted() {
        return linkTypes.isEmpty() && issueTypes.isEmpty();
    }

    boolean accepts(IssueLinkSnapshot link) {
        return acceptsLinkType(link) && acceptsIssueType(link);
    }

    private boolean acceptsLinkType(IssueLinkSnapshot link) {
        // Direction does not matter: "is tested by" on one side is "tests" on the other, and admins
        // may configure either phrase or the type's name.
        return linkTypes.isEmpty()
                || Names.containsIgnoringCase(linkTypes, link.typeName())
                || Names.containsIgnoringCase(linkTypes, link.phrase());
    }

    private boolean acceptsIssueType(IssueLinkSnapshot link) {
        return issueTypes.isEmpty()
                || Names.containsIgnoringCase(issueTypes, link.other().issueType());
    }

    /**
     * The message arguments that tell the user what to link: a choice selector (0 anything, 1 issue
     * types only, 2 link types only, 3 both), the accepted link types, the accepted issue types.
     */
    Object[] messageArgs() {
        int selector = (linkTypes.isEmpty() ? 0 : 2) + (issueTypes.isEmpty() ? 0 : 1);
        return new Object[] {selector, Names.quoted(linkTypes), Names.quoted(issueTypes)};
    }

    @Override
    public String toString() {
        return "linkTypes=" + linkTypes + ", issueTypes=" + issueTypes;
    }
}
