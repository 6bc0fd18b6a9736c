package io.phasegate.core.gate.rules;

import io.phasegate.core.issue.IssueLinkSnapshot;
import java.util.Set;

/**
 * Which issue links a rule accepts: by link type (its name, or the phrase read from either end) and
 * by the issue type at the other end. An empty set accepts anything.
 *
 * <p>A final class rather than a record so that the rules, whose names are already copied and
 * stripped by {@link Names#copyOf}, can wrap them without copying them again on every evaluation.
 */
final class LinkCriteria {
    private final Set<String> linkTypes;
    private final Set<String> issueTypes;
    // The same names as arrays: looping over a set allocates an iterator for every link.
    private final String[] linkTypeNames;
    private final String[] issueTypeNames;

    LinkCriteria(Set<String> linkTypes, Set<String> issueTypes) {
        this(Names.copyOf(linkTypes, "linkTypes"), Names.copyOf(issueTypes, "issueTypes"), true);
    }

    private LinkCriteria(Set<String> linkTypes, Set<String> issueTypes, boolean copied) {
        this.linkTypes = linkTypes;
        this.issueTypes = issueTypes;
        this.linkTypeNames = linkTypes.toArray(new String[0]);
        this.issueTypeNames = issueTypes.toArray(new String[0]);
    }

    /** Criteria over names that {@link Names#copyOf} has already copied; they are not copied again. */
    static LinkCriteria ofCopies(Set<String> linkTypes, Set<String> issueTypes) {
        return new LinkCriteria(linkTypes, issueTypes, true);
    }

    Set<String> linkTypes() {
        return linkTypes;
    }

    Set<String> issueTypes() {
        return issueTypes;
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
                || Names.containsIgnoringCase(linkTypeNames, link.typeName())
                || Names.containsIgnoringCase(linkTypeNames, link.phrase());
    }

    private boolean acceptsIssueType(IssueLinkSnapshot link) {
        return issueTypes.isEmpty()
                || Names.containsIgnoringCase(issueTypeNames, link.other().issueType());
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
    public boolean equals(Object other) {
        return other instanceof LinkCriteria that
                && linkTypes.equals(that.linkTypes)
                && issueTypes.equals(that.issueTypes);
    }

    @Override
    public int hashCode() {
        return 31 * linkTypes.hashCode() + issueTypes.hashCode();
    }

    @Override
    public String toString() {
        return "linkTypes=" + linkTypes + ", issueTypes=" + issueTypes;
    }
}
