package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.H;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.VH;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.VX;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.X;

import io.vigil.fusion.motion.MotionModel;

/**
 * The benchmark's motion model for Vigil's filters: the planar re-entry equations
 * integrated by RK4 over a step (state-transition matrix from the variational equations,
 * see {@link PlanarRk4}), and process noise Q = q blkdiag(Theta, Theta),
 * Theta = [[T^3/3, T^2/2], [T^2/2, T]], on (x, xdot) and (h, hdot).
 *
 * <p>Not ECEF: the state is the benchmark's vertical plane, [x, xdot, h, hdot] (m, m/s),
 * plus u = ln beta in the unknown-beta form. Vigil's filters take the dimension from the
 * model, so n = 4 or 5 is fine for them; the n &gt;= 6 in {@link MotionModel}'s Javadoc
 * describes Vigil's own ECEF models.
 */
final class PlanarReentryMotion implements MotionModel {

    /**
     * Longest RK4 substep, seconds: 0.5 s (four per 2 s scan). Against a 1/1024 s reference a
     * 2 s step is exact to 5e-5 m, except the one step that crosses the density's layer
     * boundary (where the density jumps and RK4 loses its order): 2.5 cm; the whole 120 s
     * flight accumulates 0.15 m (PlanarReentryMotionTest, docs/ACCURACY.md).
     */
    static final double DEFAULT_MAX_SUBSTEP_SECONDS = 0.5;

    private final PlanarRk4 integrator;
    private final int n;
    private final double accelerationDensity;
    private final double logBetaDensity;

    private PlanarReentryMotion(
        final PlanarReentryDynamics dynamics, final double maxSubstepSeconds,
        final double accelerationDensity, final double logBetaDensity) {
        if (!(accelerationDensity >= 0.0 && Double.isFinite(accelerationDensity))
            || !(logBetaDensity >= 0.0 && Double.isFinite(logBetaDensity))) {
            throw new IllegalArgumentException("noise densities must be finite and >= 0, got "
                + accelerationDensity + " and " + logBetaDensity);
        }
        this.integrator = new PlanarRk4(dynamics, maxSubstepSeconds);
        this.n = dynamics.dimension();
        this.accelerationDensity = accelerationDensity;
        this.logBetaDensity = logBetaDensity;
    }

    /**
     * The four-state model with a known ballistic coefficient.
     *
     * @param ballisticCoefficient beta, kg m^-1 s^-2
     * @param accelerationDensity q, m^2/s^3
     * @param maxSubstepSeconds longest RK4 substep, s
     * @return the model
     */
    static PlanarReentryMotion knownBeta(
        final double ballisticCoefficient, final double accelerationDensity, final double maxSubstepSeconds) {
        return new PlanarReentryMotion(PlanarReentryDynamics.knownBeta(ballisticCoefficient), maxSubstepSeconds,
            accelerationDensity, 0.0);
    }

    /**
     * The five-state model with u = ln beta as a state.
     *
     * @param accelerationDensity q, m^2/s^3
     * @param logBetaDensity power spectral density of a random walk on u, 1/s (u's variance
     *     grows by this times |dt|; 0 for a constant beta)
     * @param maxSubstepSeconds longest RK4 substep, s
     * @return the model
     */
    static PlanarReentryMotion logBeta(
        final double accelerationDensity, final double logBetaDensity, final double maxSubstepSeconds) {
        return new PlanarReentryMotion(PlanarReentryDynamics.logBetaInState(), maxSubstepSeconds,
            accelerationDensity, logBetaDensity);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void propagate(final double[] state, final double dtSeconds, final double[] transitionOut) {
        integrator.propagate(state, dtSeconds, transitionOut);
    }

    @Override
    public void processNoise(final double[] state, final double dtSeconds, final double[] noiseOut) {
        final double dt = Math.abs(dtSeconds);
        java.util.Arrays.fill(noiseOut, 0, n * n, 0.0);
        final double pp = accelerationDensity * dt * dt * dt / 3.0;
        final double pv = accelerationDensity * dt * dt / 2.0;
        final double vv = accelerationDensity * dt;
        block(noiseOut, X, VX, pp, pv, vv);
        block(noiseOut, H, VH, pp, pv, vv);
        if (n > ReentryScenario.KINEMATIC) {
            noiseOut[PlanarReentryDynamics.LOG_BETA * n + PlanarReentryDynamics.LOG_BETA] = logBetaDensity * dt;
        }
    }

    /** Writes q Theta into the (position p, velocity v) block. */
    private void block(final double[] out, final int p, final int v, final double pp, final double pv, final double vv) {
        out[p * n + p] = pp;
        out[p * n + v] = pv;
        out[v * n + p] = pv;
        out[v * n + v] = vv;
    }
}
