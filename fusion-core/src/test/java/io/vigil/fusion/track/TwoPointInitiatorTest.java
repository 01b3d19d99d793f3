package io.vigil.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Two-point initiation: the estimate's consistency (NEES against chi-square(6)) for
 * constant-velocity and ballistic targets, the gravity term, the speed gate, the window and
 * capacity bounds, the same-scan rule, the choice among partners, and zero allocation.
 */
class TwoPointInitiatorTest {

    private static final long SECOND = 1_000_000_000L;
    private static final double EARTH = 6_378_137.0;

    @Test
    void constantVelocityPairsGiveTheRightVelocityWithAConsistentCovariance() {
        final SplittableRandom random = new SplittableRandom(1_999L);
        final TwoPointInitiator initiator = new TwoPointInitiator(8, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 0.0, null);
        final int runs = 10_000;
        double neesSum = 0.0;
        double worstVelocityError = 0.0;
        for (int run = 0; run < runs; run++) {
            final double[] p1 = randomPoint(random, EARTH + random.nextDouble(50e3, 1_500e3));
            final double[] v = scaled(randomUnit(random), random.nextDouble(500.0, 5_000.0));
            final long t1 = 1_700_000_000L * SECOND + run * 100L * SECOND;
            final long t2 = t1 + (long) (random.nextDouble(2.0, 15.0) * SECOND);
            final double dt = (t2 - t1) * 1e-9;
            final double[] p2 = {p1[0] + v[0] * dt, p1[1] + v[1] * dt, p1[2] + v[2] * dt};
            final double[] r1 = randomCovariance(random);
            final double[] r2 = randomCovariance(random);
            initiator.clear();
            assertThat(initiator.offer(noisy(random, p1, r1), r1, t1, 0, 1L, 11L)).isFalse();
            assertThat(initiator.offer(noisy(random, p2, r2), r2, t2, 0, 2L, 12L)).as("run %d", run).isTrue();
            assertThat(initiator.timeNanos()).isEqualTo(t2);
            final double[] truth = {p2[0], p2[1], p2[2], v[0], v[1], v[2]};
            neesSum += nees(initiator.state(), truth, initiator.covariance());
            for (int k = 0; k < 3; k++) {
                worstVelocityError = Math.max(worstVelocityError, Math.abs(initiator.state()[3 + k] - v[k])
                    / Math.sqrt(initiator.covariance()[(3 + k) * 7]));
            }
            assertSymmetric(initiator.covariance());
        }
        assertNeesConsistent(neesSum, runs, "constant velocity");
        assertThat(worstVelocityError).as("worst velocity error in sigmas").isLessThan(5.0);
    }

    @Test
    void theGravityTermRemovesTheBiasOfABallisticPair() {
        final SplittableRandom random = new SplittableRandom(2_024L);
        final BallisticMotion truthModel = new BallisticMotion(0.0);
        final TwoPointInitiator withGravity = new TwoPointInitiator(4, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 0.0,
            new BallisticMotion(0.0));
        final TwoPointInitiator withoutGravity = new TwoPointInitiator(4, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 0.0,
            null);
        final int runs = 600;
        double neesSum = 0.0;
        double neesWithoutSum = 0.0;
        double biasSum = 0.0;
        for (int run = 0; run < runs; run++) {
            // Free flight 150 to 800 km up at 3 to 7 km/s, climbing or falling.
            final double[] up = randomUnit(random);
            final double[] across = unitAcross(up, randomUnit(random));
            final double[] truth = new double[6];
            final double radius = EARTH + random.nextDouble(150e3, 800e3);
            final double speed = random.nextDouble(3_000.0, 7_000.0);
            final double climb = random.nextDouble(-0.5, 0.5);
            for (int k = 0; k < 3; k++) {
                truth[k] = radius * up[k];
                truth[3 + k] = speed * (Math.cos(climb) * across[k] + Math.sin(climb) * up[k]);
            }
            final double[] p1 = {truth[0], truth[1], truth[2]};
            final double dt = random.nextDouble(8.0, 19.0);
            truthModel.propagate(truth, dt, null);
            final long t1 = 1_700_000_000L * SECOND + run * 100L * SECOND;
            final long t2 = t1 + Math.round(dt * SECOND);
            final double[] r = isotropic(30.0);
            final double[] z1 = noisy(random, p1, r);
            final double[] z2 = noisy(random, new double[] {truth[0], truth[1], truth[2]}, r);
            withGravity.clear();
            withoutGravity.clear();
            withGravity.offer(z1, r, t1, 0, 1L, 0L);
            withoutGravity.offer(z1, r, t1, 0, 1L, 0L);
            assertThat(withGravity.offer(z2, r, t2, 0, 2L, 0L)).isTrue();
            assertThat(withoutGravity.offer(z2, r, t2, 0, 2L, 0L)).isTrue();
            neesSum += nees(withGravity.state(), truth, withGravity.covariance());
            double bias = 0.0;
            for (int k = 0; k < 3; k++) {
                final double e = withoutGravity.state()[3 + k] - truth[3 + k];
                bias += e * e;
            }
            biasSum += Math.sqrt(bias) / dt;
            neesWithoutSum += nees(withoutGravity.state(), truth, withoutGravity.covariance());
        }
        assertNeesConsistent(neesSum, runs, "ballistic with the gravity term");
        // Without it the velocity is the mean over the interval: off by about g dt / 2.
        Measured.report("two-point velocity bias without the gravity term, per second of dt (m/s^2)", biasSum / runs);
        assertThat(biasSum / runs).isBetween(3.5, 5.5);
        Measured.report("mean NEES of the initial estimate without the gravity term", neesWithoutSum / runs);
        assertThat(neesWithoutSum / runs).isGreaterThan(100.0);
    }

    @Test
    void refusesPairsImplyingTenKilometresPerSecond() {
        final TwoPointInitiator initiator = new TwoPointInitiator(8, null);
        final double[] r = isotropic(100.0);
        final double[] p1 = {EARTH + 500e3, 0.0, 0.0};
        initiator.offer(p1, r, 0L, 0, 1L, 1L);
        assertThat(initiator.offer(new double[] {p1[0], 50e3, 0.0}, r, 5 * SECOND, 0, 2L, 2L)).isFalse();
        assertThat(initiator.stored()).isEqualTo(2);
        // 7 km/s: paired.
        final TwoPointInitiator fresh = new TwoPointInitiator(8, null);
        fresh.offer(p1, r, 0L, 0, 1L, 1L);
        assertThat(fresh.offer(new double[] {p1[0], 35e3, 0.0}, r, 5 * SECOND, 0, 2L, 2L)).isTrue();
        assertThat(fresh.state()[4]).isCloseTo(7_000.0, within(1e-9));
        assertThat(fresh.stored()).isZero();
    }

    @Test
    void theSpeedGateAllowsForPlotUncertainty() {
        // R = s^2 I on both plots: the speed's sigma along the motion is sqrt(2) s / dt.
        final double s = 1_000.0;
        final double dt = 2.0;
        final double sigma = Math.sqrt(2.0) * s / dt;
        final double k = Math.sqrt(ChiSquare.quantile(0.99, 1.0)); // 2.576
        for (final double sigmas : new double[] {k - 0.01, k + 0.01}) {
            final TwoPointInitiator initiator = new TwoPointInitiator(4, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 0.0,
                null);
            final double[] r = isotropic(s);
            final double distance = (7_500.0 + sigmas * sigma) * dt;
            initiator.offer(new double[] {EARTH, 0.0, 0.0}, r, 0L, 0, 1L, 0L);
            final boolean paired = initiator.offer(new double[] {EARTH, 0.0, distance}, r, 2 * SECOND, 0, 2L, 0L);
            assertThat(paired).as("%.3f sigmas over the maximum", sigmas).isEqualTo(sigmas < k);
        }
    }

    @Test
    void pairsOnlyWithinTheWindow() {
        final TwoPointInitiator initiator = new TwoPointInitiator(8, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 0.0, null);
        final double[] r = isotropic(100.0);
        initiator.offer(new double[] {EARTH, 0.0, 0.0}, r, 0L, 0, 1L, 0L);
        assertThat(initiator.offer(new double[] {EARTH, 1e3, 0.0}, r, 20 * SECOND + 1, 0, 2L, 0L)).isFalse();
        assertThat(initiator.stored()).isEqualTo(1); // the first has expired
        assertThat(initiator.offer(new double[] {EARTH, 2e3, 0.0}, r, 40 * SECOND + 1, 0, 3L, 0L)).isTrue();
        assertThat(initiator.partnerTimeNanos()).isEqualTo(20 * SECOND + 1);
        // expire() drops what offers would.
        initiator.offer(new double[] {EARTH, 0.0, 0.0}, r, 50 * SECOND, 0, 4L, 0L);
        initiator.expire(70 * SECOND);
        assertThat(initiator.stored()).isEqualTo(1);
        initiator.expire(70 * SECOND + 1);
        assertThat(initiator.stored()).isZero();
        initiator.expire(0L); // the clock never goes back
        assertThat(initiator.offer(new double[] {EARTH, 0.0, 0.0}, r, 50 * SECOND, 0, 5L, 0L)).isFalse();
        assertThat(initiator.stored()).isZero(); // older than the window behind the clock: not stored
    }

    @Test
    void aFullStoreEvictsItsOldestPlot() {
        final TwoPointInitiator initiator = new TwoPointInitiator(3, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 0.0, null);
        final double[] r = isotropic(100.0);
        // Four plots 1,000 km apart: no two pair.
        for (int i = 0; i < 4; i++) {
            assertThat(initiator.offer(new double[] {EARTH, i * 1e6, 0.0}, r, i * SECOND, 0, i, i)).isFalse();
        }
        assertThat(initiator.stored()).isEqualTo(3);
        assertThat(initiator.evictedCount()).isEqualTo(1);
        // A plot that could only pair with the first (evicted) one.
        assertThat(initiator.offer(new double[] {EARTH, 1e3, 0.0}, r, 4 * SECOND, 0, 4L, 4L)).isFalse();
        // A plot older than everything stored is itself the one evicted.
        assertThat(initiator.offer(new double[] {EARTH, 9e6, 0.0}, r, SECOND / 2, 1, 9L, 9L)).isFalse();
        assertThat(initiator.evictedCount()).isEqualTo(3);
        assertThat(initiator.offer(new double[] {EARTH, 3e6 + 5e3, 0.0}, r, 6 * SECOND, 0, 6L, 6L)).isTrue();
        assertThat(initiator.partnerTag()).isEqualTo(3L);
    }

    @Test
    void neverPairsTwoPlotsOfOneScanOfOneSensor() {
        final double[] r = isotropic(100.0);
        final double[] a = {EARTH, 0.0, 0.0};
        final double[] b = {EARTH, 4e3, 0.0};
        final TwoPointInitiator initiator = new TwoPointInitiator(8, null);
        initiator.offer(a, r, 0L, 3, 77L, 1L);
        assertThat(initiator.offer(b, r, 2 * SECOND, 3, 77L, 2L)).isFalse(); // same sensor, same scan
        assertThat(initiator.offer(b, r, 2 * SECOND, 4, 77L, 3L)).isTrue(); // another sensor's scan 77
        assertThat(initiator.partnerSensor()).isEqualTo(3);
        assertThat(initiator.partnerScanId()).isEqualTo(77L);
        assertThat(initiator.partnerTag()).isEqualTo(1L);

        final TwoPointInitiator unscanned = new TwoPointInitiator(8, null);
        unscanned.offer(a, r, 0L, 3, TwoPointInitiator.NO_SCAN, 1L);
        assertThat(unscanned.offer(b, r, 2 * SECOND, 3, TwoPointInitiator.NO_SCAN, 2L)).isTrue();
        // Too close in time, whatever the sensor.
        unscanned.offer(a, r, 10 * SECOND, 3, TwoPointInitiator.NO_SCAN, 1L);
        assertThat(unscanned.offer(b, r, 10 * SECOND + SECOND / 4, 5, 1L, 2L)).isFalse();
    }

    @Test
    void aLaterStoredPlotGivesTheEstimateAtItsTime() {
        // Another sensor's plot arrives first although it is later (a faster link).
        final TwoPointInitiator initiator = new TwoPointInitiator(8, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 0.0, null);
        final double[] r1 = isotropic(50.0);
        final double[] r2 = isotropic(200.0);
        final double[] late = {EARTH, 6e3, 0.0};
        initiator.offer(late, r2, 10 * SECOND, 1, 5L, 51L);
        assertThat(initiator.offer(new double[] {EARTH, 0.0, 0.0}, r1, 8 * SECOND, 0, 9L, 9L)).isTrue();
        assertThat(initiator.timeNanos()).isEqualTo(10 * SECOND);
        assertThat(initiator.state()).containsExactly(EARTH, 6e3, 0.0, 0.0, 3e3, 0.0);
        final double[] p = initiator.covariance();
        assertThat(p[0]).isEqualTo(200.0 * 200.0); // P_pp = R of the later plot
        assertThat(p[3]).isEqualTo(200.0 * 200.0 / 2.0); // P_pv = R2 / dt
        assertThat(p[21]).isEqualTo((50.0 * 50.0 + 200.0 * 200.0) / 4.0); // P_vv = (R1 + R2) / dt^2
        assertThat(initiator.partnerTag()).isEqualTo(51L);
        assertThat(initiator.partnerTimeNanos()).isEqualTo(10 * SECOND);
    }

    @Test
    void theUnmodelledAccelerationWidensTheVelocityVariance() {
        final TwoPointInitiator initiator = new TwoPointInitiator(8, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 10.0, null);
        final double[] r = isotropic(100.0);
        initiator.offer(new double[] {EARTH, 0.0, 0.0}, r, 0L, 0, 1L, 0L);
        assertThat(initiator.offer(new double[] {EARTH, 40e3, 0.0}, r, 8 * SECOND, 0, 2L, 0L)).isTrue();
        final double[] p = initiator.covariance();
        assertThat(p[21]).isCloseTo(2.0 * 100.0 * 100.0 / 64.0 + 40.0 * 40.0, within(1e-9));
        assertThat(p[22]).isZero();
        assertThat(p[0]).isEqualTo(100.0 * 100.0);
    }

    @Test
    void choosesThePartnerUnderWhichTheNewPlotIsMostLikely() {
        final TwoPointInitiator initiator = new TwoPointInitiator(8, null);
        final double[] r = isotropic(100.0);
        // Two plots of one (long) scan, so they do not pair with each other. Both imply 3 km/s
        // for the next plot; the more recent one wins (its prior spread is smaller).
        initiator.offer(new double[] {EARTH, 0.0, 0.0}, r, 0L, 0, 1L, 1L);
        assertThat(initiator.offer(new double[] {EARTH, 6e3, 0.0}, r, 2 * SECOND, 0, 1L, 2L)).isFalse();
        assertThat(initiator.offer(new double[] {EARTH, 12e3, 0.0}, r, 4 * SECOND, 0, 2L, 3L)).isTrue();
        assertThat(initiator.partnerTag()).isEqualTo(2L);
        final double c = 2.0 * 100.0 * 100.0 + 4.0 * 7_500.0 * 7_500.0 / 3.0;
        final double expected = -0.5 * (6e3 * 6e3 / c + 3.0 * Math.log(2.0 * Math.PI * c));
        assertThat(initiator.pairLogLikelihood()).isCloseTo(expected, within(1e-9));
        // The remaining one pairs with the next plot.
        assertThat(initiator.offer(new double[] {EARTH, 3e3, 0.0}, r, 3 * SECOND, 1, 2L, 4L)).isTrue();
        assertThat(initiator.partnerTag()).isEqualTo(1L);
        assertThat(initiator.stored()).isZero();
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> new TwoPointInitiator(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoPointInitiator(4, SECOND, 7_500.0, 0.99, 2 * SECOND, 0.0, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoPointInitiator(4, SECOND, 0.0, 0.99, SECOND / 2, 0.0, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoPointInitiator(4, SECOND, 7_500.0, 1.0, SECOND / 2, 0.0, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoPointInitiator(4, SECOND, 7_500.0, 0.99, SECOND / 2, -1.0, null))
            .isInstanceOf(IllegalArgumentException.class);
        final TwoPointInitiator initiator = new TwoPointInitiator(4, null);
        assertThatThrownBy(() -> initiator.offer(new double[] {Double.NaN, 0, 0}, isotropic(1.0), 0L, 0, 0L, 0L))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(initiator.capacity()).isEqualTo(4);
        assertThat(initiator.pairLogLikelihood()).isNaN();
    }

    @Test
    void allocatesNothingPerPlot() {
        final TwoPointInitiator initiator = new TwoPointInitiator(4, 20 * SECOND, 7_500.0, 0.99, SECOND / 2, 10.0,
            new BallisticMotion(1.0));
        final SplittableRandom random = new SplittableRandom(5L);
        final int count = 256;
        final double[][] positions = new double[count][];
        final double[][] clutter = new double[count][];
        final double[] r = isotropic(200.0);
        for (int i = 0; i < count; i++) {
            positions[i] = randomPoint(random, EARTH + 400e3);
            clutter[i] = randomPoint(random, EARTH + 100e3);
        }
        final long[] clock = {0L};
        final int[] next = {0};
        final Runnable work = () -> {
            final int i = next[0]++;
            clock[0] += SECOND;
            // Mostly pairs of plots of one object, 1 s apart; every fifth plot clutter, which
            // fills the store (evictions) and expires.
            final double[] p = i % 5 == 0 ? clutter[(i / 5) % count] : positions[(i / 2) % count];
            initiator.offer(p, r, clock[0], i & 1, i, i);
        };
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 10_000)).isZero();
        assertThat(initiator.evictedCount()).as("the store filled up").isPositive();
    }

    // ----------------------------------------------------------------------------------

    static void assertNeesConsistent(final double neesSum, final int runs, final String what) {
        final double mean = neesSum / runs;
        final double lower = ChiSquare.quantile(0.025, 6.0 * runs) / runs;
        final double upper = ChiSquare.quantile(0.975, 6.0 * runs) / runs;
        Measured.report("mean NEES of the initial estimate, " + what + " (chi-square(6) mean 6)", mean);
        assertThat(mean).as("mean NEES, %s, 95 %% bounds [%.3f, %.3f]", what, lower, upper).isBetween(lower, upper);
    }

    static double nees(final double[] estimate, final double[] truth, final double[] covariance) {
        final double[] lower = new double[36];
        final double[] error = new double[6];
        for (int k = 0; k < 6; k++) {
            error[k] = estimate[k] - truth[k];
        }
        assertThat(DenseKernels.cholesky(covariance, lower, 6)).isPositive();
        return DenseKernels.mahalanobisSquared(lower, error, new double[6], 6);
    }

    static void assertSymmetric(final double[] p) {
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(p[6 * i + j]).isEqualTo(p[6 * j + i]);
            }
        }
    }

    static double[] isotropic(final double sigma) {
        return new double[] {sigma * sigma, 0, 0, 0, sigma * sigma, 0, 0, 0, sigma * sigma};
    }

    /** A radar-like covariance: 20 to 100 m along a random axis, 100 to 1,000 m across it. */
    static double[] randomCovariance(final SplittableRandom random) {
        final double[] axis = randomUnit(random);
        final double along = random.nextDouble(20.0, 100.0);
        final double across = random.nextDouble(100.0, 1_000.0);
        final double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = across * across * ((i == j ? 1.0 : 0.0) - axis[i] * axis[j])
                    + along * along * axis[i] * axis[j];
            }
        }
        return c;
    }

    static double[] noisy(final SplittableRandom random, final double[] mean, final double[] covariance) {
        final double[] lower = new double[9];
        DenseKernels.cholesky(covariance, lower, 3);
        final double[] n = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        final double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double sum = 0.0;
            for (int k = 0; k <= i; k++) {
                sum += lower[3 * i + k] * n[k];
            }
            out[i] = mean[i] + sum;
        }
        return out;
    }

    static double[] randomUnit(final SplittableRandom random) {
        final double[] u = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        return scaled(u, 1.0 / Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]));
    }

    static double[] randomPoint(final SplittableRandom random, final double radius) {
        return scaled(randomUnit(random), radius);
    }

    static double[] scaled(final double[] v, final double factor) {
        return new double[] {v[0] * factor, v[1] * factor, v[2] * factor};
    }

    /** The unit vector of w's component across the unit vector up. */
    private static double[] unitAcross(final double[] up, final double[] w) {
        final double dot = up[0] * w[0] + up[1] * w[1] + up[2] * w[2];
        final double[] across = {w[0] - dot * up[0], w[1] - dot * up[1], w[2] - dot * up[2]};
        final double norm = Math.sqrt(across[0] * across[0] + across[1] * across[1] + across[2] * across[2]);
        return scaled(across, 1.0 / norm);
    }
}
