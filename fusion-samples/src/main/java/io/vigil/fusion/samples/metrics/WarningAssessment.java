package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.WarningRecord;
import io.vigil.fusion.trajectory.WarningState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a run's defended-area warnings went: per area, the tracks that warned it, the first
 * warning and the time to impact it gave, the highest probability and the number of events
 * of each kind; and, when the truth events are known, for each object whose true impact
 * point fell inside an area (geodesic distance from the centre at most the radius), how
 * long before the impact the area was first warned, and which warned areas no object hit.
 *
 * <p>The warning time counts from the area's first RAISED event whichever track raised it:
 * the people in the area are warned, not a track. A first RAISED event after the impact
 * warned no one, and the impact counts as missed.
 *
 * <p>Areas are listed in the order of {@code areas.csv} (the first row of an id given
 * twice), then any area named only by {@code warnings.csv}, in the order it first appears.
 * Such an area has no known circle: no impact is placed in it, and it is never counted as a
 * false warning.
 */
public final class WarningAssessment {

    private final List<AreaWarningSummary> areas;
    private final boolean assessedAgainstTruth;
    private final List<AreaImpact> impacts;
    private final SortedSet<String> falselyWarnedAreaIds;

    private WarningAssessment(final List<AreaWarningSummary> areas, final boolean assessedAgainstTruth,
        final List<AreaImpact> impacts, final SortedSet<String> falselyWarnedAreaIds) {
        this.areas = List.copyOf(areas);
        this.assessedAgainstTruth = assessedAgainstTruth;
        this.impacts = List.copyOf(impacts);
        this.falselyWarnedAreaIds = Collections.unmodifiableSortedSet(falselyWarnedAreaIds);
    }

    /**
     * Assesses a run's warnings.
     *
     * @param areas the defended areas ({@code areas.csv}); rows with an invalid centre or
     *     radius are listed but hold no impact
     * @param warnings the warning events ({@code warnings.csv}), in any order
     * @param truthEvents the true launch and impact points ({@code truth_events.csv}), or an
     *     empty list if the truth is not known (then only the per-area figures are given)
     * @return the assessment
     */
    public static WarningAssessment of(final List<AreaRecord> areas, final List<WarningRecord> warnings,
        final List<TruthEventRecord> truthEvents) {
        final Map<String, AreaRecord> circles = new LinkedHashMap<>();
        for (final AreaRecord area : areas) {
            circles.putIfAbsent(area.areaId(), area);
        }
        final Map<String, Tally> tallies = new LinkedHashMap<>();
        circles.keySet().forEach(id -> tallies.put(id, new Tally()));
        for (final WarningRecord warning : warnings) {
            tallies.computeIfAbsent(warning.areaId(), id -> new Tally()).add(warning);
        }
        final List<AreaWarningSummary> summaries = new ArrayList<>();
        tallies.forEach((id, tally) -> summaries.add(tally.summary(id)));

        final List<AreaImpact> impacts = new ArrayList<>();
        final Set<String> hit = new HashSet<>();
        for (final TruthEventRecord event : truthEvents) {
            for (final AreaRecord area : circles.values()) {
                final double distanceM = distanceM(area, event);
                if (distanceM <= area.radiusM()) {
                    final Tally tally = tallies.get(area.areaId());
                    final boolean warnedBefore = tally.firstRaisedNanos != AreaWarningSummary.NOT_RAISED
                        && tally.firstRaisedNanos <= event.impactTimeNanos();
                    impacts.add(new AreaImpact(event.objectId(), area.areaId(), event.impactTimeNanos(), distanceM,
                        warnedBefore ? (event.impactTimeNanos() - tally.firstRaisedNanos) / 1e9 : Double.NaN));
                    hit.add(area.areaId());
                }
            }
        }
        final SortedSet<String> falselyWarned = new TreeSet<>();
        if (!truthEvents.isEmpty()) {
            for (final AreaWarningSummary s : summaries) {
                if (s.warned() && circles.containsKey(s.areaId()) && !hit.contains(s.areaId())) {
                    falselyWarned.add(s.areaId());
                }
            }
        }
        return new WarningAssessment(summaries, !truthEvents.isEmpty(), impacts, falselyWarned);
    }

    /**
     * Geodesic distance from an area's centre to an object's true impact point, metres; NaN
     * (inside no circle) if either point is not a place on the Earth.
     */
    private static double distanceM(final AreaRecord area, final TruthEventRecord event) {
        if (!(isPlace(area.latDeg(), area.lonDeg()) && isPlace(event.impactLatDeg(), event.impactLonDeg()))) {
            return Double.NaN;
        }
        return Geodesic.distance(Math.toRadians(area.latDeg()), Math.toRadians(area.lonDeg()),
            Math.toRadians(event.impactLatDeg()), Math.toRadians(event.impactLonDeg()));
    }

    private static boolean isPlace(final double latDeg, final double lonDeg) {
        return Math.abs(latDeg) <= 90.0 && Double.isFinite(lonDeg);
    }

    /**
     * Returns every area, warned or not.
     *
     * @return the per-area figures, in the order described above
     */
    public List<AreaWarningSummary> areas() {
        return areas;
    }

    /**
     * Returns one area's figures.
     *
     * @param areaId the area's id
     * @return its figures, or empty if the area is neither defended nor warned
     */
    public Optional<AreaWarningSummary> area(final String areaId) {
        return areas.stream().filter(a -> a.areaId().equals(areaId)).findFirst();
    }

    /**
     * Returns the number of areas with at least one RAISED event.
     *
     * @return warned areas
     */
    public int warnedAreas() {
        return (int) areas.stream().filter(AreaWarningSummary::warned).count();
    }

    /**
     * Returns whether the truth events were known, so that impacts and false warnings were assessed.
     *
     * @return true if {@link #impactsInAreas()} and {@link #falselyWarnedAreaIds()} mean something
     */
    public boolean assessedAgainstTruth() {
        return assessedAgainstTruth;
    }

    /**
     * Returns each true impact inside an area with its warning time, in the order of the truth
     * events (then of the areas, for an impact inside two).
     *
     * @return the impacts; empty without truth
     */
    public List<AreaImpact> impactsInAreas() {
        return impacts;
    }

    /**
     * Returns the defended areas warned although no object's true impact fell inside them.
     *
     * @return area ids in order; empty without truth
     */
    public SortedSet<String> falselyWarnedAreaIds() {
        return falselyWarnedAreaIds;
    }

    /**
     * Renders the assessment as text: a heading line and Markdown tables, as {@link ScenarioMetrics#toTable()}.
     *
     * @return the text, lines ending in '\n'
     */
    public String toTable() {
        return WarningTable.render(this);
    }

    /**
     * Returns the assessment as nested maps (insertion-ordered) and lists, for summary.json.
     *
     * @return the summary; non-finite numbers are null
     */
    public Map<String, Object> toMap() {
        return WarningSummary.of(this);
    }

    /** One area's events, counted as they are read. */
    private static final class Tally {
        private final Set<Long> tracks = new HashSet<>();
        private long firstRaisedNanos = AreaWarningSummary.NOT_RAISED;
        private double timeToImpactAtFirstRaisedS = Double.NaN;
        private double highestProbability = Double.NaN;
        private int raised;
        private int updated;
        private int cleared;

        void add(final WarningRecord warning) {
            switch (warning.state()) {
                case RAISED -> {
                    raised++;
                    tracks.add(warning.trackId());
                    // The earliest; of equal times the first read (the file is in event order).
                    if (firstRaisedNanos == AreaWarningSummary.NOT_RAISED || warning.timeNanos() < firstRaisedNanos) {
                        firstRaisedNanos = warning.timeNanos();
                        timeToImpactAtFirstRaisedS = warning.timeToImpactS();
                    }
                }
                case UPDATED -> updated++;
                case CLEARED -> cleared++;
            }
            // A CLEARED event carries the probability the warning ended with, not one it was in force at.
            final double p = warning.probability();
            if (warning.state() != WarningState.CLEARED && Double.isFinite(p)
                && (Double.isNaN(highestProbability) || p > highestProbability)) {
                highestProbability = p;
            }
        }

        AreaWarningSummary summary(final String areaId) {
            return new AreaWarningSummary(areaId, tracks.size(), firstRaisedNanos, timeToImpactAtFirstRaisedS,
                highestProbability, raised, updated, cleared);
        }
    }
}
