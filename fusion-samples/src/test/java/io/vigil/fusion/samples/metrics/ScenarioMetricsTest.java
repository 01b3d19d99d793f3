package io.vigil.fusion.samples.metrics;

import static io.vigil.fusion.samples.metrics.MetricFixtures.at;
import static io.vigil.fusion.samples.metrics.MetricFixtures.ecef;
import static io.vigil.fusion.samples.metrics.MetricFixtures.plus;
import static io.vigil.fusion.samples.metrics.MetricFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.samples.metrics.MetricFixtures.Line;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-built scenarios whose scores are known in closed form. Objects fly straight lines at
 * 2.7 km/s, 200 km up over Japan, 55 km apart (far beyond the 10 km cut-off, so each track's
 * object is unambiguous); tracks sit on or at fixed offsets from them.
 */
class ScenarioMetricsTest {

    private static final double C = MetricsConfiguration.DEFAULT_CUTOFF_M;
    private static final double[] VELOCITY = {1000.0, -2000.0, 1500.0};
    private static final Line A = new Line("A", ecef(38.0, 140.0, 200e3), VELOCITY);
    private static final Line B = new Line("B", ecef(38.5, 140.0, 200e3), VELOCITY);
    /** Far from both: 2 degrees of latitude away. */
    private static final Line FAR = new Line("C", ecef(40.5, 140.0, 200e3), VELOCITY);

    private final ScenarioEvaluator evaluator = new ScenarioEvaluator(MetricsConfiguration.defaults());

    @Test
    void aTrackOffsetByAConstant100MetresScores100Metres() {
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, plus(A.stateAt(s), 60.0, 80.0, 0.0), 100.0, 1.0));
        }
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(A.truth(0, 60), List.of(), tracks, List.of()));

        assertThat(m.evaluationTimes()).isEqualTo(61);
        assertThat(m.firstEvaluationNanos()).isEqualTo(at(0));
        assertThat(m.gospa().size()).isEqualTo(61);
        for (final GospaValue v : m.gospa().values()) {
            assertThat(v.localisationM()).isCloseTo(100.0, within(1e-6));
            assertThat(v.distanceM()).isCloseTo(100.0, within(1e-6));
            assertThat(v.missed()).isZero();
            assertThat(v.falseTracks()).isZero();
        }
        assertThat(m.gospa().meanDistanceM()).isCloseTo(100.0, within(1e-6));
        assertThat(m.gospa().meanLocalisationM()).isCloseTo(100.0, within(1e-6));
        assertThat(m.gospa().meanMissedM()).isZero();
        assertThat(m.accuracy().positionRmseM("A")).isCloseTo(100.0, within(1e-6));
        assertThat(m.accuracy().positionRmseM()).isCloseTo(100.0, within(1e-6));
        assertThat(m.accuracy().velocityRmseMps()).isCloseTo(0.0, within(1e-9));
        assertThat(m.accuracy().samples("A")).isEqualTo(61);
        // The error (60, 80, 0) m against 100 m sigmas: NEES 0.36 + 0.64 = 1, in 6 and in 3 dof.
        assertThat(m.consistency().averageNees()).isCloseTo(1.0, within(1e-9));
        assertThat(m.consistency().averagePositionNees()).isCloseTo(1.0, within(1e-9));
        assertThat(m.continuity().idSwitches()).isZero();
        assertThat(m.continuity().breaks()).isZero();
        assertThat(m.continuity().coverage("A")).isEqualTo(1.0);
        assertThat(m.continuity().timeToFirstTrackS("A")).isZero();
        assertThat(m.attribution().falseTrackIds()).isEmpty();
        assertThat(m.attribution().objectOf(1L)).contains("A");
    }

    @Test
    void twoTracksSwappingObjectsTwiceMakeFourIdSwitches() {
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            // Track 1 on A, then B from 20 s, then A again from 40 s; track 2 the other way.
            final boolean swapped = s >= 20 && s < 40;
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, (swapped ? B : A).stateAt(s), 50.0, 5.0));
            tracks.add(track(s, 2L, TrackStatus.CONFIRMED, (swapped ? A : B).stateAt(s), 50.0, 5.0));
        }
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(truth(A, B), List.of(), tracks, List.of()));

        assertThat(m.continuity().idSwitches("A")).isEqualTo(2);
        assertThat(m.continuity().idSwitches("B")).isEqualTo(2);
        assertThat(m.continuity().idSwitches()).isEqualTo(4);
        assertThat(m.continuity().breaks()).isZero();
        // Track 1 was on A at 41 of the 61 times.
        assertThat(m.attribution().objectOf(1L)).contains("A");
        assertThat(m.attribution().objectOf(2L)).contains("B");
        assertThat(m.gospa().meanDistanceM()).isCloseTo(0.0, within(1e-6));
        assertThat(m.accuracy().positionRmseM()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void aTrackThatNeverMatchesIsOneFalseTrack() {
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, A.stateAt(s), 50.0, 5.0));
            // 200 km from every object.
            tracks.add(track(s, 9L, TrackStatus.CONFIRMED, plus(A.stateAt(s), 0.0, 0.0, 200e3), 50.0, 5.0));
        }
        // Object C is never tracked.
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(truth(A, FAR), List.of(), tracks, List.of()));

        assertThat(m.attribution().falseTrackIds()).containsExactly(9L);
        assertThat(m.attribution().evaluatedTrackIds()).containsExactly(1L, 9L);
        assertThat(m.continuity().untrackedObjectIds()).containsExactly("C");
        assertThat(m.continuity().timeToFirstTrackS("C")).isNaN();
        assertThat(m.accuracy().positionRmseM("C")).isNaN();
        // Every time: one miss and one false track, c^2 / 2 each, so GOSPA = c exactly.
        assertThat(m.gospa().meanDistanceM()).isCloseTo(C, within(1e-6));
        assertThat(m.gospa().meanMissed()).isEqualTo(1.0);
        assertThat(m.gospa().meanFalseTracks()).isEqualTo(1.0);
        assertThat(m.gospa().meanMissedM()).isCloseTo(C / Math.sqrt(2.0), within(1e-9));
        assertThat(m.gospa().meanFalseM()).isCloseTo(C / Math.sqrt(2.0), within(1e-9));
    }

    @Test
    void aGapLongerThanTheStalenessIsABreak() {
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            if (s > 20 && s < 30) {
                continue; // no report for 10 s: stale from 26 s (last report at 20 s, 5 s allowed)
            }
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, A.stateAt(s), 50.0, 5.0));
            // B's track is replaced by a new one after the gap: a break and an ID switch.
            tracks.add(track(s, s <= 20 ? 2L : 3L, TrackStatus.CONFIRMED, B.stateAt(s), 50.0, 5.0));
        }
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(truth(A, B), List.of(), tracks, List.of()));

        assertThat(m.continuity().breaks("A")).isEqualTo(1);
        assertThat(m.continuity().idSwitches("A")).isZero();
        assertThat(m.continuity().breaks("B")).isEqualTo(1);
        assertThat(m.continuity().idSwitches("B")).isEqualTo(1);
        // Unassigned at 26, 27, 28 and 29 s: 57 of 61 times. Up to 25 s the track, carried
        // along its straight line, is still exactly on the object.
        assertThat(m.continuity().coverage("A")).isCloseTo(57.0 / 61.0, within(1e-12));
        assertThat(m.accuracy().positionRmseM("A")).isCloseTo(0.0, within(1e-6));
        assertThat(m.gospa().values().get(26).missed()).isEqualTo(2);
        assertThat(m.gospa().values().get(25).missed()).isZero();
    }

    @Test
    void timeToFirstTrackRunsFromTheFirstPlotToTheFirstConfirmedAssignment() {
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 3; s <= 60; s++) {
            // Tentative at 3 and 4 s (not in the picture), confirmed from 5 s.
            tracks.add(track(s, 1L, s < 5 ? TrackStatus.TENTATIVE : TrackStatus.CONFIRMED, A.stateAt(s), 50.0, 5.0));
        }
        for (int s = 12; s <= 60; s++) {
            tracks.add(track(s, 2L, TrackStatus.CONFIRMED, B.stateAt(s), 50.0, 5.0));
        }
        final List<TruthRecord> truth = new ArrayList<>(A.truth(0, 60));
        truth.addAll(B.truth(10, 60)); // B appears at 10 s
        // A's first plot at 3 s; B has none given, so it is timed from its first truth (10 s).
        final ScenarioMetrics m = evaluator.evaluate(
            new ScenarioRecords(truth, List.of(), tracks, List.of(), Map.of("A", at(3.0))));

        assertThat(m.continuity().timeToFirstTrackS("A")).isCloseTo(2.0, within(1e-12));
        assertThat(m.continuity().timeToFirstTrackS("B")).isCloseTo(2.0, within(1e-12));
        assertThat(m.gospa().values().get(4).missed()).isEqualTo(1); // A, tentative track only
        assertThat(m.gospa().values().get(4).falseTracks()).isZero();
        assertThat(m.gospa().values().get(0).missed()).isEqualTo(1); // A before any report; B not yet alive
        assertThat(m.continuity().breaks()).isZero();
        assertThat(m.continuity().coverage("B")).isCloseTo(49.0 / 51.0, within(1e-12));
    }

    @Test
    void anErrorOfExactlyOneSigmaHasTheExpectedNees() {
        // P = L L^T with L lower triangular and correlated; an error equal to a column of L is
        // one sigma along a principal direction: NEES 1 exactly. Along column 1 (a position
        // column) the position NEES is 1 as well, since L's position rows have no velocity part.
        final double[] lower = {
            120.0, 0, 0, 0, 0, 0,
            30.0, 90.0, 0, 0, 0, 0,
            -20.0, 15.0, 60.0, 0, 0, 0,
            2.0, 1.0, 0.5, 8.0, 0, 0,
            -1.0, 3.0, 0.2, 1.0, 6.0, 0,
            0.5, -0.5, 1.5, -0.8, 0.4, 5.0};
        final double[] covariance = new double[36];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double sum = 0.0;
                for (int k = 0; k < 6; k++) {
                    sum += lower[6 * i + k] * lower[6 * j + k];
                }
                covariance[6 * i + j] = sum;
            }
        }
        final double[] column = new double[6];
        for (int i = 0; i < 6; i++) {
            column[i] = lower[6 * i + 1];
        }
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, plus(A.stateAt(s), column), covariance));
            // B's track is one sigma in every axis of a diagonal covariance: NEES 6 and 3.
            tracks.add(track(s, 2L, TrackStatus.CONFIRMED, plus(B.stateAt(s), 40.0, -40.0, 40.0, 4.0, 4.0, -4.0),
                40.0, 4.0));
        }
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(truth(A, B), List.of(), tracks, List.of()));

        assertThat(m.samples()).hasSize(122);
        for (final AssignedSample sample : m.samples()) {
            final boolean onA = sample.objectId().equals("A");
            assertThat(sample.nees()).as("%s", sample).isCloseTo(onA ? 1.0 : 6.0, within(1e-9));
            assertThat(sample.positionNees()).as("%s", sample).isCloseTo(onA ? 1.0 : 3.0, within(1e-9));
        }
        assertThat(m.consistency().averageNees()).isCloseTo(3.5, within(1e-9));
        assertThat(m.consistency().samples()).isEqualTo(122);
        assertThat(m.consistency().invalidCovariances()).isZero();
    }

    @Test
    void neesIsUnchangedWhenTheTrackIsCarriedToTheEvaluationTime() {
        // Reports half a second off the grid, every 2 s: each evaluation time carries the
        // latest report forward 0.5 or 1.5 s. F e against F P F^T has the NEES of e against P.
        final double[] error = {50.0, -30.0, 20.0, 3.0, -2.0, 1.0};
        final List<TrackRecord> tracks = new ArrayList<>();
        for (double s = 0.5; s <= 60.0; s += 2.0) {
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, plus(A.stateAt(s), error), 50.0, 2.0));
        }
        final double expected = (50.0 * 50.0 + 30.0 * 30.0 + 20.0 * 20.0) / 2500.0 + (9.0 + 4.0 + 1.0) / 4.0;
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(A.truth(0, 60), List.of(), tracks, List.of()));

        assertThat(m.samples()).hasSize(60); // none at 0 s, before the first report
        for (final AssignedSample sample : m.samples()) {
            assertThat(sample.nees()).as("%s", sample).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void theTableAndTheSummaryCarryTheScores() {
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, plus(A.stateAt(s), 60.0, 80.0, 0.0), 100.0, 1.0));
            tracks.add(track(s, 9L, TrackStatus.CONFIRMED, plus(A.stateAt(s), 0.0, 0.0, 200e3), 50.0, 5.0));
        }
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(truth(A, FAR), List.of(), tracks, List.of()));

        final String table = m.toTable();
        assertThat(table).contains("2 objects, 2 tracks evaluated, 61 evaluation times every 1 s from "
            + "2030-03-15T00:00:00Z to 2030-03-15T00:01:00Z");
        assertThat(table).contains("| A | 61 | 1.000 | 100.0 | 0.00 | 0 | 0 | 0.0 |");
        assertThat(table).contains("| C | 0 | 0.000 | - | - | 0 | 0 | - |");
        assertThat(table).contains("False tracks (confirmed, never assigned): 1 [9].");
        assertThat(table).contains("Objects never tracked: 1 [C].");

        final Map<String, Object> summary = m.toMap();
        assertThat(summary).containsOnlyKeys("evaluation", "gospa", "accuracy", "continuity", "objects",
            "consistency", "impact", "launch");
        assertThat(path(summary, "continuity", "falseTracks")).isEqualTo(1);
        assertThat(path(summary, "continuity", "falseTrackIds")).isEqualTo(List.of(9L));
        assertThat((Double) path(summary, "accuracy", "positionRmseM")).isCloseTo(100.0, within(1e-6));
        assertThat(path(summary, "objects", "C", "positionRmseM")).isNull();
        assertThat(path(summary, "impact", "missRmsM")).isNull();
        assertThat(path(summary, "evaluation", "first")).isEqualTo("2030-03-15T00:00:00Z");
        assertJsonFriendly(summary);
    }

    @Test
    void anEmptyRunHasNoEvaluationTime() {
        final ScenarioMetrics m = evaluator.evaluate(ScenarioRecords.of(List.of(), List.of(), List.of(), List.of()));
        assertThat(m.evaluationTimes()).isZero();
        assertThat(m.gospa().meanDistanceM()).isNaN();
        assertThat(m.consistency().neesUpper()).isNaN();
        assertThat(m.toTable()).contains("0 evaluation times");
        assertJsonFriendly(m.toMap());
    }

    private static List<TruthRecord> truth(final Line... lines) {
        final List<TruthRecord> truth = new ArrayList<>();
        for (final Line line : lines) {
            truth.addAll(line.truth(0, 60));
        }
        return truth;
    }

    private static Object path(final Map<String, Object> map, final String... keys) {
        Object node = map;
        for (final String key : keys) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    /** Only what a JSON writer takes: maps with string keys, lists, strings, booleans, integers, finite numbers, null. */
    private static void assertJsonFriendly(final Object node) {
        if (node == null || node instanceof String || node instanceof Boolean || node instanceof Integer
            || node instanceof Long) {
            return;
        }
        if (node instanceof Double) {
            assertThat((Double) node).isFinite();
        } else if (node instanceof Map) {
            for (final Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
                assertThat(e.getKey()).isInstanceOf(String.class);
                assertJsonFriendly(e.getValue());
            }
        } else if (node instanceof List) {
            ((List<?>) node).forEach(ScenarioMetricsTest::assertJsonFriendly);
        } else {
            throw new AssertionError("not JSON-friendly: " + node.getClass() + " " + node);
        }
    }
}
