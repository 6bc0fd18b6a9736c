package io.phasegate.jira.panel;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.readiness.CpoCoordination;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the "Business Lines" custom field by its name, as the instance has it now. With several
 * fields of that name the one created first (lowest id) is used; with none, nothing is decided.
 */
public final class BusinessLinesField {
    private final CustomFieldManager customFields;

    public BusinessLinesField(CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    public Optional<FieldRef> find() {
        List<CustomField> all = customFields.getCustomFieldObjects();
        if (all == null) {
            return Optional.empty();
        }
        return all.stream()
                .filter(f -> f.getName() != null && f.getId() != null)
                .filter(f -> f.getName().strip().equalsIgnoreCase(CpoCoordination.BUSINESS_LINES_FIELD))
                .map(f -> FieldRef.of(f.getId()))
                .min(Comparator.comparingLong(BusinessLinesField::number).thenComparing(FieldRef::id));
    }

    private static long number(FieldRef ref) {
        String digits = ref.id().replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
