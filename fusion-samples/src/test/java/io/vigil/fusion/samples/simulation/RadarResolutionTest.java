package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.io.PlotRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A radar's resolution cell: objects closer than it give one plot at their centroid, objects
 * further apart one plot each.
 *
 * <p>The objects are laid out by hand around a point 600 km from a ground radar at 20 degrees
 * of elevation, moving in straight lines in the simulator's inertial frame (ECEF at the
 * epoch), so their separations are known exactly. The expected measurements come from the
 * tests' own geometry ({@link SiteGeometry}) applied to the true ECEF states.
 */
class RadarResolutionTest {

    private static final long EPOCH_NANOS = 1_772_334_000_000_000_000L;
    private static final double LAT_DEG = 36.1;
    private static final double LON_DEG = 127.6;
    private static final double SLANT_RANGE_M = 600_000.0;
    private static final double SIGMA_RANGE_M = 15.0;
    private static final double SIGMA_ANGLE_DEG = 0.05;
    private static final double SIGMA_RANGE_RATE_MPS = 1.0;

    private final EarthRotation rotation = new EarthRotation(EPOCH_NANOS);
    private final SiteGeometry site = SiteGeometry.atDegrees(LAT_DEG, LON_DEG, 0.0);
    private final double[] origin = SiteGeometry.ecef(Math.toRadians(LAT_DEG), Math.toRadians(LON_DEG), 0.0);
    /** Unit line of sight to the reference point (azimuth 270, elevation 20 degrees), ECEF at the epoch. */
    private final double[] line = enu(270.0, 20.0);
    /** A unit vector across the line of sight, in the same frame. */
    private final double[] across = enu(0.0, 0.0);

    @Test
    void twoObjectsFiveMetresApartGiveOnePlotAtTheirCentroid() {
        // 5 m apart along the line of sight, closing on each other at 40 m/s: the centroid's range
        // is 2.5 m from each and its range rate 20 m/s from each, both far beyond the mean's sigma.
        final MissileFlight pair = flight(
            object("A", 0.0, 0.0, 20.0), object("B", 5.0, 0.0, -20.0));
        final RadarSensor radar = defaultRadar(11L);
        final int looks = 2_000;
        final double[] sums = new double[4];
        for (int k = 1; k <= looks; k++) {
            final List<Seen> plots = look(radar, 0.0, k, pair);
            assertThat(plots).as("look %s", k).hasSize(1);
            assertThat(plots.get(0).ids()).containsExactly("A", "B");
            final PlotRecord plot = plots.get(0).plot();
            sums[0] += plot.rangeM();
            sums[1] += plot.azimuthDeg();
            sums[2] += plot.elevationDeg();
            sums[3] += plot.rangeRateMps();
        }
        final double[] centroid = measureCentroid(0.0, pair.objects());
        final double root = Math.sqrt(looks);
        final double meanRange = sums[0] / looks;
        assertThat(meanRange).isCloseTo(centroid[0], within(4.0 * SIGMA_RANGE_M / root));
        assertThat(sums[1] / looks).isCloseTo(centroid[1], within(4.0 * SIGMA_ANGLE_DEG / root));
        assertThat(sums[2] / looks).isCloseTo(centroid[2], within(4.0 * SIGMA_ANGLE_DEG / root));
        assertThat(sums[3] / looks).isCloseTo(centroid[3], within(4.0 * SIGMA_RANGE_RATE_MPS / root));
        // The mean is the centroid's and not either object's: the test can tell them apart.
        final double[] a = measureCentroid(0.0, pair.objects().subList(0, 1));
        final double[] b = measureCentroid(0.0, pair.objects().subList(1, 2));
        assertThat(Math.abs(meanRange - a[0])).isGreaterThan(1.5);
        assertThat(Math.abs(meanRange - b[0])).isGreaterThan(1.5);
        assertThat(Math.abs(sums[3] / looks - a[3])).isGreaterThan(15.0);
    }

    @Test
    void twoObjectsTwoKilometresApartGiveTwoPlots() {
        final MissileFlight pair = flight(object("A", 0.0, 0.0, 0.0), object("B", 2_000.0, 0.0, 0.0));
        final RadarSensor radar = defaultRadar(12L);
        final double rangeA = measureCentroid(0.0, pair.objects().subList(0, 1))[0];
        final double rangeB = measureCentroid(0.0, pair.objects().subList(1, 2))[0];
        for (int k = 1; k <= 200; k++) {
            final List<Seen> plots = look(radar, 0.0, k, pair);
            assertThat(plots).as("look %s", k).hasSize(2);
            assertThat(plots.get(0).ids()).containsExactly("A");
            assertThat(plots.get(1).ids()).containsExactly("B");
            assertThat(plots.get(0).plot().rangeM()).isCloseTo(rangeA, within(6.0 * SIGMA_RANGE_M));
            assertThat(plots.get(1).plot().rangeM()).isCloseTo(rangeB, within(6.0 * SIGMA_RANGE_M));
        }
    }

    @Test
    void separatingObjectsGoFromOnePlotToTwoWhenTheyLeaveTheCell() {
        // B leaves A at 10 m/s along the line of sight: out of the 30 m range cell after about 3 s.
        final MissileFlight pair = flight(object("A", 0.0, 0.0, 0.0), object("B", 0.0, 0.0, 10.0));
        final RadarSensor radar = defaultRadar(13L);
        int merged = 0;
        int resolved = 0;
        double lastMergedS = Double.NaN;
        double firstResolvedS = Double.NaN;
        for (int k = 0; k <= 40; k++) {
            final double timeS = 0.25 * k;
            final double separationM = Math.abs(measureCentroid(timeS, pair.objects().subList(1, 2))[0]
                - measureCentroid(timeS, pair.objects().subList(0, 1))[0]);
            final List<Seen> plots = look(radar, timeS, k + 1, pair);
            if (Math.abs(separationM - SensorSpec.DEFAULT_RANGE_RESOLUTION_M) < 0.5) {
                continue;
            }
            if (separationM < SensorSpec.DEFAULT_RANGE_RESOLUTION_M) {
                assertThat(plots).as("%s s, %s m apart", timeS, separationM).hasSize(1);
                merged++;
                lastMergedS = timeS;
            } else {
                assertThat(plots).as("%s s, %s m apart", timeS, separationM).hasSize(2);
                resolved++;
                if (Double.isNaN(firstResolvedS)) {
                    firstResolvedS = timeS;
                }
            }
        }
        assertThat(merged).isGreaterThanOrEqualTo(10);
        assertThat(resolved).isGreaterThanOrEqualTo(20);
        assertThat(lastMergedS).isLessThan(firstResolvedS);
    }

    @Test
    void threeObjectsChainedThroughTheMiddleOneGiveOnePlot() {
        // A-B and B-C are 20 m apart in range, inside the 30 m cell; A-C, 40 m, is not.
        final FlownObject a = object("A", 0.0, 0.0, 0.0);
        final FlownObject b = object("B", 20.0, 0.0, 0.0);
        final FlownObject c = object("C", 40.0, 0.0, 0.0);
        final RadarSensor alone = radar(30.0, SensorSpec.DEFAULT_ANGULAR_RESOLUTION_DEG, 14L);
        assertThat(look(alone, 0.0, 1, flight(a, c))).hasSize(2);

        // Whatever the order the objects come in, one group, named in that order.
        final RadarSensor chained = radar(30.0, SensorSpec.DEFAULT_ANGULAR_RESOLUTION_DEG, 15L);
        final double expectedRange = measureCentroid(0.0, List.of(a, b, c))[0];
        final int looks = 400;
        double sum = 0.0;
        for (int k = 1; k <= looks; k++) {
            final MissileFlight flight = k % 2 == 0 ? flight(a, b, c) : flight(b, c, a);
            final List<Seen> plots = look(chained, 0.0, k, flight);
            assertThat(plots).as("look %s", k).hasSize(1);
            assertThat(plots.get(0).ids()).containsExactlyElementsOf(
                flight.objects().stream().map(FlownObject::id).toList());
            sum += plots.get(0).plot().rangeM();
        }
        // The centroid of all three (B's range), not of a pair (10 m from it).
        assertThat(sum / looks).isCloseTo(expectedRange, within(4.0 * SIGMA_RANGE_M / Math.sqrt(looks)));
        assertThat(expectedRange - measureCentroid(0.0, List.of(b))[0]).isCloseTo(0.0, within(0.01));
    }

    @Test
    void objectsAtOneRangeMergeWithinTheBeamwidthAndResolveBeyondIt() {
        // 0.2 and 0.5 degrees apart across the line of sight, at the same range; the beam is 0.3 degrees.
        final double[] anglesDeg = {0.2, 0.5};
        final int[] expectedPlots = {1, 2};
        for (int i = 0; i < 2; i++) {
            final double halfM = SLANT_RANGE_M * Math.tan(Math.toRadians(0.5 * anglesDeg[i]));
            final FlownObject a = object("A", 0.0, -halfM, 0.0);
            final FlownObject b = object("B", 0.0, halfM, 0.0);
            final RadarSensor radar = defaultRadar(16L);
            final double[] rangeA = measureCentroid(0.0, List.of(a));
            final double[] rangeB = measureCentroid(0.0, List.of(b));
            assertThat(rangeA[0] - rangeB[0]).as("same range").isCloseTo(0.0, within(1e-3));
            for (int k = 1; k <= 50; k++) {
                assertThat(look(radar, 0.0, k, flight(a, b))).as("%s degrees apart", anglesDeg[i]).hasSize(expectedPlots[i]);
            }
        }
    }

    @Test
    void zeroResolutionResolvesEveryObject() {
        final MissileFlight pair = flight(object("A", 0.0, 0.0, 0.0), object("B", 5.0, 0.0, 0.0));
        final RadarSensor ideal = radar(0.0, 0.0, 17L);
        for (int k = 1; k <= 50; k++) {
            assertThat(look(ideal, 0.0, k, pair)).hasSize(2);
        }
    }

    @Test
    void aGroupIsDetectedOnceWithTheRadarsPd() {
        final MissileFlight pair = flight(object("A", 0.0, 0.0, 0.0), object("B", 5.0, 0.0, 0.0));
        final RadarSensor radar = radar(SensorSpec.DEFAULT_RANGE_RESOLUTION_M, SensorSpec.DEFAULT_ANGULAR_RESOLUTION_DEG,
            0.6, 18L);
        final int looks = 4_000;
        int plots = 0;
        for (int k = 1; k <= looks; k++) {
            final List<Seen> seen = look(radar, 0.0, k, pair);
            assertThat(seen).hasSizeLessThanOrEqualTo(1);
            plots += seen.size();
        }
        // Binomial(4000, 0.6): sigma 31. Two independent draws would give a plot 84 % of the time.
        assertThat((double) plots).isCloseTo(0.6 * looks, within(4.0 * Math.sqrt(looks * 0.6 * 0.4)));
    }

    @Test
    void theSameSeedGivesTheSamePlots() {
        final MissileFlight three = flight(object("A", 0.0, 0.0, 0.0), object("B", 20.0, 0.0, 5.0),
            object("C", 2_000.0, 0.0, 0.0));
        final List<PlotRecord> first = new ArrayList<>();
        final List<PlotRecord> second = new ArrayList<>();
        for (final List<PlotRecord> out : List.of(first, second)) {
            final RadarSensor radar = radar(30.0, 0.3, 19L);
            for (int k = 0; k < 20; k++) {
                for (final Seen seen : look(radar, 0.5 * k, k + 1, three)) {
                    out.add(seen.plot());
                }
            }
        }
        assertThat(first).hasSizeGreaterThan(20).isEqualTo(second);
    }

    /** A plot and the objects the radar says caused it. */
    private record Seen(PlotRecord plot, List<String> ids) {
    }

    private static List<Seen> look(final RadarSensor radar, final double timeS, final long scanId, final MissileFlight flight) {
        final List<Seen> plots = new ArrayList<>();
        radar.look(timeS, nanos(timeS), scanId, List.of(flight), (plot, ids) -> plots.add(new Seen(plot, ids)));
        return plots;
    }

    /** A radar with the default cell, as a scenario file without resolution fields gives. */
    private RadarSensor defaultRadar(final long seed) {
        return radar(SensorSpec.DEFAULT_RANGE_RESOLUTION_M, SensorSpec.DEFAULT_ANGULAR_RESOLUTION_DEG, seed);
    }

    private RadarSensor radar(final double rangeResolutionM, final double angularResolutionDeg, final long seed) {
        return radar(rangeResolutionM, angularResolutionDeg, 1.0, seed);
    }

    private RadarSensor radar(
        final double rangeResolutionM, final double angularResolutionDeg, final double pd, final long seed) {
        final SensorSpec spec = new SensorSpec("R", "KOR", SensorType.RADAR, new SensorSpec.Site(LAT_DEG, LON_DEG, 0.0),
            null, null, SIGMA_RANGE_M, SIGMA_ANGLE_DEG, SIGMA_ANGLE_DEG, true, SIGMA_RANGE_RATE_MPS, pd, 1_500.0, 1.0,
            1.0, 0.0, rangeResolutionM, angularResolutionDeg);
        return new RadarSensor(spec, new FixedSite(Math.toRadians(LAT_DEG), Math.toRadians(LON_DEG), 0.0), rotation,
            0.0, new NoiseSource(new SplittableRandom(seed)));
    }

    /**
     * An object on a straight inertial line through the reference point, offset along the line
     * of sight and across it at the epoch, moving along the line of sight.
     */
    private FlownObject object(final String id, final double alongM, final double acrossM, final double speedMps) {
        final FlightPath path = new FlightPath();
        final double[] state = new double[6];
        for (final double timeS : new double[] {0.0, 100.0}) {
            for (int k = 0; k < 3; k++) {
                state[k] = origin[k] + (SLANT_RANGE_M + alongM + speedMps * timeS) * line[k] + acrossM * across[k];
                state[3 + k] = speedMps * line[k];
            }
            path.add(timeS, state, true);
        }
        return new FlownObject(id, path, 0.0, 0.0, 0.0, true);
    }

    private static MissileFlight flight(final FlownObject... objects) {
        final LaunchSpec launch = new LaunchSpec("T", ThreatClass.MEDIUM_RANGE, 40.0, 125.0, 39.0, 137.0, 0.0, false, 0);
        return new MissileFlight(launch, List.of(objects), 0.0);
    }

    /** Range (m), azimuth (deg), elevation (deg), range rate (m/s) of the objects' mean ECEF state. */
    private double[] measureCentroid(final double timeS, final List<FlownObject> objects) {
        final double[] mean = new double[6];
        final double[] state = new double[6];
        for (final FlownObject object : objects) {
            object.stateEcef(rotation, timeS, nanos(timeS), state);
            for (int k = 0; k < 6; k++) {
                mean[k] += state[k] / objects.size();
            }
        }
        return site.measure(mean, new double[3]);
    }

    /** A unit vector at an azimuth and elevation from the site, ECEF components. */
    private static double[] enu(final double azimuthDeg, final double elevationDeg) {
        final double lat = Math.toRadians(LAT_DEG);
        final double lon = Math.toRadians(LON_DEG);
        final double az = Math.toRadians(azimuthDeg);
        final double el = Math.toRadians(elevationDeg);
        final double e = Math.cos(el) * Math.sin(az);
        final double n = Math.cos(el) * Math.cos(az);
        final double u = Math.sin(el);
        return new double[] {
            -Math.sin(lon) * e - Math.sin(lat) * Math.cos(lon) * n + Math.cos(lat) * Math.cos(lon) * u,
            Math.cos(lon) * e - Math.sin(lat) * Math.sin(lon) * n + Math.cos(lat) * Math.sin(lon) * u,
            Math.cos(lat) * n + Math.sin(lat) * u,
        };
    }

    private static long nanos(final double timeS) {
        return EPOCH_NANOS + Math.round(timeS * 1e9);
    }
}
