package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule requiring at least {@code min} test cases: linked issues that match the accepted link
 * types and test issue types (names compared ignoring case, links read in either direction, each
 * linked issue counted once), plus the entries of an optional test-cases field. Linked tests in an
 * ignored status, such as "Obsolete", do not count.
 *
 * <p>Links count only when {@code linkTypes} or {@code testIssueTypes} is configured; a rule with
 * just a test-cases field counts that field alone, since "any link to any issue" is not a test.
 */
public record TestCoverageRule(
        Set<String> linkTypes,
        Set<String> testIssueTypes,
        Set<String> ignoredStatuses,
        Optional<FieldRef> testCasesField,
        int min)
        implements GateRule {

    public TestCoverageRule {
        linkTypes = Names.copyOf(linkTypes, "linkTypes");
        testIssueTypes = Names.copyOf(testIssueTypes, "testIssueTypes");
        ignoredStatuses = Names.copyOf(ignoredStatuses, "ignoredStatuses");
        Objects.requireNonNull(testCasesField, "testCasesField");
        if (linkTypes.isEmpty() && testIssueTypes.isEmpty() && testCasesField.isEmpty()) {
            throw new IllegalArgumentException("configure linkTypes, testIssueTypes or a testCasesField");
        }
        if (min < 1) {
            throw new IllegalArgumentException("min must be at least 1: " + min);
        }
    }

    @Override
    public Set<FieldRef> fieldsRead() {
        return testCasesField.map(Set::of).orElse(Set.of());
    }

    @Override
    public RuleId id() {
        return RuleId.TEST_COVERAGE;
    }

    @Override
    public RuleResult evaluate(IssueSnapshot issue) {
        Optional<FieldRef> deleted = testCasesField.filter(field -> !issue.fieldExists(field));
        if (deleted.isPresent()) {
            return RuleResult.misconfigured(new Misconfiguration(
                    id(),
                    Message.of(
                            MessageKey.GATE_MISCONFIGURED_FIELD_MISSING,
                            deleted.get().id())));
        }
        // One pass over the links, without streams: this runs for every link of every issue.
        Set<IssueKey> counted = new HashSet<>();
        Map<IssueKey, IssueRef> notCounted = new LinkedHashMap<>();
        for (IssueRef test : linkedTests(issue)) {
            if (inIgnoredStatus(test)) {
                notCounted.putIfAbsent(test.key(), test);
            } else {
                counted.add(test.key());
            }
        }
        int found = counted.size() + fieldEntries(issue);
        return found >= min ? RuleResult.satisfied() : RuleResult.violated(tooFew(found, notCounted));
    }

    private List<IssueRef> linkedTests(IssueSnapshot issue) {
        LinkCriteria criteria = criteria();
        // With only a test-cases field configured every link would match, and a link is not a test.
        if (criteria.isUnrestricted()) {
            return List.of();
        }
        List<IssueRef> tests = new ArrayList<>();
        for (IssueLinkSnapshot link : issue.links()) {
            if (criteria.accepts(link)) {
                tests.add(link.other());
            }
        }
        return tests;
    }

    private boolean inIgnoredStatus(IssueRef test) {
        return Names.containsIgnoringCase(ignoredStatuses, test.status());
    }

    private LinkCriteria criteria() {
        return LinkCriteria.ofCopies(linkTypes, testIssueTypes);
    }

    private int fieldEntries(IssueSnapshot issue) {
        return testCasesField
                .map(field -> FieldText.entries(issue.field(field).orElseGet(FieldValue::empty))
                        .size())
                .orElse(0);
    }

    /** The message; tests the viewer may not browse are counted in it but not named. */
    private Violation tooFew(int found, Map<IssueKey, IssueRef> ignored) {
        Object[] accepted = criteria().messageArgs();
        List<IssueRef> named =
                ignored.values().stream().filter(test -> !test.hidden()).toList();
        String notCounted = named.stream()
                .map(test -> test.key() + " (" + test.status() + ")")
                .collect(Collectors.joining(", "));
        return Violation.onIssue(
                id(),
                Message.of(
                        MessageKey.TEST_COVERAGE_TOO_FEW,
                        found,
                        min,
                        accepted[0],
                        accepted[1],
                        accepted[2],
                        testCasesField.isPresent() ? 1 : 0,
                        testCasesField.map(FieldRef::id).orElse(""),
                        named.size(),
                        notCounted,
                        ignored.size() - named.size()));
    }

    @Override
    public String toString() {
        return "testCases >= " + min + " [linkTypes=" + linkTypes + ", testIssueTypes=" + testIssueTypes
                + ", ignoredStatuses=" + ignoredStatuses
                + testCasesField.map(field -> ", field=" + field).orElse("") + "]";
    }
}
