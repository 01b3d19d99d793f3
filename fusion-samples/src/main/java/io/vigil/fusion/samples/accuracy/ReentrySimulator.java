package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.H;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.KINEMATIC;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEPS;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEP_SECONDS;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.VH;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.VX;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.X;

import java.util.SplittableRandom;

/**
 * True trajectories and radar plots of the benchmark: x_{k+1} = f(x_k) + w_k, w_k ~ N(0, Q)
 * with f the RK4 transition over T at the true beta and Q = q blkdiag(Theta, Theta); and
 * z_k = [r, eps](x_k) + v_k, v_k ~ N(0, diag(sigma_r^2, sigma_eps^2)) for k = 1..STEPS.
 * The truth starts at {@link ReentryScenario#trueInitialState()} in every run.
 */
final class ReentrySimulator {

    private final PlanarReentryMotion motion;
    private final double[] noiseRoot;

    /**
     * @param maxSubstepSeconds the RK4 substep of the truth's integration, s
     */
    ReentrySimulator(final double maxSubstepSeconds) {
        this.motion = PlanarReentryMotion.knownBeta(
            ReentryScenario.BALLISTIC_COEFFICIENT, ReentryScenario.PROCESS_NOISE_INTENSITY, maxSubstepSeconds);
        final double[] q = new double[KINEMATIC * KINEMATIC];
        motion.processNoise(null, STEP_SECONDS, q);
        // Q is two identical 2 x 2 blocks; its lower Cholesky factor has the same pattern.
        final double a = q[X * KINEMATIC + X];
        final double b = q[VX * KINEMATIC + X];
        final double c = q[VX * KINEMATIC + VX];
        final double l11 = Math.sqrt(a);
        final double l21 = b / l11;
        final double l22 = Math.sqrt(c - l21 * l21);
        noiseRoot = new double[] {l11, l21, l22};
    }

    /**
     * One noisy true trajectory.
     *
     * @param random the generator, advanced
     * @return states at steps 0..STEPS, each [x, xdot, h, hdot] (m, m/s)
     */
    double[][] trajectory(final SplittableRandom random) {
        final double[][] truth = new double[STEPS + 1][];
        final double[] state = ReentryScenario.trueInitialState();
        truth[0] = state.clone();
        for (int k = 1; k <= STEPS; k++) {
            step(state, random);
            truth[k] = state.clone();
        }
        return truth;
    }

    /**
     * Advances a true state by one scan: x = f(x) + w, w ~ N(0, Q).
     *
     * @param state [x, xdot, h, hdot] (m, m/s), replaced by the state T later
     * @param random the generator, advanced
     */
    void step(final double[] state, final SplittableRandom random) {
        motion.propagate(state, STEP_SECONDS, null);
        addNoise(state, X, VX, random);
        addNoise(state, H, VH, random);
    }

    private void addNoise(final double[] state, final int p, final int v, final SplittableRandom random) {
        final double n1 = PolarGaussian.next(random);
        final double n2 = PolarGaussian.next(random);
        state[p] += noiseRoot[0] * n1;
        state[v] += noiseRoot[1] * n1 + noiseRoot[2] * n2;
    }

    /**
     * Radar plots of a trajectory.
     *
     * @param truth states at steps 0..STEPS
     * @param random the generator, advanced
     * @return rows 1..STEPS hold [r (m), eps (rad)]; row 0 (no plot at t = 0) is null
     */
    static double[][] measurements(final double[][] truth, final SplittableRandom random) {
        final double[][] z = new double[truth.length][];
        for (int k = 1; k < truth.length; k++) {
            z[k] = new double[2];
            RangeElevationMeasurement.observe(truth[k], z[k]);
            z[k][RangeElevationMeasurement.RANGE] += ReentryScenario.RANGE_SIGMA_M * PolarGaussian.next(random);
            z[k][RangeElevationMeasurement.ELEVATION] += ReentryScenario.ELEVATION_SIGMA_RAD * PolarGaussian.next(random);
        }
        return z;
    }

    /** @return the truth's motion model (known beta, q of the scenario) */
    PlanarReentryMotion motion() {
        return motion;
    }
}
