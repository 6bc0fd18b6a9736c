package io.phasegate.core.gate.rules;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the issues the acceptance-criteria tests need: a story with some fields known and set. */
final class AcceptanceCriteriaIssue {
    static final FieldRef AC_FIELD = FieldRef.of("customfield_10100");

    private final Map<FieldRef, FieldValue> fields = new HashMap<>();
    private final Set<FieldRef> knownFields = new HashSet<>(Set.of(IssueSnapshot.DESCRIPTION, AC_FIELD));

    private AcceptanceCriteriaIssue() {}

    static AcceptanceCriteriaIssue aStory() {
        return new AcceptanceCriteriaIssue();
    }

    AcceptanceCriteriaIssue with(FieldRef field, FieldValue value) {
        fields.put(field, value);
        return this;
    }

    AcceptanceCriteriaIssue withDescription(FieldValue value) {
        return with(IssueSnapshot.DESCRIPTION, value);
    }

    AcceptanceCriteriaIssue withoutKnownFields() {
        knownFields.clear();
        return this;
    }

    IssueSnapshot build() {
        return new IssueSnapshot(
                IssueKey.of("PG-42"),
                "Story",
                false,
                "Technical Deep-dive",
                StatusCategory.IN_PROGRESS,
                "Export invoices as CSV",
                fields,
                knownFields,
                List.of(),
                List.of());
    }
}
