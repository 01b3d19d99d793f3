package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Radar plots against the geometry of the true positions, computed independently. */
class SimulatedRadarPlotTest {

    private static Scenario scenario;
    private static ScenarioRecording recording;
    private static Map<String, Map<Long, TruthRecord>> truth;
    private static Map<String, SensorSpec> specs;

    @BeforeAll
    static void run() {
        scenario = TestScenarios.parse(TestScenarios.ALIGNED);
        recording = TestScenarios.run(scenario, 7L);
        truth = TestScenarios.truthByObject(recording);
        specs = new HashMap<>();
        for (final SensorSpec spec : scenario.sensors()) {
            specs.put(spec.id(), spec);
        }
    }

    @Test
    void noiseFreeMeasurementIsTheGeometryOfTheTruePosition() {
        final EarthRotation rotation = new EarthRotation(scenario.epochNanos());
        final MissileFlight flight = MissileFlight.fly(scenario.launches().get(0), rotation, 1.0,
            new NoiseSource(new SplittableRandom(1L)));
        final FlownObject rv = flight.objects().get(0);
        double largestShipTerm = 0.0;
        int compared = 0;
        for (final String sensorId : new String[] {"KOR-A", "JPN-SHIP"}) {
            final SensorSpec spec = specs.get(sensorId);
            final boolean ship = spec.type() == SensorType.MOVING_RADAR;
            final SensorPlatform platform = ship
                ? new ShipTrack(Math.toRadians(spec.ship().latDeg()), Math.toRadians(spec.ship().lonDeg()),
                    spec.ship().speedMps(), Math.toRadians(spec.ship().courseDeg()), spec.ship().antennaHeightM(), 800.0)
                : new FixedSite(Math.toRadians(spec.site().latDeg()), Math.toRadians(spec.site().lonDeg()),
                    spec.site().heightM());
            final RadarSensor radar = new RadarSensor(spec, platform, rotation, 0.0,
                new NoiseSource(new SplittableRandom(1L)));
            final double[] target = new double[6];
            final double[] antenna = new double[6];
            final double[] measured = new double[4];
            for (double t = rv.launchS() + 1.0; t < rv.impactS() - 1.0; t += 3.7) {
                final long nanos = nanos(t);
                rv.stateEcef(rotation, t, nanos, target);
                radar.placeAntenna(t, nanos);
                radar.measure(target, measured);
                platform.stateEcef(t, nanos, antenna);
                final SiteGeometry site = ship
                    ? SiteGeometry.atEcef(antenna[0], antenna[1], antenna[2])
                    : SiteGeometry.atDegrees(spec.site().latDeg(), spec.site().lonDeg(), spec.site().heightM());
                final double[] velocity = {antenna[3], antenna[4], antenna[5]};
                final double[] expected = site.measure(target, velocity);
                assertThat(measured[0]).as("range at %s s", t).isCloseTo(expected[0], within(1e-6));
                assertThat(Math.toDegrees(measured[1])).as("azimuth").isCloseTo(expected[1], within(1e-8));
                assertThat(Math.toDegrees(measured[2])).as("elevation").isCloseTo(expected[2], within(1e-8));
                assertThat(measured[3]).as("range rate").isCloseTo(expected[3], within(1e-6));
                // Range rate is d(range)/dt: a central difference of the range, antenna moving too.
                final double step = 0.01;
                final double rangeRate = (range(rv, platform, rotation, t + step) - range(rv, platform, rotation, t - step))
                    / (2.0 * step);
                assertThat(measured[3]).as("range rate against d(range)/dt").isCloseTo(rangeRate, within(1e-3));
                if (ship) {
                    largestShipTerm = Math.max(largestShipTerm,
                        Math.abs(expected[3] - site.measure(target, new double[3])[3]));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(200);
        // The ship's own 10 m/s shows in its range rates: the test above would catch it missing.
        assertThat(largestShipTerm).isGreaterThan(5.0);
    }

    @Test
    void measurementErrorsHaveTheConfiguredSigmas() {
        // Unresolved groups are measured at their centroid; they are checked on their own too.
        final double[][] sums = new double[4][3];
        final double[][] unresolved = new double[4][3];
        for (final SimulatedPlot arrived : recording.plots()) {
            final PlotRecord plot = arrived.plot();
            final SensorSpec spec = specs.get(plot.sensorId());
            if (arrived.isClutter() || spec.type() == SensorType.IR_LOS) {
                continue;
            }
            final double[] expected = expected(plot, spec, arrived.objectIds());
            final double[] sigma = {spec.sigmaRangeM(), spec.sigmaAzimuthDeg(), spec.sigmaElevationDeg(),
                spec.sigmaRangeRateMps()};
            final double[] error = {plot.rangeM() - expected[0], wrap(plot.azimuthDeg() - expected[1]),
                plot.elevationDeg() - expected[2], plot.rangeRateMps() - expected[3]};
            for (int k = 0; k < 4; k++) {
                final double normalised = error[k] / sigma[k];
                sums[k][0] += 1.0;
                sums[k][1] += normalised;
                sums[k][2] += normalised * normalised;
                if (arrived.isUnresolved()) {
                    unresolved[k][0] += 1.0;
                    unresolved[k][1] += normalised;
                    unresolved[k][2] += normalised * normalised;
                }
            }
        }
        final String[] names = {"range", "azimuth", "elevation", "range rate"};
        for (int k = 0; k < 4; k++) {
            final double n = unresolved[k][0];
            assertThat(n).as("unresolved plots compared").isGreaterThan(300.0);
            assertThat(unresolved[k][2]).as("unresolved %s chi-square, n = %s", names[k], n)
                .isBetween(chiSquareQuantile(n, -3.29), chiSquareQuantile(n, 3.29));
            assertThat(unresolved[k][1] / n).as("unresolved %s mean error in sigmas", names[k])
                .isCloseTo(0.0, within(4.0 / Math.sqrt(n)));
        }
        for (int k = 0; k < 4; k++) {
            final double n = sums[k][0];
            assertThat(n).as("plots compared").isGreaterThan(5_000.0);
            // The sum of n squared standard normals is chi-square with n degrees of freedom:
            // within its 0.05 % and 99.95 % quantiles (Wilson-Hilferty), and so the sample sigma
            // within 3 % of the configured one at this n.
            final double chiSquare = sums[k][2];
            assertThat(chiSquare).as("%s chi-square, n = %s", names[k], n)
                .isBetween(chiSquareQuantile(n, -3.29), chiSquareQuantile(n, 3.29));
            assertThat(Math.sqrt(chiSquare / n)).as("%s sigma ratio", names[k]).isCloseTo(1.0, within(0.03));
            assertThat(sums[k][1] / n).as("%s mean error in sigmas", names[k]).isCloseTo(0.0, within(4.0 / Math.sqrt(n)));
        }
    }

    @Test
    void detectionsAreInCoverageAndClutterWithinIt() {
        final Map<String, Integer> clutter = new HashMap<>();
        final Map<String, Long> lastScan = new HashMap<>();
        for (final SimulatedPlot arrived : recording.plots()) {
            final PlotRecord plot = arrived.plot();
            final SensorSpec spec = specs.get(plot.sensorId());
            if (spec.type() == SensorType.IR_LOS) {
                continue;
            }
            assertThat(plot.azimuthDeg()).isGreaterThanOrEqualTo(0.0).isLessThan(360.0);
            assertThat(plot.elevationDeg()).isBetween(-90.0, 90.0);
            // Scan ids count the scans: one a second from 0, so scan k is at (k - 1) s.
            assertThat(plot.scanId()).isEqualTo((plot.timeNanos() - scenario.epochNanos()) / 1_000_000_000L + 1);
            if (arrived.isClutter()) {
                clutter.merge(plot.sensorId(), 1, Integer::sum);
                assertThat(plot.elevationDeg()).isBetween(spec.maskDeg(), 90.0);
                assertThat(plot.rangeM()).isBetween(0.0, spec.maxRangeKm() * 1e3);
                assertThat(plot.rangeRateMps()).isBetween(-7_000.0, 7_000.0);
            } else {
                final double[] expected = expected(plot, spec, arrived.objectIds());
                assertThat(expected[2]).as("true elevation of a detection").isGreaterThanOrEqualTo(spec.maskDeg());
                assertThat(expected[0]).as("true range of a detection").isLessThanOrEqualTo(spec.maxRangeKm() * 1e3);
            }
        }
        // One false plot a scan on average, 801 scans per radar.
        for (final String radar : new String[] {"KOR-A", "JPN-SHIP", "USA-T"}) {
            assertThat(clutter.get(radar).doubleValue()).as("false plots of %s", radar).isCloseTo(801.0, within(120.0));
        }
    }

    @Test
    void aShipStaysOnItsCourseAtItsSpeed() {
        final ShipTrack ship = new ShipTrack(Math.toRadians(39.0), Math.toRadians(134.0), 10.0, Math.toRadians(45.0),
            25.0, 3_600.0);
        final double[] start = new double[6];
        final double[] later = new double[6];
        final double[] before = new double[6];
        final double[] after = new double[6];
        ship.stateEcef(0.0, 0L, start);
        ship.stateEcef(3_000.0, 0L, later);
        final SiteGeometry origin = SiteGeometry.atEcef(start[0], start[1], start[2]);
        final double[] seen = origin.measure(later, new double[3]);
        // 30 km along a rhumb line at 45 degrees; the chord is 70 m shorter than the arc's length
        // only at the fifth digit, and the line bends away from the straight chord by under 0.1 degree.
        assertThat(seen[0]).isCloseTo(30_000.0, within(1.0));
        assertThat(seen[1]).isCloseTo(45.0, within(0.1));
        assertThat(Math.sqrt(later[3] * later[3] + later[4] * later[4] + later[5] * later[5]))
            .isCloseTo(10.0, within(1e-9));
        ship.stateEcef(1_234.5, 0L, before);
        ship.stateEcef(1_235.5, 0L, after);
        ship.stateEcef(1_235.0, 0L, later);
        for (int k = 0; k < 3; k++) {
            assertThat(after[k] - before[k]).as("velocity %s", k).isCloseTo(later[3 + k], within(1e-6));
        }
    }

    /**
     * The noise-free measurement of a plot's object at the plot's time, by the tests' own
     * geometry; for an unresolved group, of the mean of its objects' states.
     */
    private static double[] expected(final PlotRecord plot, final SensorSpec spec, final List<String> objectIds) {
        final double[] target = new double[6];
        for (final String objectId : objectIds) {
            final TruthRecord state = truth.get(objectId).get(plot.timeNanos());
            assertThat(state).as("truth of %s at %s", objectId, plot.timeNanos()).isNotNull();
            final double[] one = {state.xM(), state.yM(), state.zM(), state.vxMps(), state.vyMps(), state.vzMps()};
            for (int k = 0; k < 6; k++) {
                target[k] += one[k];
            }
        }
        for (int k = 0; k < 6; k++) {
            target[k] /= objectIds.size();
        }
        if (spec.type() == SensorType.MOVING_RADAR) {
            return SiteGeometry.atEcef(plot.sensorXM(), plot.sensorYM(), plot.sensorZM())
                .measure(target, new double[] {plot.sensorVxMps(), plot.sensorVyMps(), plot.sensorVzMps()});
        }
        return SiteGeometry.atDegrees(spec.site().latDeg(), spec.site().lonDeg(), spec.site().heightM())
            .measure(target, new double[3]);
    }

    private static double range(
        final FlownObject object, final SensorPlatform platform, final EarthRotation rotation, final double t) {
        final double[] target = new double[6];
        final double[] antenna = new double[6];
        object.stateEcef(rotation, t, nanos(t), target);
        platform.stateEcef(t, nanos(t), antenna);
        return Math.sqrt(square(target[0] - antenna[0]) + square(target[1] - antenna[1]) + square(target[2] - antenna[2]));
    }

    private static long nanos(final double t) {
        return scenario.epochNanos() + Math.round(t * 1e9);
    }

    /** The chi-square quantile with n degrees of freedom at a standard normal z (Wilson-Hilferty). */
    private static double chiSquareQuantile(final double n, final double z) {
        final double c = 2.0 / (9.0 * n);
        return n * Math.pow(1.0 - c + z * Math.sqrt(c), 3.0);
    }

    private static double wrap(final double degrees) {
        return degrees - 360.0 * Math.rint(degrees / 360.0);
    }

    private static double square(final double x) {
        return x * x;
    }
}
