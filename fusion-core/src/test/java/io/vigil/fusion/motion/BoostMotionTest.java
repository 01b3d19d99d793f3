package io.vigil.fusion.motion;

import static io.vigil.fusion.motion.BallisticMotionTest.positionDistance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class BoostMotionTest {

    private static final int N = 9;
    private static final int THRUST = BoostMotion.THRUST_ACCELERATION;

    @Test
    void withoutGravityAConstantThrustGivesTheUniformAccelerationFormulas() {
        final BoostMotion model = new BoostMotion(
            0.0, EarthModel.WGS84.withoutGravity().withoutRotation(), BoostMotion.DEFAULT_MAX_STEP_SECONDS);
        final double[] start = {6.4e6, 1e5, 2e5, 100.0, -50.0, 800.0, 12.0, -3.0, 40.0};
        for (final double t : new double[] {0.5, 7.0, 45.0, -20.0}) {
            final double[] state = start.clone();
            final double[] transition = new double[N * N];
            model.propagate(state, t, transition);
            for (int i = 0; i < 3; i++) {
                final double a = start[THRUST + i];
                assertThat(state[i]).isCloseTo(start[i] + start[3 + i] * t + 0.5 * a * t * t, within(1e-8));
                assertThat(state[3 + i]).isCloseTo(start[3 + i] + a * t, within(1e-11));
                assertThat(state[THRUST + i]).isEqualTo(a);
                assertThat(transition[i * N + 3 + i]).isCloseTo(t, within(1e-12));
                assertThat(transition[i * N + THRUST + i]).isCloseTo(0.5 * t * t, within(1e-11));
                assertThat(transition[(3 + i) * N + THRUST + i]).isCloseTo(t, within(1e-12));
            }
        }
    }

    @Test
    void withoutThrustTheFlightIsExactlyBallistic() {
        final BoostMotion boost = new BoostMotion(0.0);
        final BallisticMotion ballistic =
            new BallisticMotion(0.0, EarthModel.WGS84, BoostMotion.DEFAULT_MAX_STEP_SECONDS);
        for (final Trajectories.Case c : Trajectories.midcourse()) {
            final double[] state = Arrays.copyOf(c.state(), N);
            final double[] free = c.state().clone();
            boost.propagate(state, c.durationSeconds(), null);
            ballistic.propagate(free, c.durationSeconds(), null);
            assertThat(Arrays.copyOf(state, 6)).as(c.name()).containsExactly(free);
        }
    }

    @Test
    void theDefaultStepIntegratesAMinuteOfPoweredFlightToAMillimetre() {
        final BoostMotion model = new BoostMotion(0.0);
        final BoostMotion fine = new BoostMotion(0.0, EarthModel.WGS84, 1e-3);
        final double[] start = new double[N];
        System.arraycopy(Trajectories.at(-10.0, 120.0, 150e3, 200.0, 20.0, 5000.0), 0, start, 0, 6);
        start[THRUST] = 30.0;
        start[THRUST + 1] = -60.0;
        start[THRUST + 2] = 40.0;
        final double[] state = start.clone();
        final double[] expected = start.clone();
        model.propagate(state, 60.0, null);
        fine.propagate(expected, 60.0, null);
        // Measured 3e-3 m: the thrust is constant, which RK4 integrates exactly.
        assertThat(positionDistance(state, expected)).isLessThan(1e-2);
    }

    @Test
    void aKalmanFilterWithThisModelFollowsARocketWhoseThrustGrowsAndTurns() {
        final double sigma = 50.0;
        final double[] result = followRocket(3.0, sigma);
        // At burnout the true thrust acceleration is 60 m/s^2 and still climbing at 1.5 m/s^3.
        assertThat(result[0]).as("worst position error").isLessThan(3.0 * sigma);
        assertThat(result[1]).as("thrust error at burnout").isLessThan(10.0);
        // Consistent: the average normalised position error is near 3 (chi-square, 3 dof),
        // not many times it as for a lagging filter; the band allows for 50 correlated samples.
        assertThat(result[2]).as("mean position NEES").isBetween(1.0, 6.0);
    }

    @Test
    void tooLittleJerkNoiseLetsTheFilterLagTheGrowingThrust() {
        // The counterpart: the consistency check above can fail.
        assertThat(followRocket(1e-3, 50.0)[2]).isGreaterThan(10.0);
    }

    /**
     * Truth: a gravity-turn ascent, thrust along the velocity growing from 15 to 60 m/s^2 as
     * the mass falls to a quarter over 120 s. Measurements: ECEF positions with sigma noise
     * every 2 s (a stand-in for fused sensor fixes). The filter, an EKF with this model and
     * jerk density q, knows neither the thrust nor its growth.
     *
     * @return worst position error after the first 20 s (m), thrust error at burnout (m/s^2),
     *     mean position NEES after the first 20 s
     */
    static double[] followRocket(final double q, final double sigma) {
        final SplittableRandom random = new SplittableRandom(17L);
        final BoostMotion model = new BoostMotion(q);
        final BoostMotion truthModel = new BoostMotion(0.0, EarthModel.WGS84, 0.01);
        final double[] truth = new double[N];
        System.arraycopy(Trajectories.at(30.0, -80.0, 1e3, 90.0, 80.0, 150.0), 0, truth, 0, 6);

        final double[] estimate = new double[N];
        final double[] covariance = new double[N * N];
        for (int i = 0; i < 3; i++) {
            estimate[i] = truth[i] + sigma * random.nextGaussian();
            estimate[3 + i] = truth[3 + i] + 30.0 * random.nextGaussian();
            covariance[i * N + i] = sigma * sigma;
            covariance[(3 + i) * N + 3 + i] = 30.0 * 30.0;
            covariance[(THRUST + i) * N + THRUST + i] = 30.0 * 30.0;
        }
        final double[] transition = new double[N * N];
        final double[] noise = new double[N * N];
        final double[] measured = new double[3];
        double worstLateError = 0.0;
        double positionNees = 0.0;
        int late = 0;
        for (int scan = 1; scan <= 60; scan++) {
            for (int k = 0; k < 200; k++) {
                final double t = (scan - 1) * 2.0 + k * 0.01;
                setThrustAlongVelocity(truth, 15.0 / (1.0 - 0.75 * t / 120.0));
                truthModel.propagate(truth, 0.01, null);
            }
            model.processNoise(estimate, 2.0, noise);
            model.propagate(estimate, 2.0, transition);
            predictCovariance(transition, noise, covariance);
            for (int i = 0; i < 3; i++) {
                measured[i] = truth[i] + sigma * random.nextGaussian();
            }
            updateWithPosition(estimate, covariance, measured, sigma);
            if (scan > 10) {
                late++;
                worstLateError = Math.max(worstLateError, positionDistance(estimate, truth));
                positionNees += positionNees(estimate, covariance, truth);
            }
        }
        final double thrustError = Math.sqrt(
            square(estimate[THRUST] - truth[THRUST]) + square(estimate[THRUST + 1] - truth[THRUST + 1])
                + square(estimate[THRUST + 2] - truth[THRUST + 2]));
        return new double[] {worstLateError, thrustError, positionNees / late};
    }

    @Test
    void processNoiseIsTheWienerAccelerationMatrixPerAxis() {
        final BoostMotion model = new BoostMotion(2.0);
        final double[] noise = new double[N * N];
        final double dt = 3.0;
        model.processNoise(new double[N], -dt, noise);
        final double[][] block = {
            {StrictMath.pow(dt, 5) / 20, StrictMath.pow(dt, 4) / 8, StrictMath.pow(dt, 3) / 6},
            {StrictMath.pow(dt, 4) / 8, StrictMath.pow(dt, 3) / 3, dt * dt / 2},
            {StrictMath.pow(dt, 3) / 6, dt * dt / 2, dt},
        };
        for (int row = 0; row < N; row++) {
            for (int col = 0; col < N; col++) {
                final boolean sameAxis = row % 3 == col % 3;
                final double expected = sameAxis ? 2.0 * block[row / 3][col / 3] : 0.0;
                assertThat(noise[row * N + col]).as("(%d, %d)", row, col).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> new BoostMotion(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BoostMotion(1.0, EarthModel.WGS84, Double.NaN))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static void setThrustAlongVelocity(final double[] state, final double magnitude) {
        final double speed = Math.sqrt(square(state[3]) + square(state[4]) + square(state[5]));
        for (int i = 0; i < 3; i++) {
            state[THRUST + i] = magnitude * state[3 + i] / speed;
        }
    }

    private static void predictCovariance(final double[] transition, final double[] noise, final double[] covariance) {
        final DMatrixRMaj phi = DMatrixRMaj.wrap(N, N, transition);
        final DMatrixRMaj p = DMatrixRMaj.wrap(N, N, covariance);
        final DMatrixRMaj temp = new DMatrixRMaj(N, N);
        final DMatrixRMaj result = new DMatrixRMaj(N, N);
        CommonOps_DDRM.mult(phi, p, temp);
        CommonOps_DDRM.multTransB(temp, phi, result);
        CommonOps_DDRM.addEquals(result, DMatrixRMaj.wrap(N, N, noise));
        System.arraycopy(result.data, 0, covariance, 0, N * N);
    }

    /** Kalman update with z = position + noise, H = [I 0 0], in Joseph form. */
    private static void updateWithPosition(
        final double[] state, final double[] covariance, final double[] measured, final double sigma) {
        final DMatrixRMaj p = DMatrixRMaj.wrap(N, N, covariance);
        final DMatrixRMaj h = new DMatrixRMaj(3, N);
        for (int i = 0; i < 3; i++) {
            h.set(i, i, 1.0);
        }
        final DMatrixRMaj r = CommonOps_DDRM.diag(sigma * sigma, sigma * sigma, sigma * sigma);
        final DMatrixRMaj ph = new DMatrixRMaj(N, 3);
        CommonOps_DDRM.multTransB(p, h, ph);
        final DMatrixRMaj s = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.mult(h, ph, s);
        CommonOps_DDRM.addEquals(s, r);
        final DMatrixRMaj sInverse = new DMatrixRMaj(3, 3);
        assertThat(CommonOps_DDRM.invert(s, sInverse)).isTrue();
        final DMatrixRMaj gain = new DMatrixRMaj(N, 3);
        CommonOps_DDRM.mult(ph, sInverse, gain);
        final double[] innovation = new double[3];
        for (int j = 0; j < 3; j++) {
            innovation[j] = measured[j] - state[j];
        }
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < 3; j++) {
                state[i] += gain.get(i, j) * innovation[j];
            }
        }
        final DMatrixRMaj ikh = CommonOps_DDRM.identity(N);
        final DMatrixRMaj kh = new DMatrixRMaj(N, N);
        CommonOps_DDRM.mult(gain, h, kh);
        CommonOps_DDRM.subtractEquals(ikh, kh);
        final DMatrixRMaj temp = new DMatrixRMaj(N, N);
        final DMatrixRMaj joseph = new DMatrixRMaj(N, N);
        CommonOps_DDRM.mult(ikh, p, temp);
        CommonOps_DDRM.multTransB(temp, ikh, joseph);
        final DMatrixRMaj kr = new DMatrixRMaj(N, 3);
        CommonOps_DDRM.mult(gain, r, kr);
        final DMatrixRMaj krk = new DMatrixRMaj(N, N);
        CommonOps_DDRM.multTransB(kr, gain, krk);
        CommonOps_DDRM.addEquals(joseph, krk);
        System.arraycopy(joseph.data, 0, covariance, 0, N * N);
    }

    private static double positionNees(final double[] estimate, final double[] covariance, final double[] truth) {
        final DMatrixRMaj block = new DMatrixRMaj(3, 3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                block.set(i, j, covariance[i * N + j]);
            }
        }
        final DMatrixRMaj inverse = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.invert(block, inverse);
        double nees = 0.0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                nees += (estimate[i] - truth[i]) * inverse.get(i, j) * (estimate[j] - truth[j]);
            }
        }
        return nees;
    }

    private static double square(final double x) {
        return x * x;
    }
}
