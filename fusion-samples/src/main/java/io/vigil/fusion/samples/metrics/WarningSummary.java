package io.vigil.fusion.samples.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link WarningAssessment} as nested maps and lists for summary.json, as {@link MetricsSummary}
 * does for the metrics: keys in a fixed order, times as ISO-8601 text, a value that is NaN
 * (nothing to report) as null. The impacts and false warnings are there only when the truth
 * events were known.
 */
final class WarningSummary {

    private WarningSummary() {
    }

    static Map<String, Object> of(final WarningAssessment w) {
        final Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("warnedAreas", w.warnedAreas());
        final Map<String, Object> areas = new LinkedHashMap<>();
        for (final AreaWarningSummary a : w.areas()) {
            final Map<String, Object> area = new LinkedHashMap<>();
            area.put("tracksWarned", a.tracksWarned());
            area.put("firstRaised", a.warned() ? MetricsTable.instant(a.firstRaisedNanos()) : null);
            area.put("timeToImpactAtFirstRaisedS", MetricsSummary.finite(a.timeToImpactAtFirstRaisedS()));
            area.put("highestProbability", MetricsSummary.finite(a.highestProbability()));
            area.put("raised", a.raised());
            area.put("updated", a.updated());
            area.put("cleared", a.cleared());
            areas.put(a.areaId(), area);
        }
        summary.put("areas", areas);
        if (w.assessedAgainstTruth()) {
            final List<Object> impacts = new ArrayList<>();
            for (final AreaImpact i : w.impactsInAreas()) {
                final Map<String, Object> impact = new LinkedHashMap<>();
                impact.put("objectId", i.objectId());
                impact.put("areaId", i.areaId());
                impact.put("impact", MetricsTable.instant(i.impactNanos()));
                impact.put("distanceFromCentreM", MetricsSummary.finite(i.distanceFromCentreM()));
                impact.put("missed", i.missed());
                impact.put("warningTimeS", MetricsSummary.finite(i.warningTimeS()));
                impacts.add(impact);
            }
            summary.put("impactsInAreas", impacts);
            summary.put("falseWarnings", w.falselyWarnedAreaIds().size());
            summary.put("falselyWarnedAreas", new ArrayList<>(w.falselyWarnedAreaIds()));
        }
        return summary;
    }
}
