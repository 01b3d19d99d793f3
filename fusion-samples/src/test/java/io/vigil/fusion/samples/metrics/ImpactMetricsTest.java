package io.vigil.fusion.samples.metrics;

import static io.vigil.fusion.samples.metrics.MetricFixtures.ecef;
import static io.vigil.fusion.samples.metrics.MetricFixtures.event;
import static io.vigil.fusion.samples.metrics.MetricFixtures.impact;
import static io.vigil.fusion.samples.metrics.MetricFixtures.impactWithLaunch;
import static io.vigil.fusion.samples.metrics.MetricFixtures.offsetPoint;
import static io.vigil.fusion.samples.metrics.MetricFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.samples.metrics.MetricFixtures.Line;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Impact and launch predictions against the truth: the ellipse test in the tangent plane
 * (orientation clockwise from north), CEP50, time to go, and the containment rates by bin.
 * True points are placed at known east/north offsets from the predicted ones, 100 m or more
 * from any boundary (the placement itself is good to a metre).
 */
class ImpactMetricsTest {

    /** The true impact point, degrees. */
    private static final double IMPACT_LAT = 35.0;
    private static final double IMPACT_LON = 135.0;
    /** The true launch point, degrees. */
    private static final double LAUNCH_LAT = 39.0;
    private static final double LAUNCH_LON = 125.0;
    private static final ErrorEllipse TILTED = new ErrorEllipse(2000.0, 500.0, 30.0);

    @Test
    void theEllipseTestUsesTheAxesAndTheOrientationClockwiseFromNorth() {
        final double theta = Math.toRadians(30.0);
        assertThat(TILTED.contains(1900.0 * Math.sin(theta), 1900.0 * Math.cos(theta))).isTrue();
        assertThat(TILTED.contains(-2100.0 * Math.sin(theta), -2100.0 * Math.cos(theta))).isFalse();
        assertThat(TILTED.contains(450.0 * Math.cos(theta), -450.0 * Math.sin(theta))).isTrue();
        assertThat(TILTED.contains(550.0 * Math.cos(theta), -550.0 * Math.sin(theta))).isFalse();
        // (u / a)^2 + (v / b)^2 = 0.5625 + 0.36 inside; 0.81 + 0.36 outside.
        assertThat(TILTED.contains(east(1500.0, 300.0, 30.0), north(1500.0, 300.0, 30.0))).isTrue();
        assertThat(TILTED.contains(east(1800.0, 300.0, 30.0), north(1800.0, 300.0, 30.0))).isFalse();
        // Major axis north-south, then east-west.
        final ErrorEllipse northSouth = new ErrorEllipse(2000.0, 500.0, 0.0);
        assertThat(northSouth.contains(0.0, 1900.0)).isTrue();
        assertThat(northSouth.contains(1900.0, 0.0)).isFalse();
        final ErrorEllipse eastWest = new ErrorEllipse(2000.0, 500.0, 90.0);
        assertThat(eastWest.contains(1900.0, 0.0)).isTrue();
        assertThat(eastWest.contains(0.0, 1900.0)).isFalse();
        assertThat(new ErrorEllipse(Double.NaN, 500.0, 0.0).isReported()).isFalse();
        assertThat(new ErrorEllipse(2000.0, 0.0, 0.0).isReported()).isFalse();
        assertThat(TILTED.isReported()).isTrue();
    }

    @Test
    void surfaceOffsetsAreEastAndNorthInTheTangentPlane() {
        for (final double[] en : new double[][] {{1200.0, 0.0}, {0.0, -800.0}, {-1500.0, 2000.0}, {3000.0, 4000.0}}) {
            final double[] point = offsetPoint(IMPACT_LAT, IMPACT_LON, en[0], en[1]);
            final SurfaceOffset offset = SurfaceOffset.between(IMPACT_LAT, IMPACT_LON, point[0], point[1]);
            assertThat(offset.eastM()).isCloseTo(en[0], within(0.05));
            assertThat(offset.northM()).isCloseTo(en[1], within(0.05));
            assertThat(offset.distanceM()).isCloseTo(Math.hypot(en[0], en[1]), within(0.05));
        }
    }

    @Test
    void impactRecordsAreScoredAgainstTheObjectTheirTrackFollowed() {
        // Object A is tracked by track 1 and impacts at 500 s; object B, tracked by track 6,
        // has no truth event; track 5 never existed.
        final Line a = new Line("A", ecef(36.0, 134.0, 100e3), new double[] {500.0, 500.0, -300.0});
        final Line b = new Line("B", ecef(37.0, 134.0, 100e3), new double[] {500.0, 500.0, -300.0});
        final List<TruthRecord> truth = new ArrayList<>(a.truth(0, 30));
        truth.addAll(b.truth(0, 30));
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int s = 0; s <= 30; s++) {
            tracks.add(track(s, 1L, TrackStatus.CONFIRMED, a.stateAt(s), 50.0, 5.0));
            tracks.add(track(s, 6L, TrackStatus.CONFIRMED, b.stateAt(s), 50.0, 5.0));
        }
        final ErrorEllipse launchEastWest = new ErrorEllipse(1000.0, 400.0, 90.0);
        final ErrorEllipse launchNorthSouth = new ErrorEllipse(1000.0, 400.0, 0.0);
        final List<ImpactRecord> impacts = List.of(
            // Time to go 650 s: 1900 m along the major axis, inside the ellipse, outside CEP 1000 m.
            predicted(-150.0, 1900.0, 0.0, 1000.0),
            // 500 s: 2100 m along the major axis, outside both.
            predicted(0.0, 2100.0, 0.0, 1000.0),
            // 100 s: 450 m across, inside both; with a launch estimate whose truth lies 800 m
            // east and 100 m north of it, inside an east-west ellipse.
            withLaunch(400.0, 0.0, 450.0, launchEastWest),
            // 50 s: (1500, 300) in the ellipse's axes, inside; 1530 m off, outside CEP. Its
            // launch ellipse runs north-south: the same launch offset is outside.
            withLaunch(450.0, 1500.0, 300.0, launchNorthSouth),
            // 45 s: 550 m across, outside the ellipse, inside CEP.
            predicted(455.0, 0.0, 550.0, 1000.0),
            // 10 s after impact: scored, in no rate.
            predicted(510.0, 0.0, 0.0, 1000.0),
            // Track 5 was never assigned; track 6's object has no truth event.
            impact(100.0, 5L, 500.0, IMPACT_LAT, IMPACT_LON, TILTED, 1000.0),
            impact(100.0, 6L, 500.0, IMPACT_LAT, IMPACT_LON, TILTED, 1000.0));
        final ScenarioMetrics m = new ScenarioEvaluator(MetricsConfiguration.defaults()).evaluate(ScenarioRecords.of(
            truth, List.of(event("A", -100.0, LAUNCH_LAT, LAUNCH_LON, 500.0, IMPACT_LAT, IMPACT_LON)), tracks, impacts));
        final ImpactAccuracy accuracy = m.impacts();

        assertThat(accuracy.unattributedRecords()).isEqualTo(1);
        assertThat(accuracy.recordsWithoutTruthEvent()).isEqualTo(1);
        final List<ImpactAssessment> scored = accuracy.assessments();
        assertThat(scored).extracting(ImpactAssessment::timeToGoS).containsExactly(650.0, 500.0, 100.0, 50.0, 45.0,
            -10.0);
        assertThat(scored).extracting(ImpactAssessment::objectId).containsOnly("A");
        assertThat(scored).extracting(ImpactAssessment::insideImpactEllipse).containsExactly(Containment.INSIDE,
            Containment.OUTSIDE, Containment.INSIDE, Containment.INSIDE, Containment.OUTSIDE, Containment.INSIDE);
        assertThat(scored).extracting(ImpactAssessment::insideCep).containsExactly(Containment.OUTSIDE,
            Containment.OUTSIDE, Containment.INSIDE, Containment.OUTSIDE, Containment.INSIDE, Containment.INSIDE);
        assertThat(scored.get(0).impactMissM()).isCloseTo(1900.0, within(1.0));
        assertThat(scored.get(3).impactMissM()).isCloseTo(Math.hypot(1500.0, 300.0), within(1.0));
        // Every prediction says 502 s: 2 s late.
        assertThat(scored).extracting(ImpactAssessment::impactTimeErrorS).containsOnly(2.0);

        // By time to go: 0-60 s 1 of 2, 60-180 s 1 of 1, 180-600 s 0 of 1, >= 600 s 1 of 1.
        final ContainmentBins ellipse = accuracy.impactEllipse();
        assertThat(ellipse.labels()).containsExactly("0-60 s", "60-180 s", "180-600 s", ">= 600 s");
        assertThat(new long[] {ellipse.inside(0), ellipse.records(0), ellipse.inside(1), ellipse.records(1),
            ellipse.inside(2), ellipse.records(2), ellipse.inside(3), ellipse.records(3)})
            .containsExactly(1, 2, 1, 1, 0, 1, 1, 1);
        assertThat(ellipse.rate()).isCloseTo(3.0 / 5.0, within(1e-12));
        assertThat(ellipse.outOfRange()).isEqualTo(1);
        final ContainmentBins cep = accuracy.impactCep();
        assertThat(new long[] {cep.inside(0), cep.records(0), cep.inside(1), cep.inside(2), cep.inside(3)})
            .containsExactly(1, 2, 1, 0, 0);
        assertThat(cep.rate()).isCloseTo(2.0 / 5.0, within(1e-12));

        // Launch: two estimates, 500 and 550 s after launch, one inside.
        assertThat(scored.get(2).insideLaunchEllipse()).isEqualTo(Containment.INSIDE);
        assertThat(scored.get(3).insideLaunchEllipse()).isEqualTo(Containment.OUTSIDE);
        assertThat(scored.get(0).insideLaunchEllipse()).isEqualTo(Containment.NOT_REPORTED);
        assertThat(scored.get(0).launchMissM()).isNaN();
        assertThat(scored.get(2).launchMissM()).isCloseTo(Math.hypot(800.0, 100.0), within(1.0));
        assertThat(scored.get(2).launchTimeErrorS()).isCloseTo(2.0, within(1e-9));
        assertThat(scored.get(2).timeSinceLaunchS()).isCloseTo(500.0, within(1e-9));
        final ContainmentBins launch = accuracy.launchEllipse();
        assertThat(launch.records(2)).isEqualTo(2);
        assertThat(launch.inside(2)).isEqualTo(1);
        assertThat(launch.records()).isEqualTo(2);

        final double[] misses = scored.stream().filter(s -> s.timeToGoS() >= 0.0)
            .mapToDouble(ImpactAssessment::impactMissM).toArray();
        double sum = 0.0;
        for (final double miss : misses) {
            sum += miss * miss;
        }
        assertThat(accuracy.impactMissRmsM()).isCloseTo(Math.sqrt(sum / misses.length), within(1e-9));
        assertThat(m.toTable()).contains("| 0-60 s | 1 / 2 | 0.500 | 1 / 2 | 0.500 |");
    }

    /**
     * A record of track 1 at a time (s), whose prediction puts the true impact at (u, v) metres
     * in the tilted ellipse's axes (u along the major axis), predicting impact at 502 s.
     */
    private static ImpactRecord predicted(final double seconds, final double u, final double v, final double cep) {
        final double[] p = predictedPoint(u, v);
        return impact(seconds, 1L, 502.0, p[0], p[1], TILTED, cep);
    }

    /** As {@link #predicted}, with CEP 1000 m and a launch estimate 800 m west and 100 m south of the truth, at -98 s. */
    private static ImpactRecord withLaunch(final double seconds, final double u, final double v,
        final ErrorEllipse launch) {
        final double[] p = predictedPoint(u, v);
        final double[] l = offsetPoint(LAUNCH_LAT, LAUNCH_LON, -800.0, -100.0);
        return impactWithLaunch(seconds, 1L, 502.0, p[0], p[1], TILTED, 1000.0, -98.0, l[0], l[1], launch);
    }

    /** The predicted point from which the truth lies at (u, v) in the tilted ellipse's axes. */
    private static double[] predictedPoint(final double u, final double v) {
        final double orientation = TILTED.orientationDeg();
        return offsetPoint(IMPACT_LAT, IMPACT_LON, -east(u, v, orientation), -north(u, v, orientation));
    }

    /** East component of (u, v) given in the axes of an ellipse at this orientation. */
    private static double east(final double u, final double v, final double orientationDeg) {
        final double theta = Math.toRadians(orientationDeg);
        return u * Math.sin(theta) + v * Math.cos(theta);
    }

    /** North component of (u, v) given in the axes of an ellipse at this orientation. */
    private static double north(final double u, final double v, final double orientationDeg) {
        final double theta = Math.toRadians(orientationDeg);
        return u * Math.cos(theta) - v * Math.sin(theta);
    }
}
