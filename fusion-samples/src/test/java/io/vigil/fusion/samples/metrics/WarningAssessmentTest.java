package io.vigil.fusion.samples.metrics;

import static io.vigil.fusion.samples.metrics.MetricFixtures.at;
import static io.vigil.fusion.samples.metrics.MetricFixtures.event;
import static io.vigil.fusion.samples.metrics.MetricFixtures.offsetPoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.WarningRecord;
import io.vigil.fusion.trajectory.WarningState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Defended-area warnings against hand-made events: per-area counts, the first RAISED event
 * and its time to impact, the highest probability in force, and, against true impact points
 * placed at known east/north offsets from the centres (a tangent-plane offset d lands d^3 /
 * 3 R^2 short along the surface, 0.22 m at 30 km), the warning time of each impact inside an
 * area and the false warnings.
 */
class WarningAssessmentTest {

    private static final AreaRecord A = new AreaRecord("A", 35.0, 135.0, 30_000.0);
    private static final AreaRecord B = new AreaRecord("B", 36.0, 137.0, 20_000.0);
    private static final AreaRecord C = new AreaRecord("C", 34.0, 133.0, 25_000.0);

    /**
     * A: raised by track 8 at 150 s, but listed first, and by track 7 at 100 s (the first),
     * updated once, cleared once with a probability higher than any it was in force at.
     * B: raised, cleared and raised again by one track. C: never warned. X: not defended.
     */
    private static final List<WarningRecord> WARNINGS = List.of(
        warning(150, "A", 8L, WarningState.RAISED, 0.5, 340.0),
        warning(100, "A", 7L, WarningState.RAISED, 0.6, 400.0),
        warning(102, "A", 7L, WarningState.UPDATED, 0.9, 398.0),
        warning(120, "B", 9L, WarningState.RAISED, 0.4, 300.0),
        warning(130, "B", 9L, WarningState.CLEARED, 0.1, 290.0),
        warning(160, "A", 8L, WarningState.CLEARED, 0.95, 330.0),
        warning(200, "B", 9L, WarningState.RAISED, 0.45, 210.0),
        warning(300, "X", 10L, WarningState.RAISED, 0.7, Double.NaN));

    private static WarningRecord warning(final double seconds, final String areaId, final long trackId,
        final WarningState state, final double probability, final double timeToImpactS) {
        return new WarningRecord(at(seconds), areaId, trackId, state, probability, timeToImpactS);
    }

    /** An object impacting at east and north metres from an area's centre. */
    private static TruthEventRecord impact(final String objectId, final double impactS, final AreaRecord area,
        final double eastM, final double northM) {
        final double[] point = offsetPoint(area.latDeg(), area.lonDeg(), eastM, northM);
        return event(objectId, 0.0, 40.0, 125.0, impactS, point[0], point[1]);
    }

    private static List<TruthEventRecord> truthEvents() {
        final List<TruthEventRecord> events = new ArrayList<>();
        events.add(impact("O1", 500, A, 0.0, 10_000.0));
        events.add(impact("O2", 520, A, 29_900.0, 0.0));  // 100 m inside the edge
        events.add(impact("O3", 540, A, 30_100.0, 0.0));  // 100 m outside: in no area
        events.add(impact("O4", 300, C, 0.0, -5_000.0));  // C is never warned
        events.add(impact("O5", 80, A, -3_000.0, 4_000.0)); // before A's first warning
        return events;
    }

    @Test
    void countsEachAreasEventsAndTakesTheEarliestRaisedWhateverTheOrder() {
        final WarningAssessment w = WarningAssessment.of(List.of(A, B, C), WARNINGS, List.of());

        assertThat(w.areas()).extracting(AreaWarningSummary::areaId).containsExactly("A", "B", "C", "X");
        assertThat(w.area("A")).contains(new AreaWarningSummary("A", 2, at(100), 400.0, 0.9, 2, 1, 1));
        assertThat(w.area("B")).contains(new AreaWarningSummary("B", 1, at(120), 300.0, 0.45, 2, 0, 1));
        final AreaWarningSummary c = w.area("C").orElseThrow();
        assertThat(c.warned()).isFalse();
        assertThat(c.tracksWarned()).isZero();
        assertThat(c.timeToImpactAtFirstRaisedS()).isNaN();
        assertThat(c.highestProbability()).isNaN();
        assertThat(w.area("X").orElseThrow().warned()).as("an area named only by the warnings").isTrue();
        assertThat(w.warnedAreas()).isEqualTo(3);
        assertThat(w.area("Y")).isEmpty();

        assertThat(w.assessedAgainstTruth()).isFalse();
        assertThat(w.impactsInAreas()).isEmpty();
        assertThat(w.falselyWarnedAreaIds()).isEmpty();
        assertThat(w.toTable()).doesNotContain("True impacts").doesNotContain("False warnings");
        assertThat(w.toMap()).containsOnlyKeys("warnedAreas", "areas");
    }

    @Test
    void timesEachImpactInsideAnAreaFromTheAreasFirstWarning() {
        final WarningAssessment w = WarningAssessment.of(List.of(A, B, C), WARNINGS, truthEvents());

        assertThat(w.assessedAgainstTruth()).isTrue();
        final List<AreaImpact> impacts = w.impactsInAreas();
        assertThat(impacts).extracting(AreaImpact::objectId).containsExactly("O1", "O2", "O4", "O5");
        assertThat(impacts).extracting(AreaImpact::areaId).containsExactly("A", "A", "C", "A");
        // A was first warned at 100 s (track 7): 400 s before O1's impact at 500 s, 420 s before O2's.
        assertThat(impacts.get(0).warningTimeS()).isCloseTo(400.0, within(1e-9));
        assertThat(impacts.get(1).warningTimeS()).isCloseTo(420.0, within(1e-9));
        assertThat(impacts.get(0).distanceFromCentreM()).isCloseTo(10_000.0, within(0.3));
        assertThat(impacts.get(1).distanceFromCentreM()).isCloseTo(29_900.0, within(0.3));
        assertThat(impacts.get(3).distanceFromCentreM()).isCloseTo(5_000.0, within(0.3));
        assertThat(impacts.get(2).missed()).as("C never warned").isTrue();
        assertThat(impacts.get(3).missed()).as("O5 fell at 80 s, before A's first warning").isTrue();
        assertThat(impacts.get(0).missed()).isFalse();
        // B was warned and nothing fell in it; X was warned but its circle is unknown.
        assertThat(w.falselyWarnedAreaIds()).containsExactly("B");
    }

    @Test
    void theTableAndTheSummaryCarryTheFigures() {
        final WarningAssessment w = WarningAssessment.of(List.of(A, B, C), WARNINGS, truthEvents());

        final String table = w.toTable();
        assertThat(table).contains("Defended-area warnings: 3 of 4 areas warned; 5 RAISED, 1 UPDATED and 2 CLEARED");
        assertThat(table).contains("| A | 2 | 2030-03-15T00:01:40Z | 400.0 | 0.900 | 2 | 1 | 1 |");
        assertThat(table).contains("| C | 0 | - | - | - | 0 | 0 | 0 |");
        assertThat(table).contains("| X | 1 | 2030-03-15T00:05:00Z | - | 0.700 | 1 | 0 | 0 |");
        assertThat(table).contains("| O2 | A | 29.9 | 2030-03-15T00:08:40Z | 420.0 |");
        assertThat(table).contains("| O4 | C | 5.0 | 2030-03-15T00:05:00Z | missed |");
        assertThat(table).contains("False warnings (areas warned where no object landed): 1 [B].");

        final Map<String, Object> summary = w.toMap();
        assertThat(summary).containsOnlyKeys("warnedAreas", "areas", "impactsInAreas", "falseWarnings",
            "falselyWarnedAreas");
        assertThat(summary.get("falseWarnings")).isEqualTo(1);
        assertThat(summary.get("falselyWarnedAreas")).isEqualTo(List.of("B"));
        final Map<?, ?> areas = (Map<?, ?>) summary.get("areas");
        assertThat(new ArrayList<Object>(areas.keySet())).containsExactly("A", "B", "C", "X");
        final Map<?, ?> a = (Map<?, ?>) areas.get("A");
        assertThat(a.get("firstRaised")).isEqualTo("2030-03-15T00:01:40Z");
        assertThat(a.get("timeToImpactAtFirstRaisedS")).isEqualTo(400.0);
        assertThat(a.get("highestProbability")).isEqualTo(0.9);
        final Map<?, ?> c = (Map<?, ?>) areas.get("C");
        assertThat(c.get("firstRaised")).isNull();
        assertThat(c.get("highestProbability")).isNull();
        final List<?> impacts = (List<?>) summary.get("impactsInAreas");
        assertThat(impacts).hasSize(4);
        assertThat(((Map<?, ?>) impacts.get(0)).get("warningTimeS")).isEqualTo(400.0);
        assertThat(((Map<?, ?>) impacts.get(2)).get("missed")).isEqualTo(true);
        assertThat(((Map<?, ?>) impacts.get(2)).get("warningTimeS")).isNull();
    }

    @Test
    void noAreasAndNoWarningsGiveAnEmptyAssessment() {
        final WarningAssessment w = WarningAssessment.of(List.of(), List.of(), truthEvents());
        assertThat(w.areas()).isEmpty();
        assertThat(w.warnedAreas()).isZero();
        assertThat(w.impactsInAreas()).isEmpty();
        assertThat(w.falselyWarnedAreaIds()).isEmpty();
        assertThat(w.toTable()).contains("True impacts inside a defended area: none.");
    }
}
