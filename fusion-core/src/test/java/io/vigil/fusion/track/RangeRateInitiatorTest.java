package io.vigil.fusion.track;

import static io.vigil.fusion.track.TwoPointInitiatorTest.assertNeesConsistent;
import static io.vigil.fusion.track.TwoPointInitiatorTest.assertSymmetric;
import static io.vigil.fusion.track.TwoPointInitiatorTest.nees;
import static io.vigil.fusion.track.TwoPointInitiatorTest.noisy;
import static io.vigil.fusion.track.TwoPointInitiatorTest.randomCovariance;
import static io.vigil.fusion.track.TwoPointInitiatorTest.randomUnit;
import static io.vigil.fusion.track.TwoPointInitiatorTest.scaled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One-point initiation from range rate: the radial velocity, the covariance's structure, its
 * consistency (NEES against chi-square(6)) for targets whose cross velocity follows the
 * prior, from fixed and moving sensors, and zero allocation.
 */
class RangeRateInitiatorTest {

    private static final double EARTH = 6_378_137.0;

    @Test
    void theVelocityLiesAlongTheLineOfSight() {
        final RangeRateInitiator initiator = new RangeRateInitiator(1_000.0);
        final double[] sensor = {EARTH, 0.0, 0.0};
        final double[] plot = {EARTH + 300e3, 400e3, 0.0}; // 500 km away along (0.6, 0.8, 0)
        final double[] r = TwoPointInitiatorTest.isotropic(100.0);
        final double[] x = new double[6];
        final double[] p = new double[36];
        initiator.initiate(plot, r, sensor, null, -2_000.0, 5.0, x, p);
        assertThat(x[0]).isEqualTo(plot[0]);
        assertThat(x[3]).isCloseTo(-1_200.0, within(1e-9));
        assertThat(x[4]).isCloseTo(-1_600.0, within(1e-9));
        assertThat(x[5]).isZero();
        // Along the line of sight the variance is the range rate's plus sigma_c^2 tr(Pi R Pi) / rho^2
        // (A R A^T is zero along u for a fixed sensor); across it sigma_c^2 plus (w / rho)^2 sigma^2.
        final double[] u = {0.6, 0.8, 0.0};
        assertThat(quadratic(p, 3, u)).isCloseTo(25.0 + 1e6 * 2e4 / (500e3 * 500e3), within(1e-9));
        final double[] across = {0.0, 0.0, 1.0};
        final double crossGain = 2_000.0 / 500e3;
        assertThat(quadratic(p, 3, across)).isCloseTo(1e6 + crossGain * crossGain * 1e4, within(1e-6));
        // Position block is R; cross-covariance R A^T = -(w / rho) sigma^2 across the line of sight.
        assertThat(p[0]).isEqualTo(1e4);
        assertThat(p[2 * 6 + 5]).isCloseTo(-2_000.0 / 500e3 * 1e4, within(1e-12));
        assertSymmetric(p);
        assertThat(initiator.crossVelocitySigma()).isCloseTo(1_000.0, within(1e-12));
    }

    @Test
    void isConsistentForFixedAndMovingSensors() {
        final SplittableRandom random = new SplittableRandom(1_961L);
        final RangeRateInitiator initiator = new RangeRateInitiator(800.0);
        for (final boolean moving : new boolean[] {false, true}) {
            final int runs = 10_000;
            double neesSum = 0.0;
            final double[] x = new double[6];
            final double[] p = new double[36];
            for (int run = 0; run < runs; run++) {
                final double[] sensor = scaled(randomUnit(random), EARTH);
                final double[] sensorVelocity = moving ? scaled(randomUnit(random), 300.0) : null;
                final double[] target = new double[3];
                final double[] u = randomUnit(random);
                final double range = random.nextDouble(200e3, 3_000e3);
                for (int k = 0; k < 3; k++) {
                    target[k] = sensor[k] + range * u[k];
                }
                // True velocity: a radial part, and a cross part drawn from the prior.
                final double radial = random.nextDouble(-7_000.0, 7_000.0);
                final double[] v = new double[3];
                final double[] g = {random.nextGaussian() * 800.0, random.nextGaussian() * 800.0,
                    random.nextGaussian() * 800.0};
                final double gu = g[0] * u[0] + g[1] * u[1] + g[2] * u[2];
                for (int k = 0; k < 3; k++) {
                    v[k] = radial * u[k] + g[k] - gu * u[k];
                }
                double rangeRate = 0.0;
                for (int k = 0; k < 3; k++) {
                    rangeRate += u[k] * (v[k] - (moving ? sensorVelocity[k] : 0.0));
                }
                final double sigmaRate = random.nextDouble(0.5, 20.0);
                final double[] r = randomCovariance(random);
                initiator.initiate(noisy(random, target, r), r, sensor, sensorVelocity,
                    rangeRate + sigmaRate * random.nextGaussian(), sigmaRate, x, p);
                neesSum += nees(x, new double[] {target[0], target[1], target[2], v[0], v[1], v[2]}, p);
                assertSymmetric(p);
            }
            assertNeesConsistent(neesSum, runs, moving ? "range rate, moving sensor" : "range rate, fixed sensor");
        }
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> new RangeRateInitiator(0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RangeRateInitiator(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RangeRateInitiator().crossVelocitySigma()).isCloseTo(7_500.0 / Math.sqrt(3.0), within(1e-9));
        final RangeRateInitiator initiator = new RangeRateInitiator();
        final double[] here = {EARTH, 0.0, 0.0};
        final double[] r = TwoPointInitiatorTest.isotropic(1.0);
        assertThatThrownBy(() -> initiator.initiate(here, r, here, null, 0.0, 1.0, new double[6], new double[36]))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> initiator.initiate(new double[] {EARTH, 1e3, 0.0}, r, here, null, 0.0, 0.0,
            new double[6], new double[36])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocatesNothing() {
        final RangeRateInitiator initiator = new RangeRateInitiator();
        final double[] sensor = {EARTH, 0.0, 0.0};
        final double[] sensorVelocity = {0.0, 250.0, 0.0};
        final double[] plot = {EARTH + 300e3, 400e3, 10e3};
        final double[] r = TwoPointInitiatorTest.isotropic(100.0);
        final double[] x = new double[6];
        final double[] p = new double[36];
        final Runnable work = () -> initiator.initiate(plot, r, sensor, sensorVelocity, 1_234.0, 3.0, x, p);
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 100_000)).isZero();
    }

    /** w^T B w for the 3 x 3 block of a 6 x 6 matrix starting at row and column {@code offset}. */
    private static double quadratic(final double[] p, final int offset, final double[] w) {
        double sum = 0.0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                sum += w[i] * p[6 * (offset + i) + offset + j] * w[j];
            }
        }
        return sum;
    }
}
