package io.vigil.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Line-of-sight triangulation: exactness without noise, consistency of the point's
 * covariance and of the residual chi-square (two and three satellites), the time-offset
 * inflation, the refusals (parallel lines, rays that miss, a point behind a sensor), the
 * window, and zero allocation.
 */
class LineOfSightTriangulationTest {

    static final long SECOND = 1_000_000_000L;
    static final double EARTH = 6_378_137.0;
    static final double GEO = 42_164_000.0;
    static final double SIGMA = 30e-6;
    private static final long T0 = 1_700_000_000L * SECOND;

    @Test
    void noiseFreeRaysMeetAtTheTargetToAMillimetre() {
        final SplittableRandom random = new SplittableRandom(101L);
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(4);
        final Measured.Worst worst = new Measured.Worst();
        int solved = 0;
        for (int run = 0; run < 3_000; run++) {
            final double[] target = TwoPointInitiatorTest.randomPoint(random, EARTH + random.nextDouble(50e3, 1_500e3));
            final int k = 2 + run % 3;
            triangulation.reset(T0);
            for (int i = 0; i < k; i++) {
                final double[] satellite = visibleSatellite(random, target, GEO);
                final long offset = (long) (random.nextDouble(-0.2, 0.2) * SECOND);
                assertThat(triangulation.add(satellite, direction(satellite, target), SIGMA, T0 + offset)).isTrue();
            }
            if (!triangulation.solve()) {
                assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.NEARLY_PARALLEL);
                assertThat(triangulation.parallaxRad()).isLessThan(Math.toRadians(1.0));
                continue;
            }
            solved++;
            assertThat(worst.of(distance(triangulation.point(), target))).as("run %d", run).isLessThan(1e-3);
            assertThat(triangulation.chiSquare()).isLessThan(1e-9);
            assertThat(triangulation.degreesOfFreedom()).isEqualTo(2 * k - 3);
            assertSymmetricPositive(triangulation.covariance());
        }
        assertThat(solved).isGreaterThan(2_900);
        worst.report("triangulation error without noise, worst of 3,000 GEO geometries (m)");
    }

    @Test
    void twoGeostationarySatellitesGiveAConsistentPointAndResidual() {
        final SplittableRandom random = new SplittableRandom(2_026L);
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(2);
        final int runs = 10_000;
        double neesSum = 0.0;
        double chiSum = 0.0;
        double squaredError = 0.0;
        double sigmaSum = 0.0;
        double parallaxSum = 0.0;
        int gated = 0;
        for (int run = 0; run < runs; run++) {
            // Target 100 km up near the equator; satellites on the GEO ring 17 deg of longitude
            // either side of it, which puts them about 40 deg apart as seen from the target.
            final double longitude = random.nextDouble(-Math.PI, Math.PI);
            final double latitude = Math.toRadians(random.nextDouble(-5.0, 5.0));
            final double[] target = spherical(EARTH + 100e3, latitude, longitude);
            final double[] east = spherical(GEO, 0.0, longitude + Math.toRadians(17.0));
            final double[] west = spherical(GEO, 0.0, longitude - Math.toRadians(17.0));
            triangulation.reset(T0);
            triangulation.add(east, noisyDirection(random, east, target, SIGMA), SIGMA, T0);
            triangulation.add(west, noisyDirection(random, west, target, SIGMA), SIGMA, T0);
            if (!triangulation.solve()) {
                assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.RESIDUAL_GATE);
                gated++;
            }
            final double angle = Math.toDegrees(triangulation.parallaxRad());
            assertThat(angle).isBetween(38.0, 42.0);
            parallaxSum += angle;
            neesSum += nees3(triangulation.point(), target, triangulation.covariance());
            chiSum += triangulation.chiSquare();
            squaredError += square(distance(triangulation.point(), target));
            final double[] c = triangulation.covariance();
            sigmaSum += Math.sqrt(c[0] + c[4] + c[8]);
        }
        Measured.report("GEO pair: angle between the lines of sight at the target (deg)", parallaxSum / runs);
        Measured.report("GEO pair at 30 urad: RMS 3-D position error (m)", Math.sqrt(squaredError / runs));
        Measured.report("GEO pair at 30 urad: mean sqrt(trace P) (m)", sigmaSum / runs);
        Measured.report("GEO pair: fraction refused by the 0.999 residual gate", (double) gated / runs);
        assertThat(gated).isLessThan(runs / 200);
        assertMeanChiSquare(neesSum, runs, 3, "GEO pair, mean NEES of the triangulated point");
        assertMeanChiSquare(chiSum, runs, 1, "GEO pair, mean residual chi-square");
    }

    @Test
    void threeSatellitesGiveAConsistentPointAndAThreeDegreeResidual() {
        final SplittableRandom random = new SplittableRandom(3_003L);
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(3);
        final int runs = 5_000;
        double neesSum = 0.0;
        double chiSum = 0.0;
        int solved = 0;
        while (solved < runs) {
            final double[] target = TwoPointInitiatorTest.randomPoint(random, EARTH + random.nextDouble(100e3, 600e3));
            triangulation.reset(T0);
            for (int i = 0; i < 3; i++) {
                final double[] satellite = visibleSatellite(random, target, random.nextDouble(GEO - 5e6, GEO + 5e6));
                final double sigma = SIGMA * (1 + i); // unequal sensors
                triangulation.add(satellite, noisyDirection(random, satellite, target, sigma), sigma, T0);
            }
            if (!triangulation.solve()) {
                if (triangulation.refusal() == LineOfSightTriangulation.Refusal.NEARLY_PARALLEL) {
                    continue; // three satellites within a degree of one line: draw again
                }
                assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.RESIDUAL_GATE);
            }
            solved++;
            neesSum += nees3(triangulation.point(), target, triangulation.covariance());
            chiSum += triangulation.chiSquare();
        }
        assertMeanChiSquare(neesSum, runs, 3, "three satellites, mean NEES of the triangulated point");
        assertMeanChiSquare(chiSum, runs, 3, "three satellites, mean residual chi-square");
    }

    @Test
    void theTimeOffsetInflationAccountsForATargetAtTheMaximumSpeed() {
        // A target at exactly v_max in a random direction; the second ray up to the window
        // away from the reference time. Without the inflation the point is over-confident.
        final SplittableRandom random = new SplittableRandom(77L);
        final LineOfSightTriangulation inflated = new LineOfSightTriangulation(2);
        final LineOfSightTriangulation plain = new LineOfSightTriangulation(2,
            LineOfSightTriangulation.DEFAULT_WINDOW_NANOS, 0.0, LineOfSightTriangulation.DEFAULT_MIN_ANGLE_RAD, 0.999);
        final int runs = 10_000;
        double neesSum = 0.0;
        double chiSum = 0.0;
        double plainNeesSum = 0.0;
        for (int run = 0; run < runs; run++) {
            final double longitude = random.nextDouble(-Math.PI, Math.PI);
            final double[] target = spherical(EARTH + random.nextDouble(100e3, 300e3), 0.0, longitude);
            final double[] east = spherical(GEO, 0.0, longitude + Math.toRadians(17.0));
            final double[] west = spherical(GEO, 0.0, longitude - Math.toRadians(17.0));
            final double[] velocity = TwoPointInitiatorTest.scaled(TwoPointInitiatorTest.randomUnit(random),
                LineOfSightTriangulation.DEFAULT_MAX_SPEED_MPS);
            final long offset = (long) (random.nextDouble(-0.2, 0.2) * SECOND);
            final double dt = offset * 1e-9;
            final double[] moved = {target[0] + velocity[0] * dt, target[1] + velocity[1] * dt,
                target[2] + velocity[2] * dt};
            final double[] first = noisyDirection(random, east, target, SIGMA);
            final double[] second = noisyDirection(random, west, moved, SIGMA);
            for (final LineOfSightTriangulation t : new LineOfSightTriangulation[] {inflated, plain}) {
                t.reset(T0);
                t.add(east, first, SIGMA, T0);
                t.add(west, second, SIGMA, T0 + offset);
                t.solve();
            }
            neesSum += nees3(inflated.point(), target, inflated.covariance());
            chiSum += inflated.chiSquare();
            plainNeesSum += nees3(plain.point(), target, plain.covariance());
        }
        // The displacement is a fixed length in a random direction, not Gaussian: the mean
        // NEES is 3 in expectation, but its spread is not chi-square's; the bounds are wider.
        Measured.report("moving target, offset ray inflated: mean NEES (3 expected)", neesSum / runs);
        Measured.report("moving target, offset ray inflated: mean residual chi-square (1 expected)", chiSum / runs);
        Measured.report("moving target, offset ray not inflated: mean NEES", plainNeesSum / runs);
        assertThat(neesSum / runs).isBetween(2.85, 3.15);
        assertThat(chiSum / runs).isBetween(0.93, 1.07);
        // Without it the mean NEES is outside the 95 % bounds of chi-square(3) for this count.
        assertThat(plainNeesSum / runs).isGreaterThan(ChiSquare.quantile(0.975, 3.0 * runs) / runs);
    }

    @Test
    void refusesNearlyParallelAndCollinearRays() {
        final double[] target = {EARTH + 100e3, 0.0, 0.0};
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(3);
        // Two satellites 0.5 deg apart as seen from the target: refused; 1.5 deg: accepted.
        for (final double degrees : new double[] {0.5, 1.5}) {
            final double[] a = along(target, new double[] {1.0, 0.0, 0.0}, 36_000e3);
            final double half = Math.toRadians(degrees);
            final double[] b = along(target, new double[] {Math.cos(half), Math.sin(half), 0.0}, 36_000e3);
            triangulation.reset(T0);
            triangulation.add(a, direction(a, target), SIGMA, T0);
            triangulation.add(b, direction(b, target), SIGMA, T0);
            final boolean solved = triangulation.solve();
            assertThat(solved).as("%.1f deg", degrees).isEqualTo(degrees > 1.0);
            assertThat(Math.toDegrees(triangulation.parallaxRad())).isCloseTo(degrees, within(1e-9));
            if (!solved) {
                assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.NEARLY_PARALLEL);
                assertThat(triangulation.point()[0]).isNaN();
            }
        }
        // Two sensors on opposite sides of the target along one line: the lines coincide.
        final double[] above = along(target, new double[] {1.0, 0.0, 0.0}, 36_000e3);
        final double[] below = along(target, new double[] {-1.0, 0.0, 0.0}, 2_000e3);
        triangulation.reset(T0);
        triangulation.add(above, direction(above, target), SIGMA, T0);
        triangulation.add(below, direction(below, target), SIGMA, T0);
        assertThat(triangulation.solve()).isFalse();
        assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.NEARLY_PARALLEL);
        // One ray alone.
        triangulation.reset(T0);
        triangulation.add(above, direction(above, target), SIGMA, T0);
        assertThat(triangulation.solve()).isFalse();
        assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.TOO_FEW_RAYS);
    }

    @Test
    void raysPassingFiftyKilometresApartAreRefusedByTheGate() {
        final double[] target = {EARTH + 100e3, 0.0, 0.0};
        final double[] east = spherical(GEO, 0.0, Math.toRadians(17.0));
        final double[] west = spherical(GEO, 0.0, Math.toRadians(-17.0));
        final double[] u = direction(east, target);
        final double[] w = direction(west, target);
        final double[] normal = unit(cross(u, w));
        final double[] elsewhere = along(target, normal, 50e3);
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(2);
        triangulation.reset(T0);
        triangulation.add(east, u, SIGMA, T0);
        triangulation.add(west, direction(west, elsewhere), SIGMA, T0);
        assertThat(triangulation.solve()).isFalse();
        assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.RESIDUAL_GATE);
        Measured.report("residual chi-square of GEO rays 50 km apart at 30 urad", triangulation.chiSquare());
        assertThat(triangulation.chiSquare()).isGreaterThan(50.0 * triangulation.gate(2));
        assertThat(triangulation.point()[0]).isFinite(); // readable for diagnostics

        // The gate is chi2 = m^2 / (sigma_1^2 r_1^2 + sigma_2^2 r_2^2) <= gamma for a miss m
        // along the common perpendicular: just inside passes, just outside does not.
        final double variance = square(SIGMA * distance(east, target)) + square(SIGMA * distance(west, target));
        final double k = Math.sqrt(ChiSquare.quantile(0.999, 1.0));
        for (final double sigmas : new double[] {k - 0.01, k + 0.01}) {
            final double[] shifted = along(target, normal, sigmas * Math.sqrt(variance));
            triangulation.reset(T0);
            triangulation.add(east, u, SIGMA, T0);
            triangulation.add(west, direction(west, shifted), SIGMA, T0);
            assertThat(triangulation.solve()).as("%.3f sigmas apart", sigmas).isEqualTo(sigmas < k);
            assertThat(triangulation.chiSquare()).isCloseTo(sigmas * sigmas, within(1e-3));
        }
    }

    @Test
    void aPointBehindASensorIsRefused() {
        final double[] target = {EARTH + 100e3, 0.0, 0.0};
        final double[] east = spherical(GEO, 0.0, Math.toRadians(17.0));
        final double[] west = spherical(GEO, 0.0, Math.toRadians(-17.0));
        final double[] away = direction(west, target);
        for (int k = 0; k < 3; k++) {
            away[k] = -away[k];
        }
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(2);
        triangulation.reset(T0);
        triangulation.add(east, direction(east, target), SIGMA, T0);
        triangulation.add(west, away, SIGMA, T0); // the line passes through the target, the ray does not
        assertThat(triangulation.solve()).isFalse();
        assertThat(triangulation.refusal()).isEqualTo(LineOfSightTriangulation.Refusal.BEHIND_SENSOR);
        assertThat(triangulation.point()[0]).isNaN();
    }

    @Test
    void acceptsRaysOnlyWithinTheWindowOfTheReferenceTime() {
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(2);
        final double[] target = {EARTH + 100e3, 0.0, 0.0};
        final double[] east = spherical(GEO, 0.0, Math.toRadians(17.0));
        final double[] u = direction(east, target);
        final long window = LineOfSightTriangulation.DEFAULT_WINDOW_NANOS;
        triangulation.reset(T0);
        assertThat(triangulation.add(east, u, SIGMA, T0 + window + 1)).isFalse();
        assertThat(triangulation.add(east, u, SIGMA, T0 - window - 1)).isFalse();
        assertThat(triangulation.rays()).isZero();
        assertThat(triangulation.add(east, u, SIGMA, T0 - window)).isTrue();
        assertThat(triangulation.add(east, u, SIGMA, T0 + window)).isTrue();
        assertThatThrownBy(() -> triangulation.add(east, u, SIGMA, T0)).isInstanceOf(IllegalStateException.class);
        // The inflation at the window's edge: (v_max 0.2 s / r)^2 / 3 added to sigma^2.
        triangulation.reset(T0);
        final double[] west = spherical(GEO, 0.0, Math.toRadians(-17.0));
        triangulation.add(east, u, SIGMA, T0);
        triangulation.add(west, direction(west, target), SIGMA, T0 + window);
        assertThat(triangulation.solve()).isTrue();
        final double r = triangulation.range(1);
        assertThat(r).isCloseTo(distance(west, target), within(1e-3));
        assertThat(triangulation.effectiveSigma(0)).isEqualTo(SIGMA);
        assertThat(triangulation.effectiveSigma(1))
            .isCloseTo(Math.sqrt(SIGMA * SIGMA + square(7_500.0 * 0.2 / r) / 3.0), within(1e-15));
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> new LineOfSightTriangulation(1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(">= 2 rays");
        assertThatThrownBy(() -> new LineOfSightTriangulation(2, -1L, 7_500.0, 0.01, 0.999))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineOfSightTriangulation(2, SECOND, Double.NaN, 0.01, 0.999))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineOfSightTriangulation(2, SECOND, 7_500.0, 2.0, 0.999))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineOfSightTriangulation(2, SECOND, 7_500.0, 0.01, 1.0))
            .isInstanceOf(IllegalArgumentException.class);
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(2);
        triangulation.reset(T0);
        final double[] origin = {GEO, 0.0, 0.0};
        assertThatThrownBy(() -> triangulation.add(origin, new double[] {-1.0, 0.01, 0.0}, SIGMA, T0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit vector");
        assertThatThrownBy(() -> triangulation.add(origin, new double[] {-1.0, 0.0, 0.0}, 0.0, T0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma");
        assertThatThrownBy(() -> triangulation.add(new double[] {Double.NaN, 0.0, 0.0}, new double[] {-1.0, 0.0, 0.0},
            SIGMA, T0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThat(triangulation.rays()).isZero();
        assertThatThrownBy(() -> triangulation.gate(3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(triangulation.gate(2)).isCloseTo(10.828, within(1e-3));
    }

    @Test
    void allocatesNothingPerSolve() {
        final SplittableRandom random = new SplittableRandom(9L);
        final int count = 64;
        final double[][] satellites = new double[3 * count][];
        final double[][] directions = new double[3 * count][];
        for (int i = 0; i < count; i++) {
            final double[] target = TwoPointInitiatorTest.randomPoint(random, EARTH + 200e3);
            for (int k = 0; k < 3; k++) {
                satellites[3 * i + k] = visibleSatellite(random, target, GEO);
                directions[3 * i + k] = noisyDirection(random, satellites[3 * i + k], target, SIGMA);
            }
        }
        final LineOfSightTriangulation triangulation = new LineOfSightTriangulation(3);
        final int[] next = {0};
        final Runnable work = () -> {
            final int i = next[0]++ % count;
            triangulation.reset(T0);
            for (int k = 0; k < 2 + i % 2; k++) {
                triangulation.add(satellites[3 * i + k], directions[3 * i + k], SIGMA, T0 + k * SECOND / 20);
            }
            triangulation.solve();
        };
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 10_000)).isZero();
    }

    // ----------------------------------------------------------------------------------

    static void assertMeanChiSquare(final double sum, final int runs, final int degrees, final String what) {
        final double mean = sum / runs;
        final double lower = ChiSquare.quantile(0.025, (double) degrees * runs) / runs;
        final double upper = ChiSquare.quantile(0.975, (double) degrees * runs) / runs;
        Measured.report(what + " (chi-square(" + degrees + ") mean " + degrees + ")", mean);
        assertThat(mean).as("%s, 95 %% bounds [%.3f, %.3f]", what, lower, upper).isBetween(lower, upper);
    }

    static double nees3(final double[] estimate, final double[] truth, final double[] covariance) {
        final double[] lower = new double[9];
        assertThat(DenseKernels.cholesky(covariance, lower, 3)).isPositive();
        final double[] error = {estimate[0] - truth[0], estimate[1] - truth[1], estimate[2] - truth[2]};
        return DenseKernels.mahalanobisSquared(lower, error, new double[3], 3);
    }

    static void assertSymmetricPositive(final double[] c) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(c[3 * i + j]).isEqualTo(c[3 * j + i]);
            }
        }
        assertThat(DenseKernels.cholesky(c, new double[9], 3)).isPositive();
    }

    /** A point at radius {@code radius}, geocentric latitude and longitude in radians. */
    static double[] spherical(final double radius, final double latitude, final double longitude) {
        return new double[] {radius * Math.cos(latitude) * Math.cos(longitude),
            radius * Math.cos(latitude) * Math.sin(longitude), radius * Math.sin(latitude)};
    }

    /** A random point at {@code radius} from the centre that sees the target above its horizon. */
    static double[] visibleSatellite(final SplittableRandom random, final double[] target, final double radius) {
        while (true) {
            final double[] satellite = TwoPointInitiatorTest.randomPoint(random, radius);
            final double[] up = unit(target);
            double elevation = 0.0;
            final double[] d = direction(target, satellite);
            for (int k = 0; k < 3; k++) {
                elevation += d[k] * up[k];
            }
            if (elevation > 0.1) {
                return satellite;
            }
        }
    }

    /** The unit vector from {@code from} toward {@code to}. */
    static double[] direction(final double[] from, final double[] to) {
        return unit(new double[] {to[0] - from[0], to[1] - from[1], to[2] - from[2]});
    }

    /** The direction toward the target with isotropic angular noise sigma per axis across it. */
    static double[] noisyDirection(final SplittableRandom random, final double[] from, final double[] to,
        final double sigma) {
        final double[] w = direction(from, to);
        final double[] e1 = unit(cross(w, Math.abs(w[0]) < 0.6 ? new double[] {1, 0, 0} : new double[] {0, 1, 0}));
        final double[] e2 = cross(w, e1);
        final double a = sigma * random.nextGaussian();
        final double b = sigma * random.nextGaussian();
        return unit(new double[] {w[0] + a * e1[0] + b * e2[0], w[1] + a * e1[1] + b * e2[1],
            w[2] + a * e1[2] + b * e2[2]});
    }

    /** {@code point + length * unit}. */
    static double[] along(final double[] point, final double[] unit, final double length) {
        return new double[] {point[0] + length * unit[0], point[1] + length * unit[1], point[2] + length * unit[2]};
    }

    static double[] cross(final double[] a, final double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] unit(final double[] v) {
        return TwoPointInitiatorTest.scaled(v, 1.0 / Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]));
    }

    static double distance(final double[] a, final double[] b) {
        return Math.sqrt(square(a[0] - b[0]) + square(a[1] - b[1]) + square(a[2] - b[2]));
    }

    static double square(final double x) {
        return x * x;
    }
}
