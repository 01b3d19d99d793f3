package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.H;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEPS;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEP_SECONDS;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.X;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlanarReentryMotionTest {

    private static final double BETA = ReentryScenario.BALLISTIC_COEFFICIENT;
    private static final double SUBSTEP = PlanarReentryMotion.DEFAULT_MAX_SUBSTEP_SECONDS;
    /** Reference substep: 1/1024 s, 512 times finer than the default. */
    private static final double REFERENCE_SUBSTEP = 1.0 / 1024;

    /** The noise-free true trajectory, states at scans 0..STEPS. */
    static double[][] noiseFree() {
        final PlanarReentryMotion motion = PlanarReentryMotion.knownBeta(BETA, 1.0, SUBSTEP);
        final double[][] states = new double[STEPS + 1][];
        final double[] state = ReentryScenario.trueInitialState();
        states[0] = state.clone();
        for (int k = 1; k <= STEPS; k++) {
            motion.propagate(state, STEP_SECONDS, null);
            states[k] = state.clone();
        }
        return states;
    }

    @Test
    void rk4WithHalfSecondSubstepsIsExactToWellUnderAMetre() {
        // Each 2 s step from the true path, against a 1/1024 s reference: the worst is the step
        // that crosses the density's layer boundary at 9,144 m, where the density jumps by 0.6 %
        // and RK4 loses its order (2.5 cm measured); elsewhere the steps agree to 5e-5 m.
        final PlanarReentryMotion motion = PlanarReentryMotion.knownBeta(BETA, 1.0, SUBSTEP);
        final PlanarReentryMotion reference = PlanarReentryMotion.knownBeta(BETA, 1.0, REFERENCE_SUBSTEP);
        final double[][] path = noiseFree();
        double worstStep = 0.0;
        double worstSmoothStep = 0.0;
        for (int k = 0; k < STEPS; k++) {
            final double[] a = path[k].clone();
            final double[] b = path[k].clone();
            motion.propagate(a, STEP_SECONDS, null);
            reference.propagate(b, STEP_SECONDS, null);
            final double error = StrictMath.hypot(a[X] - b[X], a[H] - b[H]);
            worstStep = Math.max(worstStep, error);
            final boolean crossesLayer = (path[k][H] - PlanarAtmosphere.LAYER_BOUNDARY_M)
                * (path[k + 1][H] - PlanarAtmosphere.LAYER_BOUNDARY_M) <= 0.0;
            if (!crossesLayer) {
                worstSmoothStep = Math.max(worstSmoothStep, error);
            }
        }
        assertThat(worstStep).as("worst one-step position error, m").isLessThan(0.05);
        assertThat(worstSmoothStep).as("worst one-step error away from the layer boundary, m").isLessThan(1e-3);
        // And the whole 120 s flight, where the step errors accumulate (0.15 m measured).
        final double[] a = ReentryScenario.trueInitialState();
        final double[] b = a.clone();
        for (int k = 0; k < STEPS; k++) {
            motion.propagate(a, STEP_SECONDS, null);
            reference.propagate(b, STEP_SECONDS, null);
        }
        assertThat(StrictMath.hypot(a[X] - b[X], a[H] - b[H])).as("whole-flight position error, m").isLessThan(0.25);
    }

    @Test
    void transitionMatrixIsTheDerivativeOfThePropagation() {
        // The variational equations against central differences of the propagation itself,
        // at states from the thin upper air to peak deceleration (not the step across the
        // layer boundary, where the map is not differentiable).
        final double[][] path = noiseFree();
        final PlanarReentryMotion known = PlanarReentryMotion.knownBeta(BETA, 1.0, SUBSTEP);
        final PlanarReentryMotion unknown = PlanarReentryMotion.logBeta(1.0, 0.0, SUBSTEP);
        final double[] deltas = {1.0, 0.01, 1.0, 0.01, 1e-3};
        for (final int k : new int[] {0, 30, 40, 44, 46, 52, 58}) {
            assertMatchesCentralDifferences(known, path[k], deltas);
            final double[] augmented = new double[5];
            System.arraycopy(path[k], 0, augmented, 0, 4);
            augmented[4] = StrictMath.log(BETA);
            assertMatchesCentralDifferences(unknown, augmented, deltas);
        }
    }

    private static void assertMatchesCentralDifferences(
        final PlanarReentryMotion motion, final double[] state, final double[] deltas) {
        final int n = motion.dimension();
        final double[] phi = new double[n * n];
        final double[] propagated = state.clone();
        motion.propagate(propagated, STEP_SECONDS, phi);
        for (int j = 0; j < n; j++) {
            final double[] plus = state.clone();
            final double[] minus = state.clone();
            plus[j] += deltas[j];
            minus[j] -= deltas[j];
            motion.propagate(plus, STEP_SECONDS, null);
            motion.propagate(minus, STEP_SECONDS, null);
            for (int i = 0; i < n; i++) {
                final double numeric = (plus[i] - minus[i]) / (2 * deltas[j]);
                // 1e-6 relative (truncation of the difference quotient), plus its rounding:
                // states up to 2.3e5 m are rounded to 3e-11 m, divided by 2 delta.
                assertThat(phi[i * n + j]).as("Phi(%d,%d) at h = %.0f m, n = %d", i, j, state[H], n)
                    .isCloseTo(numeric, within(1e-6 * Math.abs(numeric) + 1e-10 / deltas[j]));
            }
        }
    }

    @Test
    void processNoiseIsQTimesBlockDiagonalTheta() {
        final PlanarReentryMotion motion = PlanarReentryMotion.logBeta(1.5, 1e-6, SUBSTEP);
        final double[] q = new double[25];
        motion.processNoise(new double[5], -2.0, q);
        final double[] expected = {
            1.5 * 8 / 3.0, 1.5 * 2, 0, 0, 0,
            1.5 * 2, 1.5 * 2, 0, 0, 0,
            0, 0, 1.5 * 8 / 3.0, 1.5 * 2, 0,
            0, 0, 1.5 * 2, 1.5 * 2, 0,
            0, 0, 0, 0, 2e-6};
        for (int i = 0; i < 25; i++) {
            assertThat(q[i]).as("Q element %d", i).isCloseTo(expected[i], within(1e-15));
        }
    }

    @Test
    void simulatedProcessNoiseHasCovarianceQ() {
        // 40,000 one-scan steps from the initial state: x_1 - f(x_0) must be N(0, Q). The
        // sample covariance's elements have a relative standard error of about 1 %.
        final ReentrySimulator simulator = new ReentrySimulator(SUBSTEP);
        final double[] mean = ReentryScenario.trueInitialState();
        simulator.motion().propagate(mean, STEP_SECONDS, null);
        final double[] q = new double[16];
        simulator.motion().processNoise(mean, STEP_SECONDS, q);
        final SplittableRandom random = new SplittableRandom(99L);
        final int samples = 40_000;
        final double[] sum = new double[16];
        for (int s = 0; s < samples; s++) {
            final double[] state = ReentryScenario.trueInitialState();
            simulator.step(state, random);
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    sum[a * 4 + b] += (state[a] - mean[a]) * (state[b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                final double scale = Math.sqrt(q[a * 4 + a] * q[b * 4 + b]);
                assertThat(sum[a * 4 + b] / samples).as("sample Q(%d,%d)", a, b)
                    .isCloseTo(q[a * 4 + b], within(0.05 * scale));
            }
        }
    }

    @Test
    void trajectoryFallsThroughTheAtmosphereAndDecelerates() {
        // The benchmark's geometry: from 88 km at 2.3 km/s to the ground near 120 s, slowed
        // to under 400 m/s by a peak deceleration of about 9.5 g around 94 s.
        final double[][] path = noiseFree();
        assertThat(path[30][H]).isCloseTo(46_507, within(50.0));
        assertThat(path[STEPS][H]).isBetween(-1_000.0, 0.0);
        assertThat(StrictMath.hypot(path[STEPS][1], path[STEPS][3])).isBetween(300.0, 400.0);
    }
}
