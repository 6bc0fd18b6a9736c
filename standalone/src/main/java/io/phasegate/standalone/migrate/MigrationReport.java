package io.phasegate.standalone.migrate;

import java.util.List;
import java.util.Objects;

/**
 * What {@code phasegate migrate-gates} found in one workflow: the Phasegate gates made ready for
 * Jira Cloud and the other validators, which it does not migrate.
 *
 * @param workflow the workflow's name (its export file name)
 * @param gates the Phasegate gates, in workflow order
 * @param notMigrated every other validator, in workflow order
 */
public record MigrationReport(String workflow, List<GateMigration> gates, List<Unmigrated> notMigrated) {
    public MigrationReport {
        Objects.requireNonNull(workflow, "workflow");
        gates = List.copyOf(gates);
        notMigrated = List.copyOf(notMigrated);
    }

    /** Whether every gate may go to Jira Cloud as it is. */
    public boolean allDeployable() {
        return gates.stream().allMatch(GateMigration::deployable);
    }

    /** A validator that is not a Phasegate gate, such as JSU's or Jira's own. */
    public record Unmigrated(WorkflowTransition transition, WorkflowValidator validator) {
        public Unmigrated {
            Objects.requireNonNull(transition, "transition");
            Objects.requireNonNull(validator, "validator");
        }
    }
}
