package io.phasegate.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.phasegate.core.setup.IconChoice;
import io.phasegate.core.setup.Inventory;
import io.phasegate.core.setup.PhasegateBlueprint;
import io.phasegate.core.setup.ProjectRef;
import io.phasegate.core.setup.SetupBlueprint;
import io.phasegate.core.setup.SetupExecutor;
import io.phasegate.core.setup.SetupPlan;
import io.phasegate.core.setup.SetupPlanner;
import io.phasegate.core.setup.SetupReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Phasegate's standard set-up on this Jira: the preview plans from what Jira has now, and applying
 * plans again and runs exactly that plan, so a stale preview can never create anything twice. Only
 * one apply runs at a time on the whole instance (every node of a cluster): two runs planned from the
 * same state would both create everything.
 */
public final class JiraProjectSetup {
    /** The cluster-wide lock an apply holds; one for the instance, since runs for two projects share types and fields. */
    static final String LOCK = "io.phasegate.setup.apply";

    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();
    private final JiraSetupInventory inventory;
    private final JiraSetupPort port;
    private final JiraProjectSchemes schemes;
    private final ClusterLockService locks;

    public JiraProjectSetup(
            JiraSetupInventory inventory, JiraSetupPort port, JiraProjectSchemes schemes, ClusterLockService locks) {
        this.inventory = inventory;
        this.port = port;
        this.schemes = schemes;
        this.locks = locks;
    }

    /** What applying would do for {@code project}, step by step, from its schemes as they are now. */
    public SetupPlan preview(ProjectRef project) {
        SetupPlanner planner = new SetupPlanner(blueprint);
        Inventory now = inventory.read();
        return planner.plan(
                now,
                project,
                schemes.read(project.key(), planner.existingIssueTypeIds(now).values()));
    }

    /** The icon each Phasegate issue type gets when set-up creates it, by issue type name, in blueprint order. */
    public Map<String, IconChoice> icons() {
        Map<String, IconChoice> icons = new LinkedHashMap<>();
        blueprint.issueTypes().forEach(type -> icons.put(type.name(), port.issueTypeIcon(type.key())));
        return icons;
    }

    /**
     * Plans and applies the set-up for {@code project}; every step reports what it did. Empty, with
     * nothing planned or changed, while another apply runs on this instance (on any node).
     */
    public Optional<SetupReport> apply(ProjectRef project) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SetupExecutor(blueprint, port).apply(preview(project)));
        } finally {
            lock.unlock();
        }
    }
}
