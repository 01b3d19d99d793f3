package io.vigil.fusion.samples.metrics;

import java.util.SortedSet;

/**
 * Renders a {@link WarningAssessment} as a heading and Markdown tables, in the style of
 * {@link MetricsTable}; a missing value prints as "-".
 */
final class WarningTable {

    private WarningTable() {
    }

    static String render(final WarningAssessment w) {
        final StringBuilder out = new StringBuilder();
        areas(w, out);
        if (w.assessedAgainstTruth()) {
            impacts(w, out);
        }
        return out.toString();
    }

    private static void areas(final WarningAssessment w, final StringBuilder out) {
        int raised = 0;
        int updated = 0;
        int cleared = 0;
        for (final AreaWarningSummary a : w.areas()) {
            raised += a.raised();
            updated += a.updated();
            cleared += a.cleared();
        }
        MetricsTable.line(out, "Defended-area warnings: %d of %d areas warned; %d RAISED, %d UPDATED and %d CLEARED events "
            + "(highest probability of a warning in force, RAISED or UPDATED):", w.warnedAreas(), w.areas().size(),
            raised, updated, cleared);
        out.append('\n');
        MetricsTable.line(out, "| area | tracks warned | first RAISED | time to impact then (s) | highest probability "
            + "| RAISED | UPDATED | CLEARED |");
        MetricsTable.line(out, "|---|---:|---|---:|---:|---:|---:|---:|");
        for (final AreaWarningSummary a : w.areas()) {
            MetricsTable.line(out, "| %s | %d | %s | %s | %s | %d | %d | %d |", a.areaId(), a.tracksWarned(),
                a.warned() ? MetricsTable.instant(a.firstRaisedNanos()) : "-",
                MetricsTable.number(a.timeToImpactAtFirstRaisedS(), 1), MetricsTable.number(a.highestProbability(), 3),
                a.raised(), a.updated(), a.cleared());
        }
    }

    private static void impacts(final WarningAssessment w, final StringBuilder out) {
        out.append('\n');
        if (w.impactsInAreas().isEmpty()) {
            MetricsTable.line(out, "True impacts inside a defended area: none.");
        } else {
            MetricsTable.line(out, "True impacts inside a defended area (geodesic distance from its centre within its radius), "
                + "warned from the area's first RAISED event (any track):");
            out.append('\n');
            MetricsTable.line(out, "| object | area | from centre (km) | true impact | warning time (s) |");
            MetricsTable.line(out, "|---|---|---:|---|---:|");
            for (final AreaImpact i : w.impactsInAreas()) {
                MetricsTable.line(out, "| %s | %s | %s | %s | %s |", i.objectId(), i.areaId(),
                    MetricsTable.number(i.distanceFromCentreM() / 1000.0, 1), MetricsTable.instant(i.impactNanos()),
                    i.missed() ? "missed" : MetricsTable.number(i.warningTimeS(), 1));
            }
        }
        out.append('\n');
        final SortedSet<String> falselyWarned = w.falselyWarnedAreaIds();
        MetricsTable.line(out, "False warnings (areas warned where no object landed): %s.",
            falselyWarned.isEmpty() ? "none" : falselyWarned.size() + " " + falselyWarned);
    }
}
