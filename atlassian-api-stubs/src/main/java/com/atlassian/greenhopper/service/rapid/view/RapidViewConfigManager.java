package com.atlassian.greenhopper.service.rapid.view;

import com.atlassian.greenhopper.model.rapid.ColumnConfig;
import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.greenhopper.model.rapid.RapidView;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira Software's board configuration reader. Unlike {@code
 * RapidViewConfigService} it takes no user: it checks no permission (what Phasegate's system-context
 * reading needs).
 *
 * <p>Source: the JSW 10.x class-use pages of {@code ColumnConfig} (10.0.1) and {@code
 * EstimationConfig} (10.3.13): "Methods ... that return ColumnConfig: RapidViewConfigManager.getColumnConfig
 * (RapidView rapidView) Get a column configuration for the rapid view", likewise {@code
 * getEstimationConfig(RapidView)}; {@code RapidViewConfigManagerImpl} implements it.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.0.1/com/atlassian/greenhopper/model/rapid/class-use/ColumnConfig.html",
        note =
                "JSW 10.0.1 class-use of ColumnConfig and https://docs.atlassian.com/jira-software/10.3.13/com/atlassian/greenhopper/model/rapid/"
                        + "class-use/EstimationConfig.html: both methods, their parameter and return types. Whether Jira "
                        + "Software exports this interface as an OSGi service is not documented: re-check first")
public interface RapidViewConfigManager {

    /** The board's columns. */
    ColumnConfig getColumnConfig(RapidView rapidView);

    /** What the board estimates with; may be null (the service's variant is annotated nullable). */
    EstimationConfig getEstimationConfig(RapidView rapidView);
}
