package io.vigil.fusion.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Geodesic} against GeographicLib 2.1.2 {@code GeodSolve -i -p 9} (see the comment
 * line of {@code geodesy/geodesic_inverse.csv} for how the table was made).
 *
 * <p>Measured on the 1,167 rows: distance within 7.5e-9 m of GeodSolve (whose own error is
 * about 15 nm). Azimuths within 4e-13 deg on every line from 1 km to 19,900 km; elsewhere
 * within 1e-9 deg plus the azimuths' own sensitivity to a 15 nm move of an endpoint, which
 * is what double precision allows: 8.8e-9 deg on the worst unique nearly antipodal line
 * (allowed 2e-7), 1.9e-7 deg on the worst 1 m line (allowed 8.5e-7), 1.8e-4 deg on the
 * worst 1 mm line (allowed 6.4e-4), and 9.8e-6 deg where lon12 is the equatorial limit
 * (1 - f) 180 deg to the last digit, where the azimuth goes as the square root of the
 * excess longitude and GeodSolve's degrees and our radians fall on opposite sides of it.
 * The literal 1e-9 deg is therefore not asked of lines shorter than about 100 m: rounding
 * the latitude of one end to a double (1.4 nm) already turns a 1 m line by 8e-8 deg.
 */
class GeodesicTest {

    private static final String TABLE = "/geodesy/geodesic_inverse.csv";

    /** GeodSolve's own error is about 15 nm; measured worst difference 7.5e-9 m. */
    private static final double DISTANCE_TOLERANCE_M = 3e-8;
    private static final double AZIMUTH_TOLERANCE_DEG = 1e-9;
    /** Measured worst 4.0e-13 deg on the lines from 1 km to 19,900 km. */
    private static final double WELL_CONDITIONED_AZIMUTH_TOLERANCE_DEG = 1e-12;
    /**
     * How far an endpoint is moved to measure how sensitive the azimuths are: GeodSolve's
     * accuracy (15 nm), which also covers the rounding of degrees to radians (an ulp of a
     * latitude near 1 rad is 1.4 nm) and of our own search (2 ulps of lambda12, 6 nm).
     */
    private static final double PROBE_M = 15e-9;

    private static final double A = Wgs84.SEMI_MAJOR_AXIS_M;
    private static final double HALF_MERIDIAN_M = 20_003_931.458625447; // GeodSolve -i -p 9: 90 0 -90 0
    private static final double EQUATORIAL_LIMIT = (1.0 - Wgs84.FLATTENING) * Math.PI;

    @Test
    void matchesGeodSolveOnEveryReferenceRow() {
        final ReferenceTable table = ReferenceTable.load(TABLE);
        assertThat(table.size()).isGreaterThan(1000);
        final double[] out = new double[3];
        final Measured.Worst distance = new Measured.Worst();
        for (int i = 0; i < table.size(); i++) {
            final Row row = Row.of(table, i);
            Geodesic.inverse(row.lat1, row.lon1, row.lat2, row.lon2, out);

            distance.of(out[Geodesic.DISTANCE] - row.s12M);
            assertThat(out[Geodesic.DISTANCE]).as(table.where(i)).isCloseTo(row.s12M, within(DISTANCE_TOLERANCE_M));
            assertThat(out[Geodesic.AZIMUTH_1]).as(table.where(i)).isBetween(0.0, Math.nextDown(2.0 * Math.PI));
            assertThat(out[Geodesic.AZIMUTH_2]).as(table.where(i)).isBetween(0.0, Math.nextDown(2.0 * Math.PI));

            // Where the shortest geodesic is not unique GeodSolve picks one of them; the check
            // is then that ours belongs to the same family. Elsewhere the azimuths are
            // compared up to what a 15 nm move of an endpoint does to them: for most lines
            // nothing, for a 1 m line 1e-6 deg, and near the cut locus of the antipode or the
            // end of the equatorial geodesics much more (the problem, not the method).
            final double azi1 = Math.toDegrees(out[Geodesic.AZIMUTH_1]);
            final double azi2 = Math.toDegrees(out[Geodesic.AZIMUTH_2]);
            final double tolerance = row.kind() == Kind.UNIQUE || row.kind() == Kind.MIRROR_PAIR
                ? AZIMUTH_TOLERANCE_DEG + azimuthSensitivityDeg(row, out)
                : AZIMUTH_TOLERANCE_DEG;
            assertThat(row.azimuthErrorDeg(azi1, azi2))
                .as("%s: %s kind %s, ours %.14f %.14f", table.where(i), row, row.kind(), azi1, azi2)
                .isLessThanOrEqualTo(tolerance);
        }
        distance.report("geodesic vs GeodSolve, worst distance difference (m)");
    }

    @Test
    void matchesGeodSolveAzimuthsToRoundingOnWellConditionedLines() {
        final ReferenceTable table = ReferenceTable.load(TABLE);
        final double[] out = new double[3];
        final Measured.Worst azimuth = new Measured.Worst();
        int checked = 0;
        for (int i = 0; i < table.size(); i++) {
            final Row row = Row.of(table, i);
            if (row.s12M < 1_000.0 || row.s12M > 19_900_000.0) {
                continue;
            }
            Geodesic.inverse(row.lat1, row.lon1, row.lat2, row.lon2, out);
            final double azi1 = Math.toDegrees(out[Geodesic.AZIMUTH_1]);
            final double azi2 = Math.toDegrees(out[Geodesic.AZIMUTH_2]);
            assertThat(row.kind()).as(table.where(i)).isEqualTo(Kind.UNIQUE);
            assertThat(azimuth.of(row.azimuthErrorDeg(azi1, azi2))).as(table.where(i))
                .isLessThanOrEqualTo(WELL_CONDITIONED_AZIMUTH_TOLERANCE_DEG);
            checked++;
        }
        assertThat(checked).isGreaterThan(600);
        azimuth.report("geodesic vs GeodSolve on lines of 1 km to 19,900 km, worst azimuth difference (deg)");
    }

    @Test
    void resolvesNearlyAntipodalPoints() {
        final ReferenceTable table = ReferenceTable.load(TABLE);
        final double[] out = new double[3];
        int antipodal = 0;
        for (int i = 0; i < table.size(); i++) {
            final Row row = Row.of(table, i);
            if (row.s12M > 19_900_000.0) {
                Geodesic.inverse(row.lat1, row.lon1, row.lat2, row.lon2, out);
                assertThat(out[Geodesic.DISTANCE]).as(table.where(i)).isCloseTo(row.s12M, within(DISTANCE_TOLERANCE_M));
                antipodal++;
            }
        }
        assertThat(antipodal).isGreaterThan(300);

        // A dense grid around the antipode, where the search is hardest: the distance must be
        // no longer than the path over either pole, and continuous (a neighbour 0.01 deg of
        // longitude away is at most that far, by the triangle inequality).
        final double step = Math.toRadians(0.01);
        for (final double lat1Deg : new double[] {-60.0, -20.0, -3.0, -0.5, -0.01, 0.0}) {
            final double lat1 = Math.toRadians(lat1Deg);
            for (double dLat = -0.3; dLat <= 0.3; dLat += 0.05) {
                final double lat2 = Math.toRadians(-lat1Deg + dLat);
                final double overSouthPole = meridianArc(lat1, -Math.PI / 2.0) + meridianArc(-Math.PI / 2.0, lat2);
                final double overNorthPole = meridianArc(lat1, Math.PI / 2.0) + meridianArc(Math.PI / 2.0, lat2);
                double previous = Double.NaN;
                for (double lon2 = Math.toRadians(179.0); lon2 <= Math.PI; lon2 += step) {
                    final double s12 = Geodesic.distance(lat1, 0.0, lat2, lon2);
                    assertThat(s12).as("lat1 %s dLat %s lon2 %s", lat1Deg, dLat, lon2)
                        .isLessThanOrEqualTo(Math.min(overSouthPole, overNorthPole) + DISTANCE_TOLERANCE_M);
                    if (!Double.isNaN(previous)) {
                        final double neighbourGap = Geodesic.distance(lat2, lon2 - step, lat2, lon2);
                        assertThat(Math.abs(s12 - previous)).as("lat1 %s dLat %s lon2 %s", lat1Deg, dLat, lon2)
                            .isLessThanOrEqualTo(neighbourGap + DISTANCE_TOLERANCE_M);
                    }
                    previous = s12;
                }
            }
        }
    }

    @Test
    void followsTheEquatorUpToItsLimitAndLeavesItBeyond() {
        final double[] out = new double[3];
        final double below = EQUATORIAL_LIMIT * (1.0 - 1e-9);
        Geodesic.inverse(0.0, 0.0, 0.0, below, out);
        assertThat(out[Geodesic.DISTANCE]).isEqualTo(A * below);
        assertThat(out[Geodesic.AZIMUTH_1]).isEqualTo(Math.PI / 2.0);
        assertThat(out[Geodesic.AZIMUTH_2]).isEqualTo(Math.PI / 2.0);

        // Beyond the limit the equator is past its conjugate point: two shorter geodesics,
        // mirror images north and south, each arriving at the azimuth the other leaves at.
        final double beyond = EQUATORIAL_LIMIT + 1e-6;
        Geodesic.inverse(0.0, 0.0, 0.0, beyond, out);
        assertThat(out[Geodesic.DISTANCE]).isLessThan(A * beyond);
        assertThat(Math.abs(out[Geodesic.AZIMUTH_1] - Math.PI / 2.0)).isGreaterThan(1e-5);
        assertThat(out[Geodesic.AZIMUTH_1] + out[Geodesic.AZIMUTH_2]).isCloseTo(Math.PI, within(1e-12));

        // At 180 deg the meridian through a pole is the shortest of all.
        Geodesic.inverse(0.0, 0.3, 0.0, 0.3 + Math.PI, out);
        assertThat(out[Geodesic.DISTANCE]).isCloseTo(HALF_MERIDIAN_M, within(DISTANCE_TOLERANCE_M));
    }

    @Test
    void reportsZeroDistanceAndZeroAzimuthsForCoincidentPoints() {
        final double[] out = {Double.NaN, Double.NaN, Double.NaN};
        Geodesic.inverse(0.3, -Math.PI, 0.3, Math.PI, out); // one point, both sides of the antimeridian
        assertThat(out).containsExactly(0.0, 0.0, 0.0);
        assertThat(Geodesic.distance(-Math.PI / 2.0, 0.4, -Math.PI / 2.0, 0.4)).isZero();
    }

    @Test
    void acceptsThePolesAndMeasuresTheMeridianBetweenThem() {
        assertThat(Geodesic.distance(Math.PI / 2.0, 0.0, -Math.PI / 2.0, 1.0))
            .isCloseTo(HALF_MERIDIAN_M, within(DISTANCE_TOLERANCE_M));
    }

    @Test
    void isSymmetricUnderSwappingThePoints() {
        final SplittableRandom random = new SplittableRandom(20260117L);
        final double[] forward = new double[3];
        final double[] backward = new double[3];
        for (int i = 0; i < 20_000; i++) {
            final double lat1 = Math.asin(2.0 * random.nextDouble() - 1.0);
            final double lon1 = (2.0 * random.nextDouble() - 1.0) * Math.PI;
            final double lat2 = Math.asin(2.0 * random.nextDouble() - 1.0);
            final double lon2 = (2.0 * random.nextDouble() - 1.0) * Math.PI;
            Geodesic.inverse(lat1, lon1, lat2, lon2, forward);
            Geodesic.inverse(lat2, lon2, lat1, lon1, backward);
            // Both orders reduce to the same canonical problem, so the distance is bit-identical.
            assertThat(backward[Geodesic.DISTANCE]).isEqualTo(forward[Geodesic.DISTANCE]);
            assertThat(angleDifference(backward[Geodesic.AZIMUTH_1], forward[Geodesic.AZIMUTH_2] + Math.PI, 2.0 * Math.PI))
                .isLessThan(1e-13);
            assertThat(angleDifference(backward[Geodesic.AZIMUTH_2], forward[Geodesic.AZIMUTH_1] + Math.PI, 2.0 * Math.PI))
                .isLessThan(1e-13);
        }
    }

    @Test
    void distanceIsTheDistanceOfInverse() {
        final SplittableRandom random = new SplittableRandom(7L);
        final double[] out = new double[3];
        for (int i = 0; i < 1_000; i++) {
            final double lat1 = Math.asin(2.0 * random.nextDouble() - 1.0);
            final double lat2 = Math.asin(2.0 * random.nextDouble() - 1.0);
            final double lon2 = (2.0 * random.nextDouble() - 1.0) * Math.PI;
            Geodesic.inverse(lat1, 0.0, lat2, lon2, out);
            assertThat(Geodesic.distance(lat1, 0.0, lat2, lon2)).isEqualTo(out[Geodesic.DISTANCE]);
        }
    }

    @Test
    void rejectsInvalidLatitudesAndLongitudesNamingTheValue() {
        final double[] out = new double[3];
        final double overPole = Math.nextUp(Math.PI / 2.0);
        assertThatThrownBy(() -> Geodesic.inverse(overPole, 0.0, 0.0, 0.0, out))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("lat1Rad").hasMessageContaining(Double.toString(overPole));
        assertThatThrownBy(() -> Geodesic.inverse(0.0, 0.0, -2.0, 0.0, out))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("lat2Rad").hasMessageContaining("-2.0");
        assertThatThrownBy(() -> Geodesic.distance(Double.NaN, 0.0, 0.0, 0.0))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("lat1Rad").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Geodesic.distance(0.0, 0.0, 0.0, Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("lon2Rad").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Geodesic.inverse(0.0, 0.0, 0.1, 0.1, new double[2]))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("length");
    }

    @Test
    void allocatesNothingPerCall() {
        final double[] out = new double[3];
        final double[] sink = new double[1];
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            Geodesic.inverse(0.7, -1.9, -0.2, 2.4, out);
            Geodesic.inverse(-0.5, 0.0, 0.5001, 3.1405, out); // nearly antipodal: a long search
            sink[0] += Geodesic.distance(0.1, 0.2, 0.3, 0.4) + out[Geodesic.DISTANCE];
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
        assertThat(sink[0]).isPositive();
    }

    /** The largest change of either azimuth, degrees, when one endpoint moves by PROBE_M. */
    private static double azimuthSensitivityDeg(final Row row, final double[] base) {
        final double d = PROBE_M / A;
        final double[] moved = new double[3];
        double worst = 0.0;
        for (int point = 0; point < 2; point++) {
            for (int direction = 0; direction < 4; direction++) {
                final double dLat = direction == 0 ? d : direction == 1 ? -d : 0.0;
                final double dLon = direction == 2 ? d : direction == 3 ? -d : 0.0;
                final double lat1 = point == 0 ? clampLatitude(row.lat1 + dLat) : row.lat1;
                final double lon1 = point == 0 ? row.lon1 + dLon : row.lon1;
                final double lat2 = point == 1 ? clampLatitude(row.lat2 + dLat) : row.lat2;
                final double lon2 = point == 1 ? row.lon2 + dLon : row.lon2;
                Geodesic.inverse(lat1, lon1, lat2, lon2, moved);
                final double change1 = angleDifference(moved[Geodesic.AZIMUTH_1], base[Geodesic.AZIMUTH_1], 2.0 * Math.PI);
                final double change2 = angleDifference(moved[Geodesic.AZIMUTH_2], base[Geodesic.AZIMUTH_2], 2.0 * Math.PI);
                double change = Math.max(change1, change2);
                if (row.kind() == Kind.MIRROR_PAIR) {
                    // A move may select the mirror geodesic: that is not a change of azimuth.
                    final double swapped1 = angleDifference(moved[Geodesic.AZIMUTH_1], base[Geodesic.AZIMUTH_2], 2.0 * Math.PI);
                    final double swapped2 = angleDifference(moved[Geodesic.AZIMUTH_2], base[Geodesic.AZIMUTH_1], 2.0 * Math.PI);
                    change = Math.min(change, Math.max(swapped1, swapped2));
                }
                worst = Math.max(worst, change);
            }
        }
        return Math.toDegrees(worst);
    }

    private static double meridianArc(final double fromLat, final double toLat) {
        return Geodesic.distance(fromLat, 0.0, toLat, 0.0);
    }

    private static double clampLatitude(final double lat) {
        return Math.max(-Math.PI / 2.0, Math.min(Math.PI / 2.0, lat));
    }

    /** |x - y| modulo period, in [0, period / 2]. */
    private static double angleDifference(final double x, final double y, final double period) {
        return Math.abs(Math.IEEEremainder(x - y, period));
    }

    /**
     * GeodSolve's catalogue of inverse problems without a unique shortest geodesic
     * ({@code GeodSolve --help}, MULTIPLE SOLUTIONS), for an oblate ellipsoid.
     */
    private enum Kind {
        /** One shortest geodesic. */
        UNIQUE,
        /** s12 = 0: any (azi1 + d, azi2 + d). */
        COINCIDENT,
        /** Points at opposite poles: any (azi1 + d, azi2 - d). */
        OPPOSITE_POLES,
        /** lat1 = -lat2 with azi1 != azi2: also (azi2, azi1), the mirror image across the equator. */
        MIRROR_PAIR
    }

    /** A reference row, angles converted to radians as a caller would. */
    private record Row(
        double lat1, double lon1, double lat2, double lon2,
        double lat1Deg, double lat2Deg, double azi1Deg, double azi2Deg, double s12M) {

        static Row of(final ReferenceTable table, final int i) {
            final double lat1Deg = table.get(i, "lat1_deg");
            final double lat2Deg = table.get(i, "lat2_deg");
            return new Row(
                Math.toRadians(lat1Deg), Math.toRadians(table.get(i, "lon1_deg")),
                Math.toRadians(lat2Deg), Math.toRadians(table.get(i, "lon2_deg")),
                lat1Deg, lat2Deg, table.get(i, "azi1_deg"), table.get(i, "azi2_deg"), table.get(i, "s12_m"));
        }

        Kind kind() {
            if (s12M == 0.0) {
                return Kind.COINCIDENT;
            }
            if (Math.abs(lat1Deg) == 90.0 && lat2Deg == -lat1Deg) {
                return Kind.OPPOSITE_POLES;
            }
            if (lat1Deg == -lat2Deg && angleDifference(azi1Deg, azi2Deg, 360.0) > AZIMUTH_TOLERANCE_DEG) {
                return Kind.MIRROR_PAIR;
            }
            return Kind.UNIQUE;
        }

        /** Distance, degrees, of (azi1, azi2) from the nearest of GeodSolve's geodesics. */
        double azimuthErrorDeg(final double azi1, final double azi2) {
            final double direct = Math.max(
                angleDifference(azi1, azi1Deg, 360.0), angleDifference(azi2, azi2Deg, 360.0));
            switch (kind()) {
                case COINCIDENT:
                    return angleDifference(azi2 - azi1, azi2Deg - azi1Deg, 360.0);
                case OPPOSITE_POLES:
                    return angleDifference(azi1 + azi2, azi1Deg + azi2Deg, 360.0);
                case MIRROR_PAIR:
                    return Math.min(direct, Math.max(
                        angleDifference(azi1, azi2Deg, 360.0), angleDifference(azi2, azi1Deg, 360.0)));
                default:
                    return direct;
            }
        }
    }
}
