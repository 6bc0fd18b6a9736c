package io.phasegate.core.readiness;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.IssueSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The issues linked to this one that the process cares about: its RFCs, its Technical Deep-dives
 * and its tests. A linked issue is an RFC or Deep-dive by its issue type; a test by its issue type
 * ({@code Test}) or by a link whose phrase speaks of testing ("is tested by", "tests"). Each issue
 * appears once, in link order.
 */
public record RelatedIssues(List<IssueRef> rfcs, List<IssueRef> deepDives, List<IssueRef> tests) {
    /** The RFC issue type's name. */
    public static final String RFC_TYPE = "RFC";
    /** The Technical Deep-dive issue type's name. */
    public static final String DEEP_DIVE_TYPE = "Technical Deep-dive";

    public RelatedIssues {
        rfcs = List.copyOf(rfcs);
        deepDives = List.copyOf(deepDives);
        tests = List.copyOf(tests);
    }

    public static RelatedIssues of(IssueSnapshot issue) {
        List<IssueRef> rfcs = new ArrayList<>();
        List<IssueRef> deepDives = new ArrayList<>();
        List<IssueRef> tests = new ArrayList<>();
        Set<IssueKey> seen = new HashSet<>();
        for (IssueLinkSnapshot link : issue.links()) {
            IssueRef other = link.other();
            if (!seen.add(other.key())) {
                continue;
            }
            if (other.issueType().equalsIgnoreCase(RFC_TYPE)) {
                rfcs.add(other);
            } else if (other.issueType().equalsIgnoreCase(DEEP_DIVE_TYPE)) {
                deepDives.add(other);
            } else if (isTest(link)) {
                tests.add(other);
            }
        }
        return new RelatedIssues(rfcs, deepDives, tests);
    }

    public boolean isEmpty() {
        return rfcs.isEmpty() && deepDives.isEmpty() && tests.isEmpty();
    }

    private static boolean isTest(IssueLinkSnapshot link) {
        String phrase = link.phrase().toLowerCase(Locale.ROOT);
        return link.other().issueType().equalsIgnoreCase("Test")
                || phrase.contains("tested by")
                || phrase.equals("tests");
    }
}
