package io.phasegate.standalone.health;

import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.sprint.MetricResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Prints a {@link HealthRun} as aligned text: one table of metric id, name, value and unit per sprint. */
final class HealthTable {
    private static final Properties NAMES = names();

    private HealthTable() {}

    static void write(HealthRun run, PrintWriter out) {
        out.printf(
                "Board %d \"%s\" | Done: %s | working days: %s%n",
                run.board().layout().id(),
                run.board().layout().name(),
                HealthRun.doneName(run.done()),
                String.join(" ", CalendarOptions.names(run.workingDays())));
        for (SprintResult sprint : run.sprints()) {
            out.println();
            out.printf(
                    "Sprint %d \"%s\" (%s)%n",
                    sprint.sprint().id(),
                    sprint.sprint().name(),
                    sprint.sprint().state().name().toLowerCase(Locale.ROOT));
            table(sprint.report().metrics(), out);
            if (!sprint.warnings().isEmpty()) {
                out.println("Warnings:");
                for (BoardWarning warning : sprint.warnings()) {
                    out.println("  - " + warning.render(HealthJsonParts.ENGLISH));
                }
            }
        }
        out.flush();
    }

    private static void table(List<MetricResult> metrics, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "Metric", "Value", "Unit"});
        for (MetricResult metric : metrics) {
            String value = metric.value() == null ? "-" : metric.value().toPlainString();
            rows.add(new String[] {metric.id(), NAMES.getProperty(metric.id(), metric.id()), value, metric.unit()});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            // Values are right-aligned so that decimals line up.
            out.printf(
                    "  %-" + widths[0] + "s  %-" + widths[1] + "s  %" + widths[2] + "s  %s%n",
                    row[0],
                    row[1],
                    row[2],
                    row[3]);
        }
    }

    private static Properties names() {
        Properties names = new Properties();
        try (InputStream in = HealthTable.class.getResourceAsStream("metric-names.properties")) {
            if (in != null) {
                names.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
